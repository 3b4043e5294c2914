#!/usr/bin/env bash
# Reproducibility: builds bundles of this commit again and compares the jars byte for byte with
# the ones already built (a first build must have run: ./mvnw verify or ./run-tests). Lists each
# jar that differs, with the entries whose content or time stamp differ.
#   releng/repro-check.sh           every bundle and feature (a second full build, ~2-3 min warm)
#   releng/repro-check.sh --subset  model, catalog, dsl, analysis (what ./run-tests checks)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ "${1:-}" = "--subset" ]; then
  modules="releng/org.iotsmm.target,plugins/org.iotsmm.model,plugins/org.iotsmm.catalog,plugins/org.iotsmm.dsl,plugins/org.iotsmm.analysis"
  jars=(plugins/org.iotsmm.model/target/*.jar plugins/org.iotsmm.catalog/target/*.jar plugins/org.iotsmm.dsl/target/*.jar plugins/org.iotsmm.analysis/target/*.jar)
  scope=(-pl "$modules")
else
  jars=(plugins/*/target/*.jar features/*/target/*.jar)
  scope=()
fi
first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT
count=0
for jar in "${jars[@]}"; do
  case "$jar" in *-sources.jar|*-tests.jar) continue ;; esac
  [ -f "$jar" ] || { echo "repro: no $jar: build first (./mvnw verify)" >&2; exit 2; }
  mkdir -p "$first/$(dirname "$jar")" && cp -p "$jar" "$first/$jar"
  count=$((count + 1))
done
echo "repro: rebuilding ${scope[*]:-everything} (tests skipped) to compare $count jars..."
log="$root/build-output/repro-build.log"; mkdir -p "$root/build-output"
if ! ./mvnw -o clean verify -DskipTests "${scope[@]}" >"$log" 2>&1; then
  echo "repro: FAIL: the second build failed; see $log" >&2; tail -20 "$log" >&2; exit 1
fi
differ=0
while IFS= read -r -d '' old; do
  jar="${old#"$first"/}"
  if [ ! -f "$jar" ]; then
    echo "repro: DIFFERS: $jar is missing after the second build (another version?)"; differ=$((differ + 1)); continue
  fi
  if ! cmp -s "$old" "$jar"; then
    differ=$((differ + 1))
    echo "repro: DIFFERS: $jar"
    python3 - "$old" "$jar" <<'PY'
import sys, zipfile
a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
ia, ib = {i.filename: i for i in a.infolist()}, {i.filename: i for i in b.infolist()}
for name in sorted(set(ia) | set(ib)):
    if name not in ia or name not in ib:
        print(f"    only in {'first' if name in ia else 'second'}: {name}")
    elif a.read(name) != b.read(name):
        print(f"    content: {name}")
    elif ia[name].date_time != ib[name].date_time:
        print(f"    time: {name} {ia[name].date_time} vs {ib[name].date_time}")
if list(ia) != list(ib):
    print("    entry order differs")
PY
  fi
done < <(find "$first" -name '*.jar' -print0 | sort -z)
if [ "$differ" -gt 0 ]; then
  echo "repro: FAIL: $differ of $count jars differ between two builds of the same commit" >&2; exit 1
fi
echo "repro: OK: $count jars byte-identical in two builds of the same commit"
