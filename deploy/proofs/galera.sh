#!/usr/bin/env bash
# Proof, not a test: a 3-node MariaDB Galera cluster on loopback, from Debian's mariadb-server and galera-4, with a
# write on one node read back on the others. It shows on one machine what deploy/k8s/base/mariadb-galera.yaml asks the
# mariadb-operator to run: synchronous replication, every node holding every commit.
#
#   bash deploy/proofs/galera.sh          # about a minute; installs mariadb-server, galera-4 and rsync if missing
#   KEEP=1 bash deploy/proofs/galera.sh   # leave the cluster running and its folder in place, to look around
#
# Not part of ./mvnw verify. It touches no existing server: its three nodes listen on 127.0.0.1 ports 3401-3403
# (SQL), 4561-4563 (Galera replication), 4571-4573 (incremental state transfer) and 4581-4583 (full state transfer,
# rsync), with their data, sockets and logs in a new folder under $TMPDIR; the machine's own MariaDB on 3306 is left
# alone. Needs root (mariadbd runs as root here, so it is started with --user=root).
#
# Status: run once here (2026-11-30, MariaDB 10.11.19 and galera-4 26.4.23 from Debian 12) and it FAILED at step 3:
# node1 bootstrapped the cluster, but node2's full state transfer (rsync SST) did not complete: node1, the donor,
# reported "State transfer to node2 failed: Unknown error 255", which wsrep_sst_rsync returns when its rsync client
# exits non-zero. The run printed only the last lines of each log, so rsync's own message was lost. Since then the
# script keeps its folder when it fails and prints every state-transfer line of every node's log; it has not been run
# again (the brief allowed one run). Look there first (donor: node1/error.log, lines WSREP_SST and "rsync returned").
set -euo pipefail

NODES=3
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kollekt-galera.XXXXXX")
PIDS=()

log() { printf '[galera] %s\n' "$*"; }

