# Sourced by galera.sh and galera-burst.sh: a MariaDB Galera cluster of $NODES nodes on loopback, from Debian's
# mariadb-server and galera-4, in the folder $WORK. Not run on its own.
#
# Node i listens on 127.0.0.1 only: SQL 340i, Galera replication 456i, incremental state transfer (IST) 457i, full
# state transfer (SST, an rsync daemon the joiner starts) 458i. Data, socket, configuration and logs in $WORK/nodei.
#
# The nodes run as the unprivileged user mysql, as Debian's service does. Run as root (--user=root), the first version
# of this proof failed every full state transfer: the joiner's rsync daemon, started by a root mariadbd, drops to the
# user nobody (rsyncd's default "uid" for a daemon started by root, and wsrep_sst_rsync writes no uid line), which may
# not write into the root-owned data directory: "rsync: [receiver] open "ibdata1" (in rsync_sst-data_dir) failed:
# Permission denied (13)", rsync code 23, which wsrep_sst_rsync turns into "Unknown error 255" on the donor.

NODES=${NODES:-3}
PIDS=()      # mariadbd process of each node, by node number
GALERA_PACKAGES="mariadb-server galera-4 rsync iproute2"

log() { printf '[galera %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

galera_install() {
  if ! command -v mariadbd >/dev/null || [ ! -f /usr/lib/galera/libgalera_smm.so ] || ! command -v rsync >/dev/null \
      || ! command -v ss >/dev/null; then
    log "installing $GALERA_PACKAGES"
    apt-get update -qq
    # Installing mariadb-server may start Debian's own service on 3306; that service is not touched afterwards.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $GALERA_PACKAGES >/dev/null
  fi
  id mysql >/dev/null 2>&1 || { log "no user mysql (Debian's mariadb-server makes it)"; return 1; }
  log "$(mariadbd --version)"
}

# Every port the cluster needs must be free: a leftover node from an earlier run would otherwise join this cluster.
galera_ports_free() {
  local busy="" p i
  for ((i = 1; i <= NODES; i++)); do
    for p in 340$i 456$i 457$i 458$i "$@"; do
      if ss -Htln "sport = :$p" | grep -q .; then busy+=" $p"; fi
    done
  done
  [ -z "$busy" ] || { log "ports in use:$busy (a node of an earlier run still up?)"; return 1; }
}

sql() { # sql NODE STATEMENTS...  (as root over the node's socket)
  local node=$1; shift
  mariadb --socket="$WORK/node$node/mysqld.sock" -uroot --batch --skip-column-names -e "$*"
}

status() { # status NODE VARIABLE
  sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

galera_configure() {
  chmod 755 "$WORK"   # mktemp makes it 0700: the mysql user must reach its node folders
  local members="" i dir
  for ((i = 1; i <= NODES; i++)); do members+="${members:+,}127.0.0.1:456$i"; done
  for ((i = 1; i <= NODES; i++)); do
    dir="$WORK/node$i"
    mkdir -p "$dir/data" "$dir/tmp"
    cat >"$dir/my.cnf" <<EOF
[mariadbd]
user=mysql
datadir=$dir/data
tmpdir=$dir/tmp
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=340$i
bind-address=127.0.0.1
skip-name-resolve
default_storage_engine=InnoDB
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
binlog_format=ROW
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=128M
innodb_log_file_size=48M
max_allowed_packet=64M
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=kollekt-proof
wsrep_cluster_address=gcomm://$members
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:456$i
wsrep_node_incoming_address=127.0.0.1:340$i
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:456$i;ist.recv_addr=127.0.0.1:457$i;gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:458$i
EOF
    chown -R mysql:mysql "$dir"
    mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql --skip-test-db >"$dir/install.log" 2>&1 \
      || { log "mariadb-install-db failed for node$i: see $dir/install.log"; return 1; }
  done
}

node_start() { # node_start NODE [EXTRA ARGS]
  local node=$1; shift
  mariadbd --defaults-file="$WORK/node$node/my.cnf" "$@" >>"$WORK/node$node/stdout.log" 2>&1 &
  PIDS[$node]=$!
}

node_alive() { [ -n "${PIDS[$1]:-}" ] && kill -0 "${PIDS[$1]}" 2>/dev/null; }

wait_synced() { # wait_synced NODE [SECONDS]
  local node=$1 limit=${2:-180} t
  for ((t = 0; t < limit; t++)); do
    if ! node_alive "$node"; then
      log "node$node exited while joining; its state-transfer lines:"
      grep -E 'WSREP_SST|SST|IST|rsync|ERROR' "$WORK/node$node/error.log" | tail -n 30 || true
      return 1
    fi
    if [ -S "$WORK/node$node/mysqld.sock" ] \
        && [ "$(status "$node" wsrep_local_state_comment)" = "Synced" ] \
        && [ "$(status "$node" wsrep_ready)" = "ON" ]; then
      return 0
    fi
    sleep 1
  done
  log "node$node did not reach Synced in $limit s"
  return 1
}

# Bootstrap node1 as a new cluster, then join the others one by one (each receives a full state transfer, rsync).
galera_start_all() {
  local i
  node_start 1 --wsrep-new-cluster
  wait_synced 1
  log "node1 bootstrapped the cluster"
  for ((i = 2; i <= NODES; i++)); do
    node_start "$i"
    wait_synced "$i"
    log "node$i joined by $(transfer_kind "$i"), cluster size $(status "$i" wsrep_cluster_size)"
  done
  galera_check_size "$NODES" $(seq 1 "$NODES")
}

# How a node's latest join got the cluster's state: the joiner's wsrep_sst_rsync says "rsync SST completed on joiner"
# (a full copy) or "rsync IST completed on joiner" (the donor bypassed the copy; writesets came from its gcache).
transfer_kind() { # transfer_kind NODE
  local line
  line=$(grep -oE 'rsync (SST|IST) completed on joiner' "$WORK/node$1/error.log" | tail -n 1)
  case "$line" in
    *SST*) echo "full state transfer (rsync SST)" ;;
    *IST*) echo "incremental state transfer (IST)" ;;
    *) if grep -q 'Receiving IST' "$WORK/node$1/error.log"; then echo "incremental state transfer (IST)"
       else echo "a state transfer of an unlogged kind"; fi ;;
  esac
}

