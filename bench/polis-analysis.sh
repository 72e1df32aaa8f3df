#!/usr/bin/env bash
# Pol.is analysis benchmark (issue 9, "Performance"): one analysis of 2,000 participants x 200 statements (goal
# < 1 s) and the live opinion map for 5,000 x 100 re-analysed every 5 s (goal < 10 % of one core). Plain Java, no
# server, no database. See bench/README.md for what it measures and the figures seen.
#
#   bench/polis-analysis.sh                  5 warm-up + 10 measured analyses per case
#   RUNS=20 WARMUP=10 bench/polis-analysis.sh
#
# Environment: WARMUP (5), RUNS (10), JAVA_OPTS (-Xmx1g), SKIP_BUILD=1 (reuse $BUILD_DIR),
# BUILD_DIR (target-bench-polis; its own, so it never disturbs another build in the checkout).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh

WARMUP=${WARMUP:-5}
RUNS=${RUNS:-10}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
BUILD_DIR=${BUILD_DIR:-target-bench-polis}

pick_java_home
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the classes and the benchmark into $BUILD_DIR"
  ./mvnw -B -q -Pbench -Ddialoog.build.dir="$BUILD_DIR" test-compile
  ./mvnw -B -q -Ddialoog.build.dir="$BUILD_DIR" dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$BUILD_DIR/polis-bench.classpath"
fi

# timeout: the loops are bounded; this only guards against a machine so loaded that they would run for ever.
# shellcheck disable=SC2086
timeout 600 "$JAVA_HOME/bin/java" $JAVA_OPTS -Dwarmup="$WARMUP" -Druns="$RUNS" \
  -cp "$BUILD_DIR/classes:$BUILD_DIR/test-classes:$(cat "$BUILD_DIR/polis-bench.classpath")" nl.dialoog.bench.PolisBench
