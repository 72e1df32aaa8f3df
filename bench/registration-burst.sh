#!/usr/bin/env bash
# Registration-burst benchmark (issue 3, "Performance"): many concurrent participants register into one
# capacity-limited event on PostgreSQL; prints throughput and latency and checks that nothing was overbooked.
# See bench/README.md for what it measures and the figures seen.
#
#   bench/registration-burst.sh                          defaults below
#   TOTAL=3000 WARMUP=1000 CAPACITY=1000 bench/registration-burst.sh     a shorter run
#   RATE=200 bench/registration-burst.sh                 open loop: 200 participants per second
#
# Environment: TOTAL (measured registrations, 10000), WARMUP (registrations before measuring, 1000), CAPACITY
# (places in the event, 2500), CONCURRENCY (participants in flight at once, 32), RATE (participants started per
# second, 0 = as fast as the closed loop allows), TIME_LIMIT (seconds for the whole load, 420), BENCH_DB
# (dialoog_bench; dropped and created fresh), APP_JAVA_OPTS (JVM options of the server, -Xmx1g),
# APP_ARGS (extra --property=value arguments for the server), SKIP_BUILD=1 (reuse target-bench's jar).
# Exits 0 only when every request was answered without a 5xx and the database shows no overbooking.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh
. bin/lib/packages.sh
. bin/lib/postgresql.sh

TOTAL=${TOTAL:-10000}
WARMUP=${WARMUP:-1000}
CAPACITY=${CAPACITY:-2500}
CONCURRENCY=${CONCURRENCY:-32}
RATE=${RATE:-0}
TIME_LIMIT=${TIME_LIMIT:-420}
BENCH_DB=${BENCH_DB:-dialoog_bench}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
SLUG=changing-roles-of-csos-and-partners
BUILD_DIR=${BUILD_DIR:-target-bench}
WORK=$BUILD_DIR/bench
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD=bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

app_pid=
load_pid=

# Stops exactly what this script started, by PID: the server (and the private PostgreSQL, if one was needed).
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
rm -f "$WORK"/server.log "$WORK"/dialoog.log

port=$(free_port 18080)
base=http://127.0.0.1:$port
echo "Starting $jar on $base against database $BENCH_DB"
# The anti-bot rules are set so that they do not refuse the benchmark: every participant comes from 127.0.0.1
# (per-client limit), sends the form at once (minimum fill time), and registers once (per-address limit).
# The honeypot and the signed form stamp are still checked on every request.
# shellcheck disable=SC2086
DIALOOG_ACCOUNT_ADMIN_PASSWORD=$ADMIN_PASSWORD "$JAVA_HOME/bin/java" $APP_JAVA_OPTS -jar "$jar" \
  --server.address=127.0.0.1 --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$DIALOOG_PG_PORT/$BENCH_DB" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --dialoog.shared.base-url="$base" \
  --dialoog.account.admin-email="$ADMIN_EMAIL" \
  --dialoog.event.demo=on \
  --dialoog.registration.min-fill-time=0s \
  --dialoog.registration.per-client-limit=1000000000 \
  --dialoog.registration.per-email-limit=1000000 \
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

# The load generator: a plain main method among the test classes (JDK classes only), in its own small JVM.
load_status=0
timeout --signal=TERM $((TIME_LIMIT + 60)) "$JAVA_HOME/bin/java" -Xmx512m -cp "$BUILD_DIR/test-classes" \
  nl.dialoog.bench.RegistrationBurst --base "$base" --slug "$SLUG" --total "$TOTAL" --warmup "$WARMUP" \
  --concurrency "$CONCURRENCY" --rate "$RATE" --time-limit "$TIME_LIMIT" --server-pid "$app_pid" \
  --database "$BENCH_DB" --event-id "$event_id" --capacity "$CAPACITY" \
  --admin-email "$ADMIN_EMAIL" --admin-password "$ADMIN_PASSWORD" \
  >"$WORK/load.log" 2>&1 &
load_pid=$!
wait "$load_pid" || load_status=$?
load_pid=
cat "$WORK/load.log"

result=$(grep '^RESULT ' "$WORK/load.log" || true)
[ -n "$result" ] || { echo "error: the load generator printed no result (exit $load_status)" >&2; exit 1; }
successes=$(sed -n 's/.* successes=\([0-9]*\).*/\1/p' <<<"$result")
server_errors=$(sed -n 's/.* server_errors=\([0-9]*\).*/\1/p' <<<"$result")

echo
echo "Database check ($BENCH_DB, event $event_id):"
counts=$(psql_bench -c "SELECT status || '=' || COUNT(*) FROM registration WHERE event_id = $event_id
  GROUP BY status ORDER BY status" | tr '\n' ' ')
confirmed=$(psql_bench -c "SELECT COUNT(*) FROM registration WHERE event_id = $event_id AND status = 'CONFIRMED'")
waitlisted=$(psql_bench -c "SELECT COUNT(*) FROM registration WHERE event_id = $event_id AND status = 'WAITLISTED'")
capacity=$(psql_bench -c "SELECT capacity FROM registration_options WHERE event_id = $event_id")
outbox=$(psql_bench -c "SELECT COUNT(*) FROM mail_outbox" 2>/dev/null || echo '?')
echo "  registrations by status: $counts"
echo "  capacity $capacity, confirmed $confirmed, waitlisted $waitlisted, successful requests $successes," \
  "5xx responses $server_errors, mails in the outbox $outbox"
server_log_errors=$(grep -c ' ERROR ' "$WORK/server.log" || true)
echo "  ERROR lines in the server log: $server_log_errors"

verdict=0
if [ "$capacity" != "$CAPACITY" ]; then
  echo "FAIL: the event's capacity is '$capacity', not $CAPACITY"; verdict=1
fi
if [ "$confirmed" -gt "$capacity" ]; then
  echo "FAIL: overbooked: $confirmed confirmed for $capacity places"; verdict=1
fi
if [ $((confirmed + waitlisted)) -ne "$successes" ]; then
  echo "FAIL: confirmed + waitlisted = $((confirmed + waitlisted)), but $successes requests succeeded"; verdict=1
fi
if [ "$successes" -ge "$capacity" ] && [ "$confirmed" -ne "$capacity" ]; then
  echo "FAIL: $confirmed confirmed although $successes registered for $capacity places"; verdict=1
fi
if [ "$server_errors" -ne 0 ]; then
  echo "FAIL: $server_errors responses were 5xx"; verdict=1
fi
if [ "$load_status" -ne 0 ]; then
  echo "FAIL: the load generator reported unanswered or refused requests (exit $load_status)"; verdict=1
fi
[ "$verdict" -ne 0 ] || echo "OK: no overbooking, every successful request is confirmed or waitlisted, no 5xx"
exit "$verdict"