cleanup() {
  local status=$?
  if [ "${KEEP:-0}" = "1" ] && [ $status -eq 0 ]; then
    log "KEEP=1: the cluster keeps running; stop it with: for i in 3 2 1; do mariadb-admin --socket=$WORK/node\$i/mysqld.sock -uroot shutdown; done"
    return
  fi
  for ((i = NODES; i >= 1; i--)); do
    if [ -S "$WORK/node$i/mysqld.sock" ]; then
      mariadb-admin --socket="$WORK/node$i/mysqld.sock" -uroot shutdown >/dev/null 2>&1 || true
    fi
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill "$pid" 2>/dev/null || true
  done
  if [ $status -ne 0 ]; then
    log "FAILED; state-transfer and error lines of each node's log (all logs kept in $WORK):"
    for ((i = 1; i <= NODES; i++)); do
      echo "--- node$i ($WORK/node$i/error.log) ---"
      grep -E 'WSREP_SST|SST|rsync|ERROR|Warning.*State transfer' "$WORK/node$i/error.log" 2>/dev/null | tail -n 60 || true
    done
    return
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# 1. Packages (Debian's): the server, the Galera library and rsync for state transfers.
if ! command -v mariadbd >/dev/null || [ ! -f /usr/lib/galera/libgalera_smm.so ] || ! command -v rsync >/dev/null; then
  log "installing mariadb-server galera-4 rsync"
  apt-get update -qq
  # Installing mariadb-server may start Debian's own service on 3306; that service is not touched afterwards.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server galera-4 rsync >/dev/null
fi
log "$(mariadbd --version)"
log "folder: $WORK"

sql() { # sql NODE STATEMENTS...
  local node=$1; shift
  mariadb --socket="$WORK/node$node/mysqld.sock" -uroot --batch --skip-column-names -e "$*"
}

status() { # status NODE VARIABLE
  sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" | awk '{print $2}'
}

wait_synced() { # wait_synced NODE
  local node=$1
  for _ in $(seq 1 120); do
    if [ -S "$WORK/node$node/mysqld.sock" ] \
      && [ "$(status "$node" wsrep_local_state_comment 2>/dev/null || true)" = "Synced" ] \
      && [ "$(status "$node" wsrep_ready 2>/dev/null || true)" = "ON" ]; then
      return 0
    fi
    sleep 1
  done
  log "node$node did not reach Synced in 120 s"
  return 1
}

# 2. Three data directories and configurations.
members=""
for ((i = 1; i <= NODES; i++)); do members+="${members:+,}127.0.0.1:456$i"; done
for ((i = 1; i <= NODES; i++)); do
  dir="$WORK/node$i"
  mkdir -p "$dir/data" "$dir/tmp"
  cat >"$dir/my.cnf" <<EOF
[mariadbd]
user=root
datadir=$dir/data
tmpdir=$dir/tmp
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=340$i
bind-address=127.0.0.1
skip-name-resolve
default_storage_engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=kollekt-proof
wsrep_cluster_address=gcomm://$members
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:456$i
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:456$i;ist.recv_addr=127.0.0.1:457$i;gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:458$i
EOF
  mariadb-install-db --defaults-file="$dir/my.cnf" --user=root --skip-test-db >"$dir/install.log" 2>&1
done

# 3. Bootstrap the first node as a new cluster, then join the others (each receives a full state transfer).
start() { # start NODE [EXTRA ARGS]
  local node=$1; shift
  mariadbd --defaults-file="$WORK/node$node/my.cnf" "$@" >/dev/null 2>&1 &
  PIDS+=($!)
}
start 1 --wsrep-new-cluster
wait_synced 1
log "node1 bootstrapped the cluster"
for ((i = 2; i <= NODES; i++)); do
  start "$i"
  wait_synced "$i"
  log "node$i joined (state transfer by rsync), cluster size $(status "$i" wsrep_cluster_size)"
done

for ((i = 1; i <= NODES; i++)); do
  size=$(status "$i" wsrep_cluster_size)
  [ "$size" = "$NODES" ] || { log "node$i sees a cluster of $size"; exit 1; }
done
log "all $NODES nodes see a primary cluster of $NODES: $(sql 1 "SHOW GLOBAL STATUS LIKE 'wsrep_incoming_addresses'" | cut -f2)"

# 4. Replication: write on one node, read on the others (wsrep_sync_wait makes a read wait for what the cluster
#    has committed before it: a causal read).
stamp="pledge $(date -u +%Y-%m-%dT%H:%M:%SZ) $RANDOM"
sql 1 "CREATE DATABASE proof; CREATE TABLE proof.contribution (id BIGINT PRIMARY KEY, note VARCHAR(100) NOT NULL) ENGINE=InnoDB;
       INSERT INTO proof.contribution VALUES (1, '$stamp');"
log "node1 wrote: $stamp"
for ((i = 2; i <= NODES; i++)); do
  got=$(sql "$i" "SET SESSION wsrep_sync_wait=1; SELECT note FROM proof.contribution WHERE id = 1")
  [ "$got" = "$stamp" ] || { log "node$i read '$got'"; exit 1; }
  log "node$i read:  $got"
done
sql 3 "INSERT INTO proof.contribution VALUES (2, 'written on node3')"
got=$(sql 1 "SET SESSION wsrep_sync_wait=1; SELECT note FROM proof.contribution WHERE id = 2")
[ "$got" = "written on node3" ] || { log "node1 read '$got'"; exit 1; }
log "node3 wrote, node1 read: $got"

# 5. One node down: the other two keep a primary cluster and accept writes; the node catches up when it returns.
mariadb-admin --socket="$WORK/node3/mysqld.sock" -uroot shutdown
for _ in $(seq 1 30); do [ "$(status 1 wsrep_cluster_size)" = "2" ] && break; sleep 1; done
[ "$(status 1 wsrep_cluster_size)" = "2" ] && [ "$(status 1 wsrep_cluster_status)" = "Primary" ] \
  || { log "two nodes did not stay primary"; exit 1; }
sql 2 "INSERT INTO proof.contribution VALUES (3, 'written while node3 was down')"
log "node3 stopped: nodes 1 and 2 stay Primary and take writes"
start 3
wait_synced 3
got=$(sql 3 "SET SESSION wsrep_sync_wait=1; SELECT note FROM proof.contribution WHERE id = 3")
[ "$got" = "written while node3 was down" ] || { log "node3 read '$got' after rejoining"; exit 1; }
log "node3 rejoined (incremental state transfer) and read: $got"

log "OK: 3-node Galera cluster replicated every write to every node"
