-- wrk script: POSTs a fixed sponsorship pledge with a fresh Idempotency-Key per request.
-- Env: TOKEN (bearer), CODE (activity share code).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  math.randomseed(os.time() + thread_id * 7919)
end

function request()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d-%d", os.time(), thread_id, counter, math.random(1, 1e9))
  local headers = {
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
  }
  return wrk.format("POST", "/api/activities/" .. os.getenv("CODE") .. "/pledges", headers,
    '{"kind":"FIXED","amountMinor":10000,"message":"bench"}')
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
