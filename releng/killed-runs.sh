#!/usr/bin/env bash
# Kills smm report, smm import and smm format with SIGKILL at random moments, COUNT times each, and
# checks after every kill that each output is either the previous or the new complete file (by
# SHA-256 against outputs of complete runs, and by form: HTML ends with </html>, JSON parses, XLSX is
# a sound zip, PDF ends with %%EOF), never partial or empty; that the inputs are untouched; and that
# the next complete run leaves no temporary file in the output folder. Then the faults: output
# folder not writable, disk full (a 1 MB tmpfs when mount is permitted), an output that is a symbolic
# link to the input model, names with spaces and non-ASCII letters.
# Usage: releng/killed-runs.sh [COUNT]        (default 50; .ci/run uses a smaller count)
# The command line comes from releng/cli-classpath.sh (built when stale), started directly as a JVM
# so that the kill hits it; SMM_CLI_CP=CLASSPATH uses another build of it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-50}"
if [ -n "${SMM_CLI_CP:-}" ]; then
  classpath="$SMM_CLI_CP"
  export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
  share=()
else
  source "$root/releng/cli-classpath.sh" killed-runs
  classpath="$cli_lib/*"
  share=()
  [ -f "$cli_out/smm.aot" ] && share=(-XX:AOTCache="$cli_out/smm.aot" -Xlog:aot=off -Xlog:cds=off)
fi

