// Pledge-to-watcher latency and heap per open board stream, against a running production jar.
// Opens STREAMS (default 1000) board streams as nora, then makes PLEDGES (default 10) pledges as lars one at a
// time and times how long each takes to reach every watcher; heap is read with jcmd after a GC, before and after
// opening the streams. Run from frontend/ (it uses Node 20's fetch):  node ../backend/bench/board-streams.mjs
// Needs BASE_URL (default http://localhost:8090), the demo realm's Keycloak on :8180, and JDK 25's jcmd (APP_PID: the
// instance's process id, when it is not backend/target/quarkus-app/quarkus-run.jar).
const BASE = process.env.BASE_URL ?? 'http://localhost:8090';
const KC = 'http://localhost:8180/realms/kollekt/protocol/openid-connect/token';
const N = Number(process.env.STREAMS ?? 1000);
const PLEDGES = Number(process.env.PLEDGES ?? 10);
const token = async (u) => (await (await fetch(KC, { method: 'POST', body: new URLSearchParams({ client_id: 'kollekt-cli', grant_type: 'password', username: u, password: 'demo' }) })).json()).access_token;
const rss = async () => { const { execSync } = await import('node:child_process'); const pid = process.env.APP_PID ?? execSync("pgrep -f backend/target/quarkus-app/quarkus-run.jar").toString().trim().split('\n')[0]; const jcmd = process.env.JCMD ?? '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd'; execSync(`${jcmd} ${pid} GC.run`); const info = execSync(`${jcmd} ${pid} GC.heap_info`).toString(); return Number(/used (\d+)K/.exec(info)[1]) * 1024; };
const lars = await token('lars'); const nora = await token('nora');
const me = await (await fetch(`${BASE}/api/me`, { headers: { Authorization: `Bearer ${lars}` } })).json();
const dept = String(me.department.id);
const post = (await (await fetch(`${BASE}/api/ngos`, { headers: { Authorization: `Bearer ${lars}` } })).json())[0].posts[0].id;
// Lars's department must be on the watched top 20: one large pledge first (BOOST minor units, default 50,000 kr).
const boost = await fetch(`${BASE}/api/donations`, { method: 'POST', headers: { Authorization: `Bearer ${lars}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ projectPostId: post, amountMinor: Number(process.env.BOOST ?? 5000000) }) });
if (boost.status !== 201) throw new Error(`boost pledge ${boost.status}`);
const before = await rss();
const watchers = [];
for (let i = 0; i < N; i++) {
  const w = { total: null, waiters: [] };
  watchers.push(w);
  const res = await fetch(`${BASE}/api/boards/stream?level=DEPARTMENT&limit=20`, { headers: { Authorization: `Bearer ${nora}`, Accept: 'text/event-stream' } });
  (async () => {
    const reader = res.body.getReader(); const dec = new TextDecoder(); let buf = '';
    for (;;) { const { value, done } = await reader.read(); if (done) break; buf += dec.decode(value, { stream: true });
      let i; while ((i = buf.indexOf('\n')) >= 0) { const line = buf.slice(0, i); buf = buf.slice(i + 1);
        if (line.startsWith('data:')) { const b = JSON.parse(line.slice(5)); const row = b.rows.find((r) => r.id === dept); w.total = row ? row.total : 0; w.waiters = w.waiters.filter((f) => !f(w.total)); } } }
  })();
}
const until = (cond, ms) => new Promise((ok, no) => { const t0 = Date.now(); const tick = () => cond() ? ok() : Date.now() - t0 > ms ? no(new Error('timeout')) : setTimeout(tick, 20); tick(); });
await until(() => watchers.every((w) => w.total !== null), 120000);
await new Promise((r) => setTimeout(r, 3000));
const after = await rss();
console.log(`streams=${N} heap_before=${(before / 1048576).toFixed(0)}MB heap_after=${(after / 1048576).toFixed(0)}MB per_stream=${((after - before) / N / 1024).toFixed(1)}kB`);
const latencies = [];
for (let p = 0; p < PLEDGES; p++) {
  const target = watchers[0].total + 100;
  const seen = watchers.map((w) => new Promise((ok) => { const t = () => w.total >= target; if (t()) ok(0); else w.waiters.push((v) => { if (v >= target) { ok(performance.now()); return true; } return false; }); }));
  const t0 = performance.now();
  const r = await fetch(`${BASE}/api/donations`, { method: 'POST', headers: { Authorization: `Bearer ${lars}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ projectPostId: post, amountMinor: 100 }) });
  if (r.status !== 201) throw new Error(`pledge ${r.status}`);
  const times = await Promise.all(seen);
  for (const t of times) latencies.push(t - t0);
  await new Promise((r) => setTimeout(r, 1500));
}
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
console.log(`pledges=${PLEDGES} deliveries=${latencies.length} median_ms=${q(0.5).toFixed(0)} p99_ms=${q(0.99).toFixed(0)} max_ms=${q(1).toFixed(0)}`);
process.exit(0);