galera_check_size() { # galera_check_size EXPECTED NODE...
  local expected=$1 i size state; shift
  for i in "$@"; do
    size=$(status "$i" wsrep_cluster_size); state=$(status "$i" wsrep_cluster_status)
    [ "$size" = "$expected" ] && [ "$state" = "Primary" ] \
      || { log "node$i sees a cluster of '$size' ($state), expected $expected Primary"; return 1; }
  done
  log "nodes $* see a Primary cluster of $expected: $(sql "$1" "SHOW GLOBAL STATUS LIKE 'wsrep_incoming_addresses'" | cut -f2)"
}

galera_wait_size() { # galera_wait_size EXPECTED NODE: until NODE sees a cluster of EXPECTED (Galera notices a dead
  local t                #  node after evs.suspect_timeout, 5 s by default), at most 60 s
  for ((t = 0; t < 60; t++)); do
    [ "$(status "$2" wsrep_cluster_size)" = "$1" ] && return 0
    sleep 1
  done
  return 1
}

# A node back after a crash, as Debian's galera_recovery does: read its last committed position from InnoDB
# (--wsrep-recover), start from there, and it catches up by IST from a donor's gcache when the gap is still there.
node_restart_after_crash() { # node_restart_after_crash NODE
  local node=$1 dir="$WORK/node$1" position
  mariadbd --defaults-file="$dir/my.cnf" --wsrep-recover --log-error="$dir/recover.log" >/dev/null 2>&1 || true
  position=$(grep -o 'Recovered position: [^ ]*' "$dir/recover.log" | tail -n 1 | awk '{print $3}')
  log "node$node: recovered position ${position:-none}"
  node_start "$node" ${position:+--wsrep-start-position=$position}
  wait_synced "$node"
  log "node$node rejoined by $(transfer_kind "$node")"
}

# Stops every node still up (clean shutdown, then kill after 30 s).
galera_stop_all() {
  local i pid
  for ((i = NODES; i >= 1; i--)); do
    if node_alive "$i" && [ -S "$WORK/node$i/mysqld.sock" ]; then
      mariadb-admin --socket="$WORK/node$i/mysqld.sock" -uroot shutdown >/dev/null 2>&1 || true
    fi
  done
  for ((i = NODES; i >= 1; i--)); do
    pid=${PIDS[$i]:-}
    [ -n "$pid" ] || continue
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

galera_dump_logs() {
  local i
  for ((i = 1; i <= NODES; i++)); do
    echo "--- node$i ($WORK/node$i/error.log) ---"
    grep -E 'WSREP_SST|SST|IST|rsync|ERROR|Warning.*State transfer' "$WORK/node$i/error.log" 2>/dev/null | tail -n 40 || true
  done
}