work="$(mktemp -d)"
if [ ${#share[@]} = 0 ]; then
  # no class cache with this build: the first run below makes one (JDK 25), later runs start faster
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$work/smm.aot" -Xlog:aot=off -Xlog:cds=off \
    --sun-misc-unsafe-memory-access=allow -Djava.awt.headless=true -cp "$classpath" org.iotsmm.cli.Main -q validate \
    "$root/examples/bottling-line" >/dev/null 2>&1 </dev/null || true
  [ -f "$work/smm.aot" ] && share=(-XX:AOTCache="$work/smm.aot" -Xlog:aot=off -Xlog:cds=off)
fi
mounted=""
jvm=("$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${share[@]}" --sun-misc-unsafe-memory-access=allow
  -Djava.awt.headless=true -cp "$classpath" org.iotsmm.cli.Main)
cleanup() { [ -n "$mounted" ] && umount "$mounted" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
failures=0
fail() { echo "killed-runs: FAIL: $*" >&2; failures=$((failures + 1)); }
hash() { sha256sum "$1" | cut -d' ' -f1; }
now_ms() { date +%s%3N; }
smm() { "${jvm[@]}" "$@"; }

# Names with spaces and non-ASCII letters throughout.
models="$work/Modèles d'usine"
mkdir -p "$models"
model="$models/Abfüll linie.smm"
cp "$root/examples/bottling-line/bottling-line.smm" "$model"
pristine="$work/pristine.smm"
cp "$model" "$pristine"
# a second model whose report differs: the same system with another title
other="$models/Abfüll linie B.smm"
sed '0,/"Bottling line 4, filling and packaging"/s//"Bottling line 4 (B)"/' "$model" >"$other"
out="$work/Rapport été"
# every writer but PDF and the figures: the PDF takes most of a report's time on a busy machine
# and goes through the same AtomicFiles as the others
formats=html,md,json,csv,xlsx

# ---- known-good outputs
echo "killed-runs: known-good outputs..."
t0=$(now_ms)
smm -q report "$model" -o "$work/good-a" --format "$formats" >/dev/null
report_ms=$(($(now_ms) - t0))
smm -q report "$other" -o "$work/good-b" --format "$formats" >/dev/null
smm -q report "$model" -o "$work/good-a2" --format "$formats" >/dev/null
outputs=$(cd "$work/good-a" && ls)
declare -A good_a good_b deterministic
for f in $outputs; do
  good_a[$f]=$(hash "$work/good-a/$f"); good_b[$f]=$(hash "$work/good-b/$f")
  if [ "${good_a[$f]}" = "$(hash "$work/good-a2/$f")" ]; then deterministic[$f]=1; else deterministic[$f]=0; fi
done
echo "killed-runs: report writes: $(echo $outputs) in ${report_ms} ms; byte-identical between runs: $(for f in $outputs; do [ "${deterministic[$f]}" = 1 ] && printf '%s ' "$f"; done)"

# A filled questionnaire: every level cell of the exported workbook set to 1.
workbook="$work/Fragebogen ausgefüllt.xlsx"
smm -q questionnaire "$model" --target Year1 -o "$work/q.xlsx" >/dev/null
python3 - "$work/q.xlsx" "$workbook" <<'EOF'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/"):
            text = data.decode("utf-8")
            text = re.sub(r'<c r="L([0-9]+)" s="([0-9]+)"/>',
                          lambda m: m.group(0) if m.group(1) == "1" else f'<c r="L{m.group(1)}" s="{m.group(2)}" t="n"><v>1</v></c>', text)
            data = text.encode("utf-8")
        zout.writestr(item, data)
EOF
workbook_hash=$(hash "$workbook")
cp "$pristine" "$work/imported.smm"
t0=$(now_ms)
smm -q import "$workbook" --into "$work/imported.smm" --name Killed --date 2026-11-03 >/dev/null
import_ms=$(($(now_ms) - t0))
imported_hash=$(hash "$work/imported.smm")
[ "$imported_hash" != "$(hash "$pristine")" ] || fail "the complete import changed nothing"

# An unformatted model: the same text with its indentation doubled and blank lines added.
unformatted="$work/unformatted.smm"
sed -e 's/^\(  *\)/\1\1/' -e 's/{$/{\n/' "$pristine" >"$unformatted"
cp "$unformatted" "$work/formatted.smm"
t0=$(now_ms)
smm format "$work/formatted.smm" >/dev/null
format_ms=$(($(now_ms) - t0))
formatted_hash=$(hash "$work/formatted.smm"); unformatted_hash=$(hash "$unformatted")
[ "$formatted_hash" != "$unformatted_hash" ] || fail "formatting changed nothing"

# Starts a command, kills it with SIGKILL after a random delay in 20-110 % of its usual run time.
# Sets $outcome: killed (still running at the kill) or finished (ended before it).
kill_at_random() {
  local usual=$1; shift
  local delay=$(((usual * (20 + RANDOM % 91)) / 100))
  "${jvm[@]}" "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -KILL "$pid" 2>/dev/null; then outcome=killed; else outcome=finished; fi
  wait "$pid" 2>/dev/null || true
}

temporaries() { find "$1" -maxdepth 1 -name '.*' -type f | wc -l; }

well_formed() { # $1 file: complete by its form
  case "$1" in
  *.html) [ -s "$1" ] && tail -c 200 "$1" | tr -d ' \n\r\t' | grep -q '</html>$' ;;
  *.json) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null ;;
  *.xlsx) unzip -tq "$1" >/dev/null 2>&1 ;;
  *.pdf) tail -c 32 "$1" | grep -q '%%EOF' ;;
  *) [ -s "$1" ] ;;
  esac
}

# ---- smm report
echo "killed-runs: smm report, $count kills (usual run ${report_ms} ms)..."
cp -r "$work/good-a" "$out"
killed=0 finished=0 left=0 from_b=0
for ((i = 1; i <= count; i++)); do
  source_model="$model"; [ $((i % 2)) = 0 ] && source_model="$other"
  kill_at_random "$report_ms" -q report "$source_model" -o "$out" --format "$formats"
  [ "$outcome" = killed ] && killed=$((killed + 1)) || finished=$((finished + 1))
  left=$((left + $(temporaries "$out")))
  for f in $outputs; do
    h=$(hash "$out/$f")
    if [ "${deterministic[$f]}" = 1 ]; then
      [ "$h" = "${good_a[$f]}" ] || [ "$h" = "${good_b[$f]}" ] || fail "report kill $i: $f is neither the previous nor the new complete file"
      [ "$h" = "${good_b[$f]}" ] && from_b=$((from_b + 1))
    fi
    well_formed "$out/$f" || fail "report kill $i: $f is partial or empty"
  done
  [ "$(hash "$model")" = "$(hash "$pristine")" ] || fail "report kill $i: the input model changed"
