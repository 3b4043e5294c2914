#!/usr/bin/env bash
# Smoke test of the standalone product: unpack the archive, start it under Xvfb with an example
# model named on the command line, wait until the workbench window is up (at most 120 s) and shows
# the example in the .smm editor, check that the splash screen came and went, save a screenshot,
# check that Help > IoT SMM User Guide starts the help server and it serves the guide, then shut it
# down cleanly.
# Usage: releng/smoke-test.sh [product.tar.gz] [screenshot.png]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
archive="${1:-$(ls "$root"/releng/org.iotsmm.repository/target/products/iotsmm-workbench-linux.gtk.x86_64.tar.gz)}"
shot="${2:-$root/build-output/workbench.png}"
limit=120
work="$(mktemp -d)"
mkdir -p "$(dirname "$shot")"
log="$(dirname "$shot")/workbench-smoke.log"
display=":$((90 + RANDOM % 100))"

Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

tar xzf "$archive" -C "$work"
# a copy: opening a model makes its folder a project (the workbench writes a .project file there)
cp -r "$root/examples/getting-started" "$work/getting-started"
model="$work/getting-started/getting-started.smm"
product="$work/iotsmm-workbench"
[ -x "$product/smm-workbench" ] || { echo "smoke: FAIL: $archive has no start script smm-workbench" >&2; exit 1; }
echo "smoke: $(ls "$product/plugins" | wc -l) bundles in the product"
duplicates=$(ls "$product/plugins" | sed -E 's/_[0-9]+\.[0-9]+\.[0-9]+.*$//' | sort | uniq -d)
if [ -n "$duplicates" ]; then
  echo "smoke: FAIL: several versions of: $duplicates" >&2; exit 1
fi

sleep 1
DISPLAY="$display" "$product/smm-workbench" -data "$work/workspace" -consoleLog "$model" >"$log" 2>&1 &
app=$!
window=""
splash=""   # the JVM's splash window (the start script passes -splash); its X name is "Java"
for ((i = 0; i < limit; i++)); do
  if [ -z "$splash" ]; then
    splash=$(DISPLAY="$display" xdotool search --onlyvisible --name '^Java$' 2>/dev/null | head -n 1 || true)
    [ -n "$splash" ] && DISPLAY="$display" xwd -root -silent | convert xwd:- "$(dirname "$shot")/workbench-splash.png"
  fi
  window=$(DISPLAY="$display" xdotool search --onlyvisible --name "IoT SMM Workbench" 2>/dev/null | head -n 1 || true)
  [ -n "$window" ] && break
  if ! kill -0 "$app" 2>/dev/null; then
    echo "smoke: FAIL: the workbench exited before its window appeared; log: $log" >&2
    tail -n 40 "$log" >&2; exit 1
  fi
  sleep 1
done
if [ -z "$window" ]; then
  echo "smoke: FAIL: no workbench window within ${limit} s; log: $log" >&2
  tail -n 40 "$log" >&2; kill "$app" 2>/dev/null || true; exit 1
fi
echo "smoke: window up after ${i} s: $(DISPLAY="$display" xdotool getwindowname "$window")"
# the window title names the active editor's file once the example is open in the .smm editor
for ((k = 0; k < 60; k++)); do
  DISPLAY="$display" xdotool getwindowname "$window" 2>/dev/null | grep -q "getting-started.smm" && break
  sleep 1
done
if ! DISPLAY="$display" xdotool getwindowname "$window" | grep -q "getting-started.smm"; then
  echo "smoke: FAIL: the example did not open in the editor within 60 s (title: $(DISPLAY="$display" xdotool getwindowname "$window")); log: $log" >&2
  kill "$app" 2>/dev/null || true; exit 1
fi
echo "smoke: the example is open in the editor"
if [ -z "$splash" ]; then
  echo "smoke: FAIL: no splash screen was shown while the workbench started" >&2
  kill "$app" 2>/dev/null || true; exit 1
