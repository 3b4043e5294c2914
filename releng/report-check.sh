#!/usr/bin/env bash
# Renders the bottling-line report as a reader sees it: the HTML in headless Chromium (screenshot)
# and the PDF as PNG pages (pdftoppm), and fails when either is missing or looks blank, or when a
# PDF page has ink in its right margin.
# Usage: releng/report-check.sh   (after the Maven build; needs chromium, poppler-utils, imagemagick)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/build-output/report"
shot="$root/build-output/report.png"
min_bytes=8000

./smm report examples/bottling-line -o "$out" --quiet
for f in report.html report.pdf report.md gap-report.json gaps.csv roadmap.csv report.xlsx; do
  [ -s "$out/$f" ] || { echo "report-check: FAIL: $out/$f missing or empty" >&2; exit 1; }
done

browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "report-check: FAIL: chromium is not installed" >&2; exit 1; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$shot"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --screenshot="$shot" --window-size=1280,2000 "file://$out/report.html" >/dev/null 2>&1 || true
size=$(stat -c %s "$shot" 2>/dev/null || echo 0)
[ "$size" -gt "$min_bytes" ] || { echo "report-check: FAIL: screenshot $shot is ${size} bytes (blank or missing)" >&2; exit 1; }
echo "report-check: HTML screenshot $shot ($size bytes)"

rm -f "$root"/build-output/report-page-*.png
pdftoppm -png -r 60 "$out/report.pdf" "$root/build-output/report-page"
pages=$(ls "$root"/build-output/report-page-*.png 2>/dev/null | wc -l)
[ "$pages" -ge 1 ] || { echo "report-check: FAIL: pdftoppm produced no page" >&2; exit 1; }
first=$(ls "$root"/build-output/report-page-*.png | sort | head -n 1)
size=$(stat -c %s "$first")
[ "$size" -gt 4000 ] || { echo "report-check: FAIL: first PDF page $first is ${size} bytes (blank?)" >&2; exit 1; }
echo "report-check: PDF has $pages page(s); first page $first ($size bytes)"
# Figures are scaled to the column: nothing may reach into the 12 mm right margin (the architecture
# diagram used to run off the right edge of its page). At 60 dpi the outer 20 pixels must be white.
for page in "$root"/build-output/report-page-*.png; do
  min=$(convert "$page" -gravity East -crop 20x+0+0 +repage -format '%[fx:minima]' info:)
  [ "$min" = "1" ] || { echo "report-check: FAIL: $page has ink in its right margin (a figure wider than the page?)" >&2; exit 1; }
done
echo "report-check: no PDF page has ink in its right margin"