done
before_next=$(temporaries "$out")
smm -q report "$model" -o "$out" --format "$formats" >/dev/null || fail "the next complete report failed"
[ "$(temporaries "$out")" = 0 ] || fail "temporary files left after the next complete report: $(ls -A "$out" | grep '^\.' | tr '\n' ' ')"
echo "killed-runs: report: $killed killed while running, $finished ended before the kill; outputs of the other model seen $from_b times;" \
  "temporary files seen after kills: $left (still there before the next run: $before_next, after it: $(temporaries "$out"))"

# ---- smm import (the model is the output; the workbook an input)
echo "killed-runs: smm import, $count kills (usual run ${import_ms} ms)..."
killed=0 finished=0 left=0 new=0
for ((i = 1; i <= count; i++)); do
  cp "$pristine" "$model"
  kill_at_random "$import_ms" -q import "$workbook" --into "$model" --name Killed --date 2026-11-03
  [ "$outcome" = killed ] && killed=$((killed + 1)) || finished=$((finished + 1))
  h=$(hash "$model")
  if [ "$h" = "$imported_hash" ]; then new=$((new + 1)); else
    [ "$h" = "$(hash "$pristine")" ] || fail "import kill $i: the model is neither the previous nor the imported complete file"
  fi
  [ "$(hash "$workbook")" = "$workbook_hash" ] || fail "import kill $i: the workbook changed"
  left=$((left + $(temporaries "$models")))
  if [ -n "$(find "$models" -name '*.smm' ! -name 'Abfüll linie.smm' ! -name 'Abfüll linie B.smm')" ]; then
    fail "import kill $i: a second .smm file appeared beside the model: $(ls -A "$models")"
  fi
done
cp "$pristine" "$model"
smm -q import "$workbook" --into "$model" --name Killed --date 2026-11-03 >/dev/null || fail "the next complete import failed"
[ "$(temporaries "$models")" = 0 ] || fail "temporary files left beside the model after the next import: $(ls -A "$models" | tr '\n' ' ')"
echo "killed-runs: import: $killed killed while running, $finished ended before the kill; the model was the imported one $new times," \
  "the previous one otherwise; temporary files seen after kills: $left, after the next run: $(temporaries "$models")"
cp "$pristine" "$model"

# ---- smm format (the model is input and output)
echo "killed-runs: smm format, $count kills (usual run ${format_ms} ms)..."
killed=0 finished=0 left=0 new=0
for ((i = 1; i <= count; i++)); do
  cp "$unformatted" "$model"
  kill_at_random "$format_ms" format "$model"
  [ "$outcome" = killed ] && killed=$((killed + 1)) || finished=$((finished + 1))
  h=$(hash "$model")
  if [ "$h" = "$formatted_hash" ]; then new=$((new + 1)); else
    [ "$h" = "$unformatted_hash" ] || fail "format kill $i: the model is neither the previous nor the formatted complete file"
  fi
  left=$((left + $(temporaries "$models")))
done
smm format "$model" >/dev/null || fail "the next complete format failed"
[ "$(temporaries "$models")" = 0 ] || fail "temporary files left beside the model after the next format: $(ls -A "$models" | tr '\n' ' ')"
echo "killed-runs: format: $killed killed while running, $finished ended before the kill; the model was the formatted one $new times," \
  "the previous one otherwise; temporary files seen after kills: $left, after the next run: $(temporaries "$models")"
cp "$pristine" "$model"

# ---- faults: each must end with exit code 2, a message naming the file, and nothing lost
expect_refusal() { # $1 what, $2 text the message must contain, then the command
  local what=$1 text=$2; shift 2
  local err code=0
  err=$("$@" 2>&1 >/dev/null) || code=$?
  if [ "$code" != 2 ] || ! grep -qF -- "$text" <<<"$err" || grep -q $'\tat ' <<<"$err"; then
    fail "$what: expected exit 2 and '$text', got exit $code: $err"
  else
    echo "killed-runs: $what: refused: $(head -n 1 <<<"$err")"
  fi
}

