# Sourced by the start scripts: sets $java to a Java 21+ executable or exits with a clear message.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then java="$candidate"; break; fi
done
if [ -z "$java" ]; then
  echo "$(basename "$0"): Java 21 or newer is needed; install one or set JAVA_HOME." >&2
  exit 2
fi
# Java 23+ warns when a library uses sun.misc.Unsafe's memory access (Guice, Xtext); Java 21 and 22
# do not know the option that allows it and would refuse to start.
java_options=()
if [ "$major" -ge 23 ]; then java_options=(--sun-misc-unsafe-memory-access=allow); fi
