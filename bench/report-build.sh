#!/usr/bin/env bash
# Report benchmark (issue 9, "Performance"): the full report of a 1,000-attendee session (10,000 messages in
# several languages, 200 statements with votes, polls, questions, attendance) composed, and every export made
# (Markdown, JSON, every CSV table, PDF); goal < 5 s in all. Plain Java, no server, no database: the session is
# synthesised as the report builder reads it. See bench/README.md for what it measures and the figures seen.
#
#   bench/report-build.sh                  3 warm-up + 5 measured builds
#   SHAPED=1 bench/report-build.sh         one message in twenty in Arabic (the PDF then shapes its text)
#   RUNS=9 WARMUP=5 bench/report-build.sh
#
# Environment: WARMUP (3), RUNS (5), ATTENDEES (1000), MESSAGES (10000), STATEMENTS (200), SHAPED (0),
# REPORT_LOCALE (en), JAVA_OPTS (-Xmx2g), SKIP_BUILD=1 (reuse $BUILD_DIR), BUILD_DIR (target-bench-report; its own,
# so it never disturbs another build in the checkout).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh

WARMUP=${WARMUP:-3}
RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
BUILD_DIR=${BUILD_DIR:-target-bench-report}

pick_java_home
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the classes and the benchmark into $BUILD_DIR"
  ./mvnw -B -q -Pbench -Ddialoog.build.dir="$BUILD_DIR" test-compile
  ./mvnw -B -q -Ddialoog.build.dir="$BUILD_DIR" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD_DIR/report-bench.classpath"
fi

# timeout: the runs are bounded; this only guards against a machine so loaded that they would run for ever.
# shellcheck disable=SC2086
timeout 900 "$JAVA_HOME/bin/java" $JAVA_OPTS -Dwarmup="$WARMUP" -Druns="$RUNS" \
  -Dattendees="${ATTENDEES:-1000}" -Dmessages="${MESSAGES:-10000}" -Dstatements="${STATEMENTS:-200}" \
  -Dshaped="$([ "${SHAPED:-0}" = 1 ] && echo true || echo false)" -Dlocale="${REPORT_LOCALE:-en}" \
  -cp "$BUILD_DIR/classes:$BUILD_DIR/test-classes:$(cat "$BUILD_DIR/report-bench.classpath")" nl.dialoog.bench.ReportBench