# The output folder is not writable: a tmpfs remounted read-only when mount is permitted, else a
# folder without write permission (for root, which ignores modes, the run is then made as nobody).
locked="$work/Nur lesen"
mkdir -p "$locked"
as_user=()
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=4m tmpfs "$locked" 2>/dev/null; then
  mounted="$locked"
  cp "$work/good-a"/* "$locked/"
  mount -o remount,ro "$locked"
else
  cp "$work/good-a"/* "$locked/"
  chmod 555 "$locked"; chmod 755 "$work" "$models"; chmod 644 "$model"
  [ "$(id -u)" = 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
before=$(cd "$locked" && sha256sum * | sha256sum)
expect_refusal "output folder not writable" "cannot write into $locked" "${as_user[@]}" "${jvm[@]}" -q report "$model" -o "$locked" --format "$formats"
[ "$(cd "$locked" && sha256sum * | sha256sum)" = "$before" ] || fail "the outputs in the read-only folder changed"
if [ -n "$mounted" ]; then umount "$locked"; mounted=""; else chmod 755 "$locked"; fi

# The disk is full: a small tmpfs holding a previous report, filled up to its last 16 KB.
full="$work/Volle Platte"
mkdir -p "$full"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=4m tmpfs "$full" 2>/dev/null; then
  mounted="$full"
  smm -q report "$model" -o "$full" --format html,json >/dev/null
  free_kb=$(df -k --output=avail "$full" | tail -n 1 | tr -d ' ')
  dd if=/dev/zero of="$full/filler.bin" bs=1k count=$((free_kb - 16)) status=none
  expect_refusal "disk full" "No space left on device" smm -q report "$other" -o "$full" --format html,json,md,csv,xlsx,pdf
  rm "$full/filler.bin"
  for f in report.html gap-report.json; do
    h=$(hash "$full/$f")
    [ "$h" = "${good_a[$f]}" ] || [ "$h" = "${good_b[$f]}" ] || fail "disk full: $f is neither complete file"
  done
  [ "$(temporaries "$full")" = 0 ] || fail "disk full: temporary files left: $(ls -A "$full")"
  umount "$full"; mounted=""
else
  echo "killed-runs: disk full: SKIPPED (mounting a tmpfs is not permitted here)"
fi

# An output path that is a symbolic link to the input model.
linked="$work/Verknüpft"
mkdir -p "$linked"
ln -s "$model" "$linked/report.html"
expect_refusal "output is a link to the model" "report.html: is an input model" smm -q report "$model" -o "$linked" --format html
[ "$(hash "$model")" = "$(hash "$pristine")" ] || fail "the model behind the link changed"
[ -L "$linked/report.html" ] || fail "the link was replaced"
# ... and a link to any other file: smm neither replaces the link nor writes through it
echo "notes" >"$work/Notizen.txt"
rm "$linked/report.html"; ln -s "$work/Notizen.txt" "$linked/report.html"
expect_refusal "output is a link to another file" "report.html: is a symbolic link" smm -q report "$model" -o "$linked" --format html
[ "$(cat "$work/Notizen.txt")" = notes ] || fail "the file behind the link changed"
[ -L "$linked/report.html" ] || fail "the link was replaced"

# Names with spaces and non-ASCII letters: a missing input and a missing workbook are named as given.
expect_refusal "missing model with a non-ASCII name" "Fehlt ä.smm" smm -q report "$models/Fehlt ä.smm" -o "$out"
expect_refusal "missing workbook with a non-ASCII name" "Kein Bogen ü.xlsx" smm -q import "$work/Kein Bogen ü.xlsx" --into "$model"
[ "$(hash "$model")" = "$(hash "$pristine")" ] || fail "the model changed"

if [ "$failures" -gt 0 ]; then
  echo "killed-runs: FAILED ($failures problems)" >&2
  exit 1
fi
echo "killed-runs: OK ($count kills each of smm report, smm import and smm format; no partial output, no input changed, no temporary file left)"
