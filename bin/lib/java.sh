# shellcheck shell=bash
# Picks the JDK for bin/test and bin/run. Sourced, not run: sets and exports JAVA_HOME.
# The project compiles for Java 21; the machines this runs on ship Java 17 as the default `java`, so the default
# alone would fail with an unhelpful "release 21 not supported" deep inside Maven.

DIALOOG_PREFERRED_JDK=/usr/lib/jvm/temurin-25-jdk-amd64
DIALOOG_MIN_JAVA=21

# Prints the feature version (17, 21, 25, ...) of the java binary given, or nothing if it does not run.
java_feature_version() {
  local version
  version=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  # Java 8 and older report "1.8"; they are too old either way.
  case "$version" in
    1.*) echo 8 ;;
    *) echo "$version" ;;
  esac
}

# 1. the Temurin 25 the machines have, 2. a JAVA_HOME already set, 3. the `java` on PATH; each only if >= 21.
pick_java_home() {
  local candidate version
  for candidate in "$DIALOOG_PREFERRED_JDK" "${JAVA_HOME:-}" \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    if [ -z "$candidate" ] || [ ! -x "$candidate/bin/java" ]; then continue; fi
    version=$(java_feature_version "$candidate/bin/java")
    if [ -n "$version" ] && [ "$version" -ge "$DIALOOG_MIN_JAVA" ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      echo "Using Java $version from $JAVA_HOME"
      return 0
    fi
  done
  echo "error: Dialoog needs a JDK $DIALOOG_MIN_JAVA or newer, and none was found:" >&2
  echo "  not at $DIALOOG_PREFERRED_JDK, not in JAVA_HOME (${JAVA_HOME:-unset}), and \`java\` on PATH is" \
    "$( (command -v java >/dev/null && java_feature_version "$(command -v java)") || echo missing)." >&2
  echo "  Install one (e.g. apt-get install openjdk-21-jdk-headless where available) or set JAVA_HOME." >&2
  return 1
}
