# Sourced by ./smm, ./smm-language-server and ./bench: makes sure build-output/smm/lib holds the
# command-line product built from the current sources, and sets $cli_lib to that folder.
# The product is reused when the last ./mvnw verify already built it from the current sources;
# otherwise it is built (a few minutes, progress on stderr). $1 names the caller in messages.
cli_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli_out="$cli_root/build-output/smm"
cli_lib="$cli_out/lib"
cli_product="$cli_root/releng/org.iotsmm.repository/target/products/org.iotsmm.cli.tool/linux/gtk/x86_64/smm/plugins"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# --sun-misc-unsafe-memory-access (it quiets the sun.misc.Unsafe warnings of Guava and EMF) exists
# from JDK 23 on; JDK 21, which the README allows, refuses to start with it
cli_java_major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || true)"
cli_java_options=()
if [ "${cli_java_major:-0}" -ge 23 ]; then cli_java_options=(--sun-misc-unsafe-memory-access=allow); fi

cli_changed_since() { # true when a source file is newer than $1
  [ -n "$(find "$cli_root/plugins" "$cli_root/features" "$cli_root/releng" "$cli_root/pom.xml" -newer "$1" -type f \
        -not -path '*/target/*' -not -path '*/src-gen/*' -not -path '*/fixtures/*' -not -path '*.tests/*' -not -path '*/releng/fuzz*' -not -name '.tycho-consumer-pom.xml' -print -quit)" ]
}

if [ ! -f "$cli_out/.built" ] || cli_changed_since "$cli_out/.built"; then
  if [ -d "$cli_product" ] && ! cli_changed_since "$cli_product"; then
    echo "$1: using the command line of the last build" >&2
  else
    echo "$1: building the command line from source (first use or sources changed; a few minutes)..." >&2
    mkdir -p "$cli_root/build-output"
    log="$cli_root/build-output/smm-build.log"
    if ! (cd "$cli_root" && ./mvnw -DskipTests -Dtycho.surefire.skip=true verify >"$log" 2>&1 </dev/null); then
      echo "$1: the build failed; see $log" >&2
      tail -n 30 "$log" >&2
      exit 2
    fi
  fi
  rm -rf "$cli_out" && mkdir -p "$cli_lib"
  cp "$cli_product"/*.jar "$cli_lib/"
  # A plain class path has no use for the jar signatures of the Eclipse bundles, and checking them
  # costs a digest of every class loaded (a fifth of the start-up of smm validate).
  for jar in "$cli_lib"/*.jar; do
    # grep reads the whole listing (no -q): under pipefail an early exit would fail unzip with SIGPIPE
    if unzip -Z1 "$jar" 2>/dev/null | grep -E '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' >/dev/null; then
      zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null 2>&1 || true
    fi
  done
  # The ahead-of-time class cache (JDK 25, JEP 514) is made here, once per build, by a training run
  # of what users run most: classes come loaded and linked from it, no archive is written on first use.
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$cli_out/smm.aot" -Xlog:aot=off -Xlog:cds=off \
    "${cli_java_options[@]}" -Djava.awt.headless=true -cp "$cli_lib/*" org.iotsmm.cli.Main -q validate \
    "$cli_root/examples/getting-started" >/dev/null 2>&1 </dev/null || rm -f "$cli_out/smm.aot"
  touch "$cli_out/.built"
  echo "$1: $(ls "$cli_lib" | wc -l) bundles in $cli_lib" >&2
fi
