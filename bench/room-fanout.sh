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
SECRET=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
ADMIN_PASSWORD=bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

. bench/lib.sh

# Each connection is a file descriptor on both sides (server and generator are separate processes).
needed=$((CONNECTIONS + 1000))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$needed" ]; then
  ulimit -n "$needed" 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
fi
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$needed" ]; then
  echo "error: open files limit $(ulimit -n) is below $needed; raise it (ulimit -n) and try again" >&2
  exit 1
fi

bench_prepare

# The form secret is given so that the generator can sign room passes itself (see bench/README.md).
bench_start_server 18180 \
  --dialoog.shared.form-secret="$SECRET" \
  --dialoog.account.admin-email=bench-admin@example.org

event_id=$(bench_event_id "$SLUG")

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
