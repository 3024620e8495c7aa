#!/usr/bin/env bash
# Board reads against a trivial authenticated endpoint on the same server, at the same concurrency.
# Needs: a running Kollekt (BASE_URL, default http://localhost:8090) with the demo realm's Keycloak, and wrk.
# Each target runs RUNS times (default 3) for DURATION (default 10s) with CLIENTS connections (default 8); the
# median of requests/s, p50 and p99 over the runs is reported, and the board's throughput as a share of the
# trivial endpoint's. Boards: this year's and all-time money pledged by department, and all-time by location.
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:8090}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180/realms/kollekt}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
CLIENTS=${CLIENTS:-8}
USER_NAME=${USER_NAME:-emma}

token() {
  curl -sf -d client_id=kollekt-cli -d grant_type=password -d username="$1" -d password=demo \
    "$KEYCLOAK/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# wrk's latency lines ("50%  2.31ms") in milliseconds.
millis() {
  awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
                  else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() {
  local name=$1 path=$2 rps=() p50=() p99=() out
  for run in $(seq "$RUNS"); do
    out=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" --latency -H "Authorization: Bearer $(token "$USER_NAME")" "$BASE_URL$path")
    if echo "$out" | grep -q "Non-2xx"; then
      echo "$name: errors in run $run" >&2
      echo "$out" >&2
      exit 1
    fi
    rps+=("$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')")
    p50+=("$(echo "$out" | millis 50%)")
    p99+=("$(echo "$out" | millis 99%)")
  done
  printf '%s %s %s %s\n' "$name" "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p50[@]}" | median)" \
    "$(printf '%s\n' "${p99[@]}" | median)"
}

contributions=${CONTRIBUTIONS:-?}
echo "# Board reads: $CLIENTS clients, $RUNS x $DURATION, contributions in the ledger: $contributions"
echo "target req/s p50_ms p99_ms"
trivial=$(measure trivial "/api/countries")
echo "$trivial"
trivial_rps=$(echo "$trivial" | awk '{ print $2 }')
for board in "department-year /api/boards?level=DEPARTMENT&period=YEAR" \
             "department-all /api/boards?level=DEPARTMENT&period=ALL" \
             "location-all /api/boards?level=LOCATION&period=ALL"; do
  line=$(measure $board)
  echo "$line $(echo "$line" | awk -v t="$trivial_rps" '{ printf "ratio=%.2f", $2 / t }')"
done
