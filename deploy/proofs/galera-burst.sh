#!/usr/bin/env bash
# Proof, not a test: the pledge burst against a 3-node MariaDB Galera cluster on loopback, through two API instances
# that write on different nodes, with a node killed (kill -9) mid-burst. Twice:
#
#   phase A  instances on node1 and node2, node3 killed mid-burst: the cluster keeps quorum and both instances carry on.
#   phase B  node3 back (IST), then node2, the node behind instance 2, killed mid-burst: instance 2 answers 503 for what
#            was in flight and fails over to the next node of its JDBC URL (Connector/J "sequential": its own node first,
#            then the others); its clients send those pledges again (same Idempotency-Key) to instance 1, and come back
#            to instance 2 after its Retry-After.
#
# After each phase, on every node still up and again after the killed node has rejoined: every pledge a client saw
# acknowledged (201) is present exactly once, no key twice, nothing that was not sent, an idempotency record for
# exactly the stored pledges, today's running totals of the pledgers' departments and the post (day, month and
# participation) equal the sums of the contributions, and all nodes hold the same rows. Writing on two nodes at once
# makes certification conflicts on the running-total rows (error 1213): the instances run those transactions again
# (dk.kollekt.common.WriteConflicts, logged "A write conflict rolled the transaction back"), and none may reach a
# client (a 500, or a 409 to a key's first request). Exits non-zero on any violation.
#
#   ./mvnw -B -o -DskipTests package -pl backend -am     # once: backend/target/quarkus-app
#   bash deploy/proofs/galera-burst.sh                   # about 5 minutes; needs Keycloak on :8180 (realm kollekt)
#   PLEDGES=3000 CLIENTS=12 bash deploy/proofs/galera-burst.sh   # per phase; KEEP=1 keeps the folder (logs)
#
# Needs root (mariadbd then runs as the user mysql), Debian's mariadb-server, galera-4 and rsync (installed if
# missing), a JDK 21 or later, and Keycloak with the demo users lars and emma (password demo). Starts, and stops on
# exit, failure included: three mariadbd (127.0.0.1 ports 3401-3403, 4561-4563, 4571-4573, 4581-4583) and two API
# instances (127.0.0.1:8091 and 8092, prod profile, demo company), in a new folder under $TMPDIR (kept on failure).
# Touches no other server; the machine's own MariaDB on 3306 is left alone. Results: deploy/proofs/README.md.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kollekt-galera-burst.XXXXXX")
# shellcheck source=galera-cluster.sh
. "$HERE/galera-cluster.sh"

