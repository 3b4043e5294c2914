# Sourced by the start scripts on macOS: sets $java to a Java 21+ executable or exits with a clear message.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
java=""
home_21="$( [ -x /usr/libexec/java_home ] && /usr/libexec/java_home -v 21+ 2>/dev/null || true)"
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} ${home_21:+"$home_21/bin/java"} "$(command -v java || true)"; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then java="$candidate"; break; fi
done
if [ -z "$java" ]; then
  echo "$(basename "$0"): Java 21 or newer is needed; install one or set JAVA_HOME." >&2
  exit 2
fi
