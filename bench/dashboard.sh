#!/usr/bin/env bash
# Dashboard benchmark (issue 13): the organiser's event dashboard and My events with 20,000 registrations in one
# event, on PostgreSQL: page time (median, p95) and SQL statements per page. Dialoog runs inside the benchmark's
# JVM with a bench-only statement counter (src/test/java/nl/dialoog/bench/StatementCounting.java); the event is
# seeded straight into a fresh database. See bench/README.md for the figures seen.
#
#   bench/dashboard.sh                          15 warm-up + 40 measured requests per page
#   REGISTRATIONS=50000 RUNS=20 bench/dashboard.sh
#
# Environment: REGISTRATIONS (20000), WARMUP (15), RUNS (40), BENCH_DB (dialoog_bench_dashboard, dropped and made
# fresh; KEEP_DB=1 keeps it for EXPLAIN), JAVA_OPTS (-Xmx1g), SKIP_BUILD=1 (reuse $BUILD_DIR), BUILD_DIR (target-bench-dashboard).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh
. bin/lib/packages.sh
. bin/lib/postgresql.sh

BENCH_DB=${BENCH_DB:-dialoog_bench_dashboard}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
BUILD_DIR=${BUILD_DIR:-target-bench-dashboard}

trap 'stop_own_cluster || true' EXIT
pick_java_home
ensure_postgresql
create_test_database "$BENCH_DB"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the classes and the benchmark into $BUILD_DIR"
  ./mvnw -B -q -Pbench -Ddialoog.build.dir="$BUILD_DIR" test-compile
  ./mvnw -B -q -Ddialoog.build.dir="$BUILD_DIR" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD_DIR/dashboard-bench.classpath"
fi
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"

# timeout: the runs are bounded; this only guards against a machine so loaded that they would run for ever.
# shellcheck disable=SC2086
timeout 900 "$JAVA_HOME/bin/java" $JAVA_OPTS -Dregistrations="${REGISTRATIONS:-20000}" \
  -Dwarmup="${WARMUP:-15}" -Druns="${RUNS:-40}" \
  -DjdbcUrl="jdbc:postgresql://127.0.0.1:$DIALOOG_PG_PORT/$BENCH_DB" \
  -cp "$BUILD_DIR/classes:$BUILD_DIR/test-classes:$(cat "$BUILD_DIR/dashboard-bench.classpath")" \
  nl.dialoog.bench.DashboardBench
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${KEEP_DB:-0}" = 1 ] || drop_test_database "$BENCH_DB"