PLEDGES=${PLEDGES:-2000}          # per phase
CLIENTS=${CLIENTS:-8}             # concurrent clients, half as lars and half as emma, half starting on each instance
API_PORTS=(8091 8092)
API_NODES=(1 2)                   # instance i writes on node API_NODES[i-1]
OIDC=${KOLLEKT_OIDC_URL:-http://localhost:8180/realms/kollekt}
DB_USER=kollekt                      # the API's runtime user: rows only, as deploy/k8s/base/mariadb-databases.yaml grants
DB_PASSWORD=kollekt-proof
MIGRATION_USER=kollekt_migrator      # Flyway's user, owner of the schema
MIGRATION_PASSWORD=kollekt-migrator-proof
APP=$ROOT/backend/target/quarkus-app/quarkus-run.jar
DRIVER=$(ls "$ROOT"/backend/target/quarkus-app/lib/main/org.mariadb.jdbc.mariadb-java-client-*.jar 2>/dev/null | head -n 1)
API_PIDS=()
VIOLATIONS=()

java_21() {
  local candidate
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java \
      "$(command -v java || true)"; do
    [ -x "$candidate" ] || continue
    if [ "$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}' \
        | cut -d. -f1)" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

api_stop_all() {
  local pid
  for pid in "${API_PIDS[@]}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${API_PIDS[@]}"; do
    [ -n "$pid" ] || continue
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

cleanup() {
  local status=$?
  set +e
  api_stop_all
  galera_stop_all
  if [ $status -ne 0 ] || [ "${KEEP:-0}" = "1" ]; then
    if [ $status -ne 0 ] && [ "${CLUSTER_UP:-0}" = "0" ]; then
      log "FAILED before the cluster was up; state-transfer and error lines of each node's log:"; galera_dump_logs
    fi
    log "logs kept in $WORK (node*/error.log, api*.log, phase-*.keys)"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

api_start() { # api_start INSTANCE
  local i=$1 port=${API_PORTS[$(($1 - 1))]} node=${API_NODES[$(($1 - 1))]} hosts n
  hosts="127.0.0.1:340$node"
  for n in 1 2 3; do [ "$n" = "$node" ] || hosts+=",127.0.0.1:340$n"; done
  KOLLEKT_DB_URL="jdbc:mariadb:sequential://$hosts/kollekt" KOLLEKT_DB_USER=$DB_USER KOLLEKT_DB_PASSWORD=$DB_PASSWORD \
  KOLLEKT_DB_MIGRATION_USER=$MIGRATION_USER KOLLEKT_DB_MIGRATION_PASSWORD=$MIGRATION_PASSWORD \
  KOLLEKT_OIDC_URL=$OIDC KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET=${KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET:-kollekt-api-demo-secret} \
  KOLLEKT_PSEUDONYM_SECRET=galera-proof KOLLEKT_DEMO_DATA=true KOLLEKT_HTTP_PORT=$port \
  KOLLEKT_MONEY_WRITES_PER_MINUTE=100000000 \
    "$JAVA" -Xmx512m -jar "$APP" >>"$WORK/api$i.log" 2>&1 &
  API_PIDS[$i]=$!
  local t
  for ((t = 0; t < 600; t++)); do
    kill -0 "${API_PIDS[$i]}" 2>/dev/null || { log "instance $i exited; end of $WORK/api$i.log:"; tail -n 40 "$WORK/api$i.log"; return 1; }
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
      log "instance $i ready on :$port, writing on node$node ($((t / 2)) s)"
      return 0
    fi
    sleep 0.5
  done
  log "instance $i not ready in 300 s"; return 1
}

# scan_logs: what the instances logged since the offsets in LOG_AT (lines per log file), as
# "retried=N errors=N conflict_errors=N": write conflicts run again, 500s ("Unexpected error"), and those 500s whose
# exception names a write conflict (1213, SQLState 40001, deadlock): conflicts that reached a client.
mark_logs() { local i; for i in 1 2; do LOG_AT[$i]=$(wc -l <"$WORK/api$i.log"); done; }
scan_logs() {
  local i
  for i in 1 2; do tail -n +"$((LOG_AT[$i] + 1))" "$WORK/api$i.log"; done | awk '
    /A write conflict rolled the transaction back/ { retried++ }
    /^[0-9]{4}-[0-9]{2}-[0-9]{2} / { inerror = 0 }
    /Unexpected error/ { errors++; inerror = 1; counted = 0 }
    inerror && !counted && /1213|40001|[Dd]eadlock|certification/ { conflicts++; counted = 1 }
    END { printf "retried=%d errors=%d conflict_errors=%d\n", retried, errors, conflicts }'
}
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2" | tail -n 1; }   # field NAME "RESULT ... NAME=value ..."

verify() { # verify LABEL KEYFILES NODE...
  local label=$1 keys=$2 urls="" n out; shift 2
  for n in "$@"; do urls+="${urls:+,}jdbc:mariadb://127.0.0.1:340$n/kollekt"; done
  log "verify ($label) on nodes $*"
  if ! out=$("$JAVA" -Duser.timezone=UTC -cp "$DRIVER" "$HERE/GaleraBurst.java" verify --keys "$keys" --nodes "$urls" \
      --user $DB_USER --password $DB_PASSWORD --post "$POST" 2>&1); then
    VIOLATIONS+=("verify $label: $(grep -c VIOLATION <<<"$out") violation(s)")
  fi
  echo "$out" | sed 's/^/    /'
  VERIFY_LAST=$(grep '^RESULT verify' <<<"$out" || true)
}

phase() { # phase NAME NODE_TO_KILL NODES_LEFT...
  local name=$1 victim=$2 out status pid scan first409 errors500; shift 2
  mark_logs
  pid=${PIDS[$victim]}
  log "phase $name: $PLEDGES pledges, $CLIENTS clients over instances :${API_PORTS[0]} (node${API_NODES[0]}) and" \
      ":${API_PORTS[1]} (node${API_NODES[1]}); node$victim (pid $pid) killed after $((PLEDGES / 2)) acknowledged"
  status=0
  out=$("$JAVA" -cp "$DRIVER" "$HERE/GaleraBurst.java" burst --run "$RUN$name" \
      --instances "http://127.0.0.1:${API_PORTS[0]},http://127.0.0.1:${API_PORTS[1]}" --realm "$OIDC" --post "$POST" \
      --pledges "$PLEDGES" --clients "$CLIENTS" --kill-after $((PLEDGES / 2)) --kill-cmd "kill -9 $pid" \
      --max-seconds 400 --out "$WORK/phase-$name.keys" 2>&1) || status=$?
  echo "$out" | sed 's/^/    /'
  wait "$pid" 2>/dev/null || true
  PIDS[$victim]=""; rm -f "$WORK/node$victim/mysqld.sock"
  BURST[$name]=$(grep '^RESULT burst' <<<"$out" || true)
  scan=$(scan_logs)
  RETRIED[$name]=$(field retried "$scan")
  first409=$(sed -n 's/.*first 409=\([0-9]*\).*/\1/p' <<<"$out" | head -n 1)
  errors500=$(field errors "$scan")
  TO_CLIENT[$name]=$(( $(field conflict_errors "$scan") + ${first409:-0} ))
  SERVER_ERRORS[$name]=$errors500
  log "phase $name: instances' logs: ${RETRIED[$name]} write conflicts run again; $errors500 500s, of them" \
      "$(field conflict_errors "$scan") for a write conflict; ${first409:-0} 409s to a first request"
  [ $status -eq 0 ] || VIOLATIONS+=("phase $name: pledges left unacknowledged or rejected")
  [ "${TO_CLIENT[$name]}" = "0" ] || VIOLATIONS+=("phase $name: ${TO_CLIENT[$name]} write conflicts reached clients")
  [ "$errors500" = "0" ] || VIOLATIONS+=("phase $name: $errors500 answers 500 (see 'Unexpected error' in $WORK/api*.log)")
  galera_wait_size $# "$1" || true
  galera_check_size $# "$@" || VIOLATIONS+=("phase $name: nodes $* did not stay a Primary cluster of $#")
}

# 0. What it needs.
[ -f "$APP" ] && [ -n "$DRIVER" ] || { log "no $APP: build it first (./mvnw -B -o -DskipTests package -pl backend -am)"; exit 1; }
JAVA=$(java_21) || { log "no JDK 21 or later (set JAVA_HOME)"; exit 1; }
curl -fsS -o /dev/null -d client_id=kollekt-cli -d grant_type=password -d username=lars -d password=demo \
  "$OIDC/protocol/openid-connect/token" || { log "no token from $OIDC for lars: is Keycloak up?"; exit 1; }
galera_install
galera_ports_free "${API_PORTS[@]}"
log "folder: $WORK; $("$JAVA" -version 2>&1 | head -n 1)"
RUN=$(date -u +%m%d%H%M%S)
declare -A BURST RETRIED TO_CLIENT SERVER_ERRORS
LOG_AT=()

# 1. The cluster, the database and its two users as in production (made on node1, replicated to the others).
galera_configure
galera_start_all
CLUSTER_UP=1
sql 1 "CREATE DATABASE kollekt CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
       CREATE USER '$MIGRATION_USER'@'127.0.0.1' IDENTIFIED BY '$MIGRATION_PASSWORD';
       GRANT ALL ON kollekt.* TO '$MIGRATION_USER'@'127.0.0.1';
       CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
       GRANT SELECT, INSERT, UPDATE, DELETE ON kollekt.* TO '$DB_USER'@'127.0.0.1';"

# 2. Two API instances: the first migrates the schema and loads the demo company, then the second starts.
api_start 1
api_start 2
POST=$(sql 1 "SELECT id FROM kollekt.project_post WHERE active ORDER BY id LIMIT 1")
log "pledges go to project post $POST; $(sql 1 "SELECT COUNT(*) FROM kollekt.employee") employees on node1," \
    "$(sql 3 "SET SESSION wsrep_sync_wait=1; SELECT COUNT(*) FROM kollekt.employee") on node3"

# 3. Phase A: node3 (no instance on it) killed mid-burst.
phase A 3 1 2
verify "A, node3 down" "$WORK/phase-A.keys" 1 2
node_restart_after_crash 3
galera_check_size 3 1 2 3 || VIOLATIONS+=("node3 did not rejoin")
verify "A, node3 back" "$WORK/phase-A.keys" 1 2 3

# 4. Phase B: node2, the node behind instance 2, killed mid-burst.
phase B 2 1 3
verify "A+B, node2 down" "$WORK/phase-A.keys,$WORK/phase-B.keys" 1 3
node_restart_after_crash 2
galera_check_size 3 1 2 3 || VIOLATIONS+=("node2 did not rejoin")
verify "A+B, node2 back" "$WORK/phase-A.keys,$WORK/phase-B.keys" 1 2 3
FINAL=$VERIFY_LAST

# 5. Summary.
echo
echo "=== Galera pledge burst: summary ==="
fmt='%-6s %-26s %6s %6s %7s %10s %10s %5s %10s %10s %8s %6s\n'
printf "$fmt" phase killed sent acked unknown conflicts conflicts "" 503/no replayed seconds ack/s
printf "$fmt" "" "" "" "" "" "run again" "to client" 500s answer "" "" ""
for name in A B; do
  r=${BURST[$name]}
  printf "$fmt" "$name" "$([ $name = A ] && echo 'node3 (no instance on it)' || echo 'node2 (instance 2 on it)')" \
    "$(field sent "$r")" "$(field acknowledged "$r")" "$(field unknown "$r")" "${RETRIED[$name]}" \
    "${TO_CLIENT[$name]}" "${SERVER_ERRORS[$name]}" "$(field outage_answers "$r")" "$(field replayed "$r")" \
    "$(field seconds "$r")" "$(field rate "$r")"
done
echo "after both phases, all 3 nodes: $FINAL"
echo "(503/no answer: instance 2 with its node gone, each pledge then sent again to instance 1 with the same key;"
echo " replayed: acknowledged by a stored answer, the pledge having been written before its first answer was lost)"
if [ "$(field first_attempt_errors "${BURST[A]}")" != "0" ]; then
  VIOLATIONS+=("phase A: $(field first_attempt_errors "${BURST[A]}") first requests not answered 201 though neither instance's node died")
fi
if [ ${#VIOLATIONS[@]} -gt 0 ]; then
  printf 'VIOLATION: %s\n' "${VIOLATIONS[@]}"
  exit 1
fi
echo "OK: every acknowledged pledge present exactly once on every node, totals equal their contributions, write conflicts retried unseen"
