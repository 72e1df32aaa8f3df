#!/usr/bin/env bash
# Room fan-out benchmark (issue 4, "Performance"): N WebSocket connections in one room, chat at M messages per
# second from a few of them; prints deliveries per second, end-to-end latency, lost messages, server CPU and RSS.
# See bench/README.md for what it measures and the figures seen.
#
#   bench/room-fanout.sh                                  5,000 connections, 20 messages/s, 10 s warm-up + 60 s
#   CONNECTIONS=1000 RATE=40 bench/room-fanout.sh         another point
#
# Environment: CONNECTIONS (5000), RATE (chat messages per second in all, 20), SENDERS (connections that send, 10;
# each stays under the per-person command limit), WARMUP (seconds, 10), DURATION (measured seconds, 60),
# BENCH_DB (dialoog_bench_room; dropped and created fresh), APP_JAVA_OPTS (server JVM options, -Xmx1g),
# LOAD_JAVA_OPTS (generator JVM options, -Xmx768m), APP_ARGS (extra --property=value for the server),
# SKIP_BUILD=1 (reuse the jar in target-bench-room).
# Exits 0 only when every connection got every message; the latency goal is printed as MET or MISSED.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh
. bin/lib/packages.sh
. bin/lib/postgresql.sh

CONNECTIONS=${CONNECTIONS:-5000}
RATE=${RATE:-20}
SENDERS=${SENDERS:-10}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-60}
BENCH_DB=${BENCH_DB:-dialoog_bench_room}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
LOAD_JAVA_OPTS=${LOAD_JAVA_OPTS:--Xmx768m}
SLUG=changing-roles-of-csos-and-partners
BUILD_DIR=target-bench-room
WORK=$BUILD_DIR/bench
SECRET=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
ADMIN_PASSWORD=bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

app_pid=
load_pid=

# Stops exactly what this script started, by PID: the generator, the server, a private PostgreSQL if one was needed.
cleanup() {
  if [ -n "$load_pid" ] && kill -0 "$load_pid" 2>/dev/null; then
    kill -TERM "$load_pid" 2>/dev/null || true
  fi
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    echo "Stopping the server (PID $app_pid)"
    kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      kill -0 "$app_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL "$app_pid" 2>/dev/null || true
  fi
  stop_own_cluster || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Each connection is a file descriptor on both sides (server and generator are separate processes).
needed=$((CONNECTIONS + 1000))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$needed" ]; then
  ulimit -n "$needed" 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
fi
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$needed" ]; then
  echo "error: open files limit $(ulimit -n) is below $needed; raise it (ulimit -n) and try again" >&2
  exit 1
fi

pick_java_home
ensure_postgresql
create_test_database "$BENCH_DB"
psql_bench() {
  "$(pg_bin psql)" -X -w -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DIALOOG_PG_PORT" -U postgres -d "$BENCH_DB" "$@"
}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the application jar and the load generator into $BUILD_DIR"
  ./mvnw -B -q -DskipTests -Ddialoog.build.dir="$BUILD_DIR" package
fi
jar=$(ls "$BUILD_DIR"/dialoog-*.jar | grep -v -- '-plain' | head -n 1)
mkdir -p "$WORK"
rm -f "$WORK"/server.log "$WORK"/dialoog.log "$WORK"/load.log

port=$(free_port 18180)
base=http://127.0.0.1:$port
echo "Starting $jar on $base against database $BENCH_DB"
# The form secret is given so that the generator can sign room passes itself (see bench/README.md).
# shellcheck disable=SC2086
DIALOOG_ACCOUNT_ADMIN_PASSWORD=$ADMIN_PASSWORD "$JAVA_HOME/bin/java" $APP_JAVA_OPTS -jar "$jar" \
  --server.address=127.0.0.1 --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$DIALOOG_PG_PORT/$BENCH_DB" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --dialoog.shared.base-url="$base" \
  --dialoog.shared.form-secret="$SECRET" \
  --dialoog.account.admin-email=bench-admin@example.org \
  --dialoog.event.demo=on \
  --logging.file.name="$WORK/dialoog.log" \
  ${APP_ARGS:-} >"$WORK/server.log" 2>&1 &
app_pid=$!

for i in $(seq 1 120); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "error: the server stopped during start; see $WORK/server.log" >&2
    tail -n 30 "$WORK/server.log" >&2
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /actuator/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
      && grep -q '"status":"UP"' <&3) 2>/dev/null; then
    echo "Server is up after $((i / 2)) s (PID $app_pid)"
    break
  fi
  [ "$i" -lt 120 ] || { echo "error: no healthy server after 60 s; see $WORK/server.log" >&2; exit 1; }
  sleep 0.5
done

event_id=$(psql_bench -c "SELECT id FROM event WHERE slug = '$SLUG'")
[ -n "$event_id" ] || { echo "error: demo event $SLUG not found in $BENCH_DB" >&2; exit 1; }

# The attendees go straight into the room's participant table (what a join link makes on first entry), so that
# setting up 5,000 people takes a second instead of 5,000 registrations; see bench/README.md.
psql_bench -c "INSERT INTO room_participant (event_id, role, display_name, country, created_at)
  SELECT $event_id, 'ATTENDEE', 'Bench attendee ' || g, 'GH', now() FROM generate_series(1, $CONNECTIONS) AS g"
psql_bench -c "SELECT id FROM room_participant WHERE event_id = $event_id AND display_name LIKE 'Bench attendee %'
  ORDER BY id" >"$WORK/participants.txt"
echo "Room of event $event_id: $(wc -l <"$WORK/participants.txt") attendees"

load_status=0
limit=$((WARMUP + DURATION + 400))
# shellcheck disable=SC2086
timeout --signal=TERM "$limit" "$JAVA_HOME/bin/java" $LOAD_JAVA_OPTS -cp "$BUILD_DIR/test-classes" \
  nl.dialoog.bench.RoomFanout --port "$port" --event-id "$event_id" --secret "$SECRET" \
  --participants "$WORK/participants.txt" --connections "$CONNECTIONS" --senders "$SENDERS" --rate "$RATE" \
  --warmup "$WARMUP" --duration "$DURATION" --server-pid "$app_pid" >"$WORK/load.log" 2>&1 &
load_pid=$!
wait "$load_pid" || load_status=$?
load_pid=
cat "$WORK/load.log"

result=$(grep '^RESULT ' "$WORK/load.log" || true)
[ -n "$result" ] || { echo "error: the load generator printed no result (exit $load_status)" >&2; exit 1; }
value() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$result"; }
errors=$(grep -c ' ERROR ' "$WORK/server.log" || true)
echo "ERROR lines in the server log: $errors"
echo "Machine load (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$(value p99_ms)" -lt 250 ] && [ "$(value connections)" -ge 5000 ] && [ "${RATE%.*}" -ge 20 ]; then
  echo "Goal (5,000 connections, 20 messages/s, p99 < 250 ms, none lost): latency MET"
else
  echo "Goal (5,000 connections, 20 messages/s, p99 < 250 ms, none lost): latency MISSED or not the goal's load"
fi
if [ "$(value lost_all)" != 0 ] || [ "$(value connections)" != "$CONNECTIONS" ]; then
  echo "FAIL: $(value lost_all) deliveries lost; $(value connections) of $CONNECTIONS connections ready"
  exit 1
fi
echo "OK: every connection got every message"
