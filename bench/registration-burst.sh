#!/usr/bin/env bash
# Registration-burst benchmark (issue 3, "Performance"): many concurrent participants register into one
# capacity-limited event on PostgreSQL; prints throughput and latency and checks that nothing was overbooked.
# See bench/README.md for what it measures and the figures seen.
#
#   bench/registration-burst.sh                          defaults below
#   TOTAL=3000 WARMUP=1000 CAPACITY=1000 bench/registration-burst.sh     a shorter run
#   RATE=170 bench/registration-burst.sh                 the goal: 170 participants per second (open loop)
#
# Environment: TOTAL (measured registrations, 10000), WARMUP (registrations before measuring, 5000: after 2000 the
# JIT compiler is still at work), CAPACITY (places in the event, 2500), CONCURRENCY (participants in flight at once,
# 32), RATE (participants started per second, 0 = as fast as the closed loop allows), TIME_LIMIT (seconds for the
# whole load, 420), BENCH_DB
# (dialoog_bench; dropped and created fresh), APP_JAVA_OPTS (JVM options of the server, -Xmx1g),
# APP_ARGS (extra --property=value arguments for the server), SKIP_BUILD=1 (reuse target-bench's jar).
# Exits 0 only when every request was answered without a 5xx and the database shows no overbooking.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh
. bin/lib/packages.sh
. bin/lib/postgresql.sh

TOTAL=${TOTAL:-10000}
WARMUP=${WARMUP:-5000}
CAPACITY=${CAPACITY:-2500}
CONCURRENCY=${CONCURRENCY:-32}
RATE=${RATE:-0}
TIME_LIMIT=${TIME_LIMIT:-420}
BENCH_DB=${BENCH_DB:-dialoog_bench}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
SLUG=changing-roles-of-csos-and-partners
BUILD_DIR=${BUILD_DIR:-target-bench}
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD=bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

. bench/lib.sh

bench_prepare

# The anti-bot rules are set so that they do not refuse the benchmark: every participant comes from 127.0.0.1
# (per-client limit), sends the form at once (minimum fill time), and registers once (per-address limit).
# The honeypot and the signed form stamp are still checked on every request.
bench_start_server 18080 \
  --dialoog.account.admin-email="$ADMIN_EMAIL" \
  --dialoog.registration.min-fill-time=0s \
  --dialoog.registration.per-client-limit=1000000000 \
  --dialoog.registration.per-email-limit=1000000

event_id=$(bench_event_id "$SLUG")

# The load generator: a plain main method among the test classes (JDK classes only), in its own small JVM.
load_status=0
timeout --signal=TERM $((TIME_LIMIT + 60)) "$JAVA_HOME/bin/java" -Xmx512m -cp "$BUILD_DIR/test-classes" \
  nl.dialoog.bench.RegistrationBurst --base "$base" --slug "$SLUG" --total "$TOTAL" --warmup "$WARMUP" \
  --concurrency "$CONCURRENCY" --rate "$RATE" --time-limit "$TIME_LIMIT" --server-pid "$app_pid" \
  --database "$BENCH_DB" --event-id "$event_id" --capacity "$CAPACITY" \
  --admin-email "$ADMIN_EMAIL" --admin-password "$ADMIN_PASSWORD" \
  >"$WORK/load.log" 2>&1 &
load_pid=$!
# This machine's PostgreSQL runs with autovacuum off (a test-machine setting), so the fresh database would never get
# planner statistics and the prepared statements would keep the plans made for empty tables (sequential scans that
# grow with every registration). A production server analyses a table soon after it grows (autovacuum, every minute
# by default); this loop does the same for the bench database every 30 s while the load runs, and stops with it.
if [ "$(psql_bench -c 'SHOW autovacuum')" != on ]; then
  echo "PostgreSQL's autovacuum is off: analysing $BENCH_DB every 30 s during the run, as autovacuum would"
  (while kill -0 "$load_pid" 2>/dev/null; do
     sleep 30
     kill -0 "$load_pid" 2>/dev/null && psql_bench -c 'ANALYZE' >/dev/null 2>&1
   done) &
  analyse_pid=$!
fi
wait "$load_pid" || load_status=$?
load_pid=
[ -z "${analyse_pid:-}" ] || { kill "$analyse_pid" 2>/dev/null || true; wait "$analyse_pid" 2>/dev/null || true; }
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
