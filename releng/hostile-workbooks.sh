#!/usr/bin/env bash
# Imports every hostile workbook that HostileWorkbooksTest generated (kept in
# plugins/org.iotsmm.cli.tests/target/hostile-workbooks) with the installed smm command in a 256 MB
# heap: each must be refused with exit code 2 and a one-paragraph message (no stack trace, no
# OutOfMemoryError), the model unchanged by hash. Prints per workbook: exit code, peak resident
# memory, first line of the message.
# Usage: releng/hostile-workbooks.sh [FOLDER]   (run the cli tests first; SMM_CLI_CP as in killed-runs.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="${1:-$root/plugins/org.iotsmm.cli.tests/target/hostile-workbooks}"
[ -d "$fixtures" ] || { echo "hostile-workbooks: no $fixtures; run the tests of org.iotsmm.cli.tests first" >&2; exit 2; }
if [ -n "${SMM_CLI_CP:-}" ]; then
  classpath="$SMM_CLI_CP"; export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
else
  source "$root/releng/cli-classpath.sh" hostile-workbooks; classpath="$cli_lib/*"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
model="$work/line.smm"
cp "$root/examples/bottling-line/bottling-line.smm" "$model"
before=$(sha256sum "$model" | cut -d' ' -f1)
failures=0
for workbook in "$fixtures"/*.xlsx; do
  name=$(basename "$workbook" .xlsx)
  code=0
  /usr/bin/time -f '%M' -o "$work/rss" "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    --sun-misc-unsafe-memory-access=allow -Djava.awt.headless=true -cp "$classpath" org.iotsmm.cli.Main -q \
    import "$workbook" --into "$model" --name Hostile --date 2026-11-03 >/dev/null 2>"$work/err" || code=$?
  rss_mb=$(($(tail -n 1 "$work/rss") / 1024))
  message=$(grep -v '^smm: ' "$work/err" | head -n 1; grep -m 1 '^smm: ' "$work/err" || true)
  verdict=ok
  case "$name" in
  fine | hyperlink-plain) expected=0 ;;
  *) expected=2 ;;
  esac
  if [ "$code" != "$expected" ] || grep -qE 'OutOfMemoryError|^\s+at ' "$work/err"; then verdict=FAIL; failures=$((failures + 1)); fi
  if [ "$expected" = 2 ] && [ "$(sha256sum "$model" | cut -d' ' -f1)" != "$before" ]; then verdict=FAIL; failures=$((failures + 1)); fi
  [ "$expected" = 0 ] && cp "$root/examples/bottling-line/bottling-line.smm" "$model"
  printf '%-28s %-4s exit %s  %4d MB  %s\n' "$name" "$verdict" "$code" "$rss_mb" "$(head -c 150 <<<"$message" | head -n 1)"
done
[ "$failures" = 0 ] || { echo "hostile-workbooks: FAILED ($failures)" >&2; exit 1; }
echo "hostile-workbooks: OK (every hostile workbook refused within -Xmx256m, the model unchanged)"
