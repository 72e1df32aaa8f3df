# shellcheck shell=bash
# Finds or starts the PostgreSQL 15 that the second test run uses. Sourced by bin/test (after packages.sh).
# Sets DIALOOG_PG_PORT (the server is always on 127.0.0.1). If it had to start a private cluster, it records its
# postmaster's PID so that stop_own_cluster stops exactly that process and nothing else.
#
# Order: the machine's server on 127.0.0.1:5432 (started with pg_ctlcluster if installed but down), else a private
# throw-away cluster (initdb, trust auth) on a free port, installing Debian's postgresql first if needed.
# DIALOOG_TEST_OWN_PG=1 skips straight to the private cluster; DIALOOG_TEST_PG_PORT picks the port.

DIALOOG_PG_PORT=
DIALOOG_OWN_PG_DIR=
DIALOOG_OWN_PG_PID=

# The newest installed server binaries; Debian keeps initdb and pg_ctl off PATH.
pg_bin() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/$1" ]; then echo "$dir/$1"; else command -v "$1" || echo "$1"; fi
}

pg_accepts() {
  "$(pg_bin pg_isready)" -q -h 127.0.0.1 -p "$1" >/dev/null 2>&1
}

# Accepting connections is not enough: the tests log in as postgres without a password.
pg_usable() {
  "$(pg_bin psql)" -X -w -q -h 127.0.0.1 -p "$1" -U postgres -d postgres -c 'SELECT 1' >/dev/null 2>&1
}

wait_for_pg() {
  local tries=0
  until pg_accepts "$1"; do
    tries=$((tries + 1))
    [ "$tries" -lt 60 ] || { echo "error: PostgreSQL on 127.0.0.1:$1 did not come up" >&2; return 1; }
    sleep 0.5
  done
}

# The cluster Debian's package made (this kind of machine has one, started before each session).
start_machine_cluster() {
  local version port
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] && [ -d "/etc/postgresql/$version/main" ] || return 1
  port=$(sed -n 's/^port *= *\([0-9]*\).*/\1/p' "/etc/postgresql/$version/main/postgresql.conf")
  [ "${port:-5432}" = "$1" ] || return 1
  echo "Starting the machine's PostgreSQL $version cluster on port $1"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start && wait_for_pg "$1"
}

# Something listens on the port (bash's /dev/tcp: no extra tool needed).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# Runs a command as the postgres user when we are root: initdb refuses to run as root.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

# A throw-away cluster under /tmp: trust auth, 127.0.0.1 only, its socket in its own folder, and no fsync since
# nothing in it needs to survive a crash.
start_own_cluster() {
  local port=$1 dir
  if port_in_use "$port"; then
    echo "error: port $port is taken; choose another with DIALOOG_TEST_PG_PORT" >&2
    return 1
  fi
  dir=$(mktemp -d /tmp/dialoog-test-pg.XXXXXX)
  DIALOOG_OWN_PG_DIR=$dir
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$dir"
  echo "Starting a private PostgreSQL cluster in $dir on 127.0.0.1:$port"
  as_postgres "$(pg_bin initdb)" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  as_postgres "$(pg_bin pg_ctl)" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
    "-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  DIALOOG_OWN_PG_PID=$(head -n 1 "$dir/data/postmaster.pid")
  DIALOOG_PG_PORT=$port
  wait_for_pg "$port"
}

# Stops only the postmaster that start_own_cluster started, by its PID (SIGINT is PostgreSQL's fast shutdown).
stop_own_cluster() {
  local pid=$DIALOOG_OWN_PG_PID tries=0
  if [ -n "$pid" ]; then
    echo "Stopping the private PostgreSQL cluster (PID $pid)"
    kill -INT "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 60 ]; do
      sleep 0.5
      tries=$((tries + 1))
    done
    DIALOOG_OWN_PG_PID=
  fi
  if [ -n "$DIALOOG_OWN_PG_DIR" ]; then
    rm -rf "$DIALOOG_OWN_PG_DIR"
    DIALOOG_OWN_PG_DIR=
  fi
}

ensure_postgresql() {
  local port=${DIALOOG_TEST_PG_PORT:-5432}
  if [ "${DIALOOG_TEST_OWN_PG:-0}" = 1 ]; then
    port=${DIALOOG_TEST_PG_PORT:-$(free_port 55432)}
  else
    if ! pg_accepts "$port"; then
      start_machine_cluster "$port" || true
    fi
    if pg_usable "$port"; then
      DIALOOG_PG_PORT=$port
      echo "Using PostgreSQL on 127.0.0.1:$port"
      return 0
    fi
    echo "No PostgreSQL on 127.0.0.1:$port that postgres can log in to without a password; using a private one"
    port=$(free_port 55432)
  fi
  [ -x "$(pg_bin initdb)" ] || apt_install postgresql
  start_own_cluster "$port"
}

# A fresh, empty database for this run; FORCE ends sessions a killed earlier run may have left behind.
create_test_database() {
  local name=$1
  if ! [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    echo "error: '$name' is not a plain database name (lower case letters, digits, _)" >&2
    return 1
  fi
  "$(pg_bin psql)" -X -w -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DIALOOG_PG_PORT" -U postgres -d postgres \
    -c "SET client_min_messages TO warning" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" \
    -c "CREATE DATABASE $name"
  echo "Created database $name on 127.0.0.1:$DIALOOG_PG_PORT"
}

# Drops a database made by create_test_database (connections still open are ended first).
drop_test_database() {
  local name=$1
  "$(pg_bin psql)" -X -w -q -h 127.0.0.1 -p "$DIALOOG_PG_PORT" -U postgres -d postgres \
    -c "SET client_min_messages TO warning" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null \
    && echo "Dropped database $name"
}