fi
for ((k = 0; k < 30; k++)); do
  DISPLAY="$display" xdotool search --onlyvisible --name '^Java$' >/dev/null 2>&1 || break
  sleep 1
done
if DISPLAY="$display" xdotool search --onlyvisible --name '^Java$' >/dev/null 2>&1; then
  echo "smoke: FAIL: the splash screen is still open 30 s after the workbench came up" >&2
  kill "$app" 2>/dev/null || true; exit 1
fi
echo "smoke: the splash screen was shown during start ($(dirname "$shot")/workbench-splash.png) and closed once the workbench was up"
sleep 8   # let the perspective finish painting
DISPLAY="$display" xwd -root -silent | convert xwd:- "$shot"
echo "smoke: screenshot $shot ($(stat -c %s "$shot") bytes)"

# The help system: Help > IoT SMM User Guide (through Quick Access) starts the help web app on a
# free port of 127.0.0.1, which must then serve the help window (a JSP) and the guide's first page.
# Without a usable web browser the workbench says so in a dialog, closed here with Escape.
command -v ss >/dev/null || { echo "smoke: FAIL: ss (Debian package iproute2) is needed to find the help server's port" >&2; kill "$app"; exit 1; }
java_pid=$(pgrep -f -n "$work/iotsmm-workbench/plugins/org.eclipse.equinox.launcher" || echo "$app")
DISPLAY="$display" xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+3 || true
sleep 2
DISPLAY="$display" xdotool type --delay 50 "IoT SMM User Guide" || true
sleep 2
DISPLAY="$display" xdotool key --clearmodifiers Return || true
help_port=""
for ((k = 0; k < 60; k++)); do
  help_port=$(ss -ltnpH 2>/dev/null | grep "pid=$java_pid," | grep -oE '127\.0\.0\.1\]?:[0-9]+' | grep -oE '[0-9]+$' | head -n 1 || true)
  [ -n "$help_port" ] && break
  sleep 1
done
if [ -z "$help_port" ]; then
  echo "smoke: FAIL: Help > IoT SMM User Guide started no help server within 60 s; log: $log" >&2
  kill "$app" 2>/dev/null || true; exit 1
fi
for page in /help/index.jsp /help/topic/org.iotsmm.ui/help/user-guide.html; do
  body=$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=60).read().decode())' \
    "http://127.0.0.1:$help_port$page" 2>&1 || true)
  if ! grep -q -e "IoT SMM" <<<"$body"; then
    echo "smoke: FAIL: the help server on port $help_port did not serve $page; log: $log" >&2
    kill "$app" 2>/dev/null || true; exit 1
  fi
done
echo "smoke: the help system serves the user guide (port $help_port)"
sleep 3
DISPLAY="$display" xdotool key --clearmodifiers Escape || true
sleep 1

# Clean shutdown: File > Exit through the keyboard (Alt+F, then the mnemonic x), as a user would.
DISPLAY="$display" xdotool windowfocus --sync "$window" key --clearmodifiers alt+f || true
sleep 2
DISPLAY="$display" xdotool key --clearmodifiers x || true
for ((j = 0; j < 60; j++)); do
  kill -0 "$app" 2>/dev/null || break
  sleep 1
done
if kill -0 "$app" 2>/dev/null; then
  echo "smoke: FAIL: the workbench did not exit within 60 s of File > Exit" >&2
  kill "$app"; exit 1
fi
wait "$app" && status=0 || status=$?
[ "$status" -eq 0 ] || { echo "smoke: FAIL: the workbench exited with status $status; log: $log" >&2; exit 1; }
if grep -q "^!ENTRY .* 4 " "$log"; then
  echo "smoke: FAIL: errors in the workbench log $log:" >&2; grep -A3 "^!ENTRY .* 4 " "$log" | head -40 >&2; exit 1
fi
echo "smoke: OK (started, screenshot taken, exited cleanly)"
