#!/usr/bin/env bash
# Stage benchmark (issue 10, "Verification"): one panelist publishes from headless Chromium, N attendees receive
# the stage, N stepping up; per step the CPU and RSS of Janus, of Dialoog and of Chromium, frames decoded and
# packets lost per attendee. See bench/README.md for what it measures and the figures seen.
#
#   bench/stage-subscribers.sh                          N = 1, 2, 4, 8, 12; 4 attendee windows per Chromium; 20 s a step
#   STEPS=1,2,3 INTERVAL=30 bench/stage-subscribers.sh  other steps
#
# Environment: STEPS (1,2,4,8,12), PER_BROWSER (attendee windows per Chromium, 4), INTERVAL (measured seconds per
# step, 20), MIN_FPS (an attendee decoding fewer frames a second stops the series, 5), PHONE=1 (attendees on a
# phone screen: the lowest simulcast layer), TIME_LIMIT (seconds for the whole run, build included, 900),
# BUILD_DIR (target-bench-stage). Needs root (a network namespace), janus, chromium and chromium-driver, as bin/test.
# Exits non-zero when the run fails (an attendee never decodes a frame); the figures are in the lines starting BENCH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bin/lib/java.sh

STEPS=${STEPS:-1,2,4,8,12}
PER_BROWSER=${PER_BROWSER:-4}
INTERVAL=${INTERVAL:-20}
MIN_FPS=${MIN_FPS:-5}
PHONE=${PHONE:-0}
TIME_LIMIT=${TIME_LIMIT:-900}
BUILD_DIR=${BUILD_DIR:-target-bench-stage}

pick_java_home
for needed in /usr/bin/janus /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$needed" ] || { echo "error: $needed is missing (bin/test installs janus, chromium, chromium-driver)" >&2; exit 1; }
done
mkdir -p "$BUILD_DIR"
log=$BUILD_DIR/stage-subscribers.log
echo "Load before: $(cat /proc/loadavg)"

# The benchmark is a JUnit class (it needs the media test harness: the namespace with Janus, Dialoog on H2), run
# alone by surefire in the bench profile; the namespace, Janus and every Chromium are stopped by PID after it.
phone=false
[ "$PHONE" = 1 ] && phone=true
set +e
timeout --signal=TERM "$TIME_LIMIT" ./mvnw -B -q -Pbench -Ddialoog.build.dir="$BUILD_DIR" test \
  -Dtest=StageSubscribersBench -Dsurefire.failIfNoSpecifiedTests=false -Ddialoog.test.skip-postgresql=true \
  -Dbench.steps="$STEPS" -Dbench.per-browser="$PER_BROWSER" -Dbench.interval="$INTERVAL" \
  -Dbench.min-fps="$MIN_FPS" -Dbench.phone="$phone" >"$log" 2>&1
status=$?
set -e
grep '^BENCH' "$log" || true
echo "Load after: $(cat /proc/loadavg)"
if [ "$status" != 0 ]; then
  echo "error: the benchmark failed (exit $status); see $log" >&2
  grep -m 5 -A 5 'AssertionError\|Exception' "$log" >&2 || tail -n 30 "$log" >&2
fi
exit "$status"
