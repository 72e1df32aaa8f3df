# What every benchmark script does around its own measurement, sourced by bench/*.sh (after bin/lib/java.sh,
# packages.sh and postgresql.sh): stop exactly what it started, by PID, on any exit; a fresh PostgreSQL database;
# one build; the application jar started on 127.0.0.1 against that database until it reports healthy.
# The caller sets BUILD_DIR, BENCH_DB, APP_JAVA_OPTS and ADMIN_PASSWORD first.

WORK=$BUILD_DIR/bench
app_pid=
load_pid=

# Stops the load generator, the server and a private PostgreSQL cluster, each only if this script started it.
bench_cleanup() {
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
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

psql_bench() {
  "$(pg_bin psql)" -X -w -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DIALOOG_PG_PORT" -U postgres -d "$BENCH_DB" "$@"
}

# A JDK, PostgreSQL with a fresh $BENCH_DB, and the jar plus the test classes (the load generators) in $BUILD_DIR.
bench_prepare() {
  pick_java_home
  ensure_postgresql
  create_test_database "$BENCH_DB"
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "Building the application jar and the load generator into $BUILD_DIR"
    ./mvnw -B -q -Pbench -DskipTests -Ddialoog.build.dir="$BUILD_DIR" package
  fi
  jar=$(ls "$BUILD_DIR"/dialoog-*.jar | grep -v -- '-plain' | head -n 1)
  mkdir -p "$WORK"
  rm -f "$WORK"/server.log "$WORK"/dialoog.log "$WORK"/load.log
}

# Starts the jar on the first free port from $1 with the demo data and the given extra --properties (plus $APP_ARGS),
# and waits until it is healthy; sets port, base and app_pid.
bench_start_server() {
  port=$(free_port "$1")
  shift
  base=http://127.0.0.1:$port
  echo "Starting $jar on $base against database $BENCH_DB"
  # shellcheck disable=SC2086
  DIALOOG_ACCOUNT_ADMIN_PASSWORD=$ADMIN_PASSWORD "$JAVA_HOME/bin/java" $APP_JAVA_OPTS -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$DIALOOG_PG_PORT/$BENCH_DB" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --dialoog.shared.base-url="$base" \
    --dialoog.event.demo=on \
    --logging.file.name="$WORK/dialoog.log" \
    "$@" ${APP_ARGS:-} >"$WORK/server.log" 2>&1 &
  app_pid=$!
  # START_WAIT (seconds, 60): a machine shared with other builds may need longer
  local tries=$((${START_WAIT:-60} * 2))
  for i in $(seq 1 "$tries"); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "error: the server stopped during start; see $WORK/server.log" >&2
      tail -n 30 "$WORK/server.log" >&2
      exit 1
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /actuator/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
        && grep -q '"status":"UP"' <&3) 2>/dev/null; then
      echo "Server is up after $((i / 2)) s (PID $app_pid)"
      return 0
    fi
    [ "$i" -lt "$tries" ] || { echo "error: no healthy server after ${START_WAIT:-60} s; see $WORK/server.log" >&2; exit 1; }
    sleep 0.5
  done
}

# The id of the demo event with address $1.
bench_event_id() {
  local id
  id=$(psql_bench -c "SELECT id FROM event WHERE slug = '$1'")
  [ -n "$id" ] || { echo "error: demo event $1 not found in $BENCH_DB" >&2; exit 1; }
  echo "$id"
}
