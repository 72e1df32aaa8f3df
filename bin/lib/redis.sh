# shellcheck shell=bash
# Finds or starts the Redis the room bus tests use (two Dialoog nodes on one Redis). Sourced by bin/test (after
# packages.sh and postgresql.sh, whose port helpers it uses). Sets DIALOOG_REDIS_PORT (always on 127.0.0.1). If it
# had to start a private server, it records that server's PID so that stop_own_redis stops exactly that process.
#
# Order: the machine's Redis on 127.0.0.1:6379 if it answers PING, else a private throw-away server (nothing kept
# on disk) on a free port, installing Debian's redis-server first if needed. DIALOOG_TEST_OWN_REDIS=1 skips straight
# to the private server.

DIALOOG_REDIS_PORT=
DIALOOG_OWN_REDIS_DIR=
DIALOOG_OWN_REDIS_PID=

# True when a Redis on 127.0.0.1:PORT answers PING with PONG (bash's /dev/tcp: redis-cli is not needed).
redis_answers() {
  local reply
  reply=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'PING\r\n' >&3 && timeout 2 head -c 7 <&3) 2>/dev/null) || return 1
  [[ "$reply" == +PONG* ]]
}

start_own_redis() {
  local port=$1 dir tries=0
  dir=$(mktemp -d /tmp/dialoog-test-redis.XXXXXX)
  DIALOOG_OWN_REDIS_DIR=$dir
  echo "Starting a private Redis on 127.0.0.1:$port"
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
  until redis_answers "$port"; do
    tries=$((tries + 1))
    [ "$tries" -lt 50 ] || { echo "error: the private Redis did not answer; see $dir/redis.log" >&2; return 1; }
    sleep 0.1
  done
  DIALOOG_OWN_REDIS_PID=$(cat "$dir/redis.pid")
  DIALOOG_REDIS_PORT=$port
}

# Stops only the server that start_own_redis started, by its PID.
stop_own_redis() {
  local pid=$DIALOOG_OWN_REDIS_PID tries=0
  if [ -n "$pid" ]; then
    echo "Stopping the private Redis (PID $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 40 ]; do
      sleep 0.25
      tries=$((tries + 1))
    done
    DIALOOG_OWN_REDIS_PID=
  fi
  if [ -n "$DIALOOG_OWN_REDIS_DIR" ]; then
    rm -rf "$DIALOOG_OWN_REDIS_DIR"
    DIALOOG_OWN_REDIS_DIR=
  fi
}

ensure_redis() {
  if [ "${DIALOOG_TEST_OWN_REDIS:-0}" != 1 ] && redis_answers 6379; then
    DIALOOG_REDIS_PORT=6379
    echo "Using Redis on 127.0.0.1:6379"
    return 0
  fi
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  start_own_redis "$(free_port 56379)"
}
