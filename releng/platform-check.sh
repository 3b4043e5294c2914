#!/usr/bin/env bash
# Checks every product archive as far as this Linux machine can: the legal files and the SBOM are
# in it (and list every bundle of its plugins/), every bundle resolves in OSGi for the archive's
# platform (its own Equinox, run here with that osgi.os/ws/arch), the start scripts are there and
# right (syntax; the macOS script is run with a stand-in java to see the command it builds; the
# Windows .cmd files are checked for CRLF and what they reference), and smm --version, run from the
# unpacked archive (no .git there), names this checkout's commit. Starting the workbench itself is
# releng/smoke-test.sh (Linux only).
# Usage: releng/platform-check.sh [PRODUCTS_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
products="${1:-$root/releng/org.iotsmm.repository/target/products}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
head_commit="$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "platform: FAIL: $*" >&2; failures=$((failures + 1)); }

# A stand-in java: answers the version probe of find-java.sh, otherwise prints its arguments.
mkdir -p "$work/fake-jdk/bin"
cat >"$work/fake-jdk/bin/java" <<'STUB'
#!/usr/bin/env bash
if [ "${1:-}" = "-XshowSettings:properties" ]; then echo "    java.specification.version = 25" >&2; exit 0; fi
printf '%s\n' "$@"
STUB
chmod +x "$work/fake-jdk/bin/java"

check_version() { # product-dir label
  local out
  out="$(cd "$work" && "$java" -Djava.awt.headless=true -cp "$1/plugins/*" org.iotsmm.cli.Main --version 2>&1)" || { fail "$2: smm --version failed: $out"; return; }
  if [[ "$out" =~ ^smm\ [0-9.]+\ \(commit\ ([0-9a-f]{40}|unknown)(-dirty)?\)$ ]]; then
    [ "$head_commit" = unknown ] || [ "${BASH_REMATCH[1]}" = "$head_commit" ] || fail "$2: smm --version names commit ${BASH_REMATCH[1]}, the checkout is at $head_commit"
    echo "platform: $2: $out"
  else
    fail "$2: unexpected smm --version output: $out"
  fi
}

for archive in "$products"/iotsmm-workbench-*.tar.gz "$products"/iotsmm-workbench-*.zip; do
  [ -e "$archive" ] || continue
  name="$(basename "$archive")"; env="${name#iotsmm-workbench-}"; env="${env%.tar.gz}"; env="${env%.zip}"
  IFS=. read -r os ws arch <<<"$env"
  dir="$work/$env"; mkdir -p "$dir"
  case "$archive" in *.zip) unzip -q "$archive" -d "$dir" ;; *) tar xzf "$archive" -C "$dir" ;; esac
  product="$dir/iotsmm-workbench"
  [ "$os" = macosx ] && product="$dir/iotsmm-workbench.app/Contents/Eclipse"  # Tycho's layout for macOS
  [ -d "$product/plugins" ] || { fail "$name: no ${product#"$dir"/}/plugins"; continue; }
  for f in LICENSE THIRD-PARTY-NOTICES.txt sbom.cdx.json; do
    [ -s "$product/$f" ] || fail "$name: no $f"
  done
  python3 "$root/releng/tools/distribution.py" verify-sbom --sbom "$product/sbom.cdx.json" --plugins "$product/plugins" \
    || fail "$name: SBOM does not match plugins/"
  swt=$(ls "$product/plugins" | grep -c "^org.eclipse.swt.$ws.$os.${arch}_" || true)
  [ "$swt" = 1 ] || fail "$name: SWT fragment for $ws/$os/$arch missing"
  others=$(ls "$product/plugins" | grep -E '^org\.eclipse\.swt\.(gtk|win32|cocoa)\.' | grep -vc "^org.eclipse.swt.$ws.$os.${arch}_" || true)
  [ "$others" = 0 ] || fail "$name: carries SWT fragments of other platforms"
  "$java" -cp "$(ls "$product"/plugins/org.eclipse.osgi_*.jar)" "$root/releng/tools/ResolveBundles.java" \
    "$product/plugins" "$os" "$ws" "$arch" || fail "$name: bundles do not resolve for $os/$ws/$arch"
  launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | wc -l)
  [ "$launcher" = 1 ] || fail "$name: expected one org.eclipse.equinox.launcher jar, found $launcher"
  case "$os" in
    linux|macosx)
      for s in smm-workbench smm; do
        [ -x "$product/$s" ] || { fail "$name: start script $s missing or not executable"; continue; }
        bash -n "$product/$s" || fail "$name: $s has a syntax error"
      done
      bash -n "$product/find-java.sh" || fail "$name: find-java.sh has a syntax error"
      command=$(JAVA_HOME="$work/fake-jdk" HOME="$work/home" "$product/smm-workbench" 2>&1) || fail "$name: smm-workbench failed: $command"
      grep -qx -- "-jar" <<<"$command" && grep -qx -- "$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)" <<<"$command" \
        || fail "$name: smm-workbench does not start the launcher jar: $command"
      grep -qx -- "-data" <<<"$command" || fail "$name: smm-workbench passes no default workspace"
      if [ "$os" = macosx ]; then
        grep -qx -- "-XstartOnFirstThread" <<<"$command" || fail "$name: smm-workbench lacks -XstartOnFirstThread (SWT on macOS)"
      fi
      command=$(JAVA_HOME="$work/fake-jdk" "$product/smm" --version 2>&1) || fail "$name: smm failed: $command"
      grep -qx "org.iotsmm.cli.Main" <<<"$command" && grep -qx -- "$product/plugins/\*" <<<"$command" \
        || fail "$name: smm does not run org.iotsmm.cli.Main on plugins/*: $command"
      ;;
    win32)
      for s in smm-workbench.cmd smm.cmd; do
        [ -s "$product/$s" ] || { fail "$name: start script $s missing"; continue; }
        [ "$(grep -c $'\r$' "$product/$s")" = "$(wc -l <"$product/$s")" ] || fail "$name: $s does not have CRLF line ends"
      done
      grep -q 'plugins\\org.eclipse.equinox.launcher_\*.jar' "$product/smm-workbench.cmd" && grep -q -- '-jar "%LAUNCHER%"' "$product/smm-workbench.cmd" \
        || fail "$name: smm-workbench.cmd does not start the launcher jar"
      grep -q 'plugins\\\*" org.iotsmm.cli.Main' "$product/smm.cmd" || fail "$name: smm.cmd does not run org.iotsmm.cli.Main on plugins\\*"
      ;;
  esac
  check_version "$product" "$name"
  # Help > About shows {0} version and {1} commit from about.mappings, written by the build
  mappings="$(unzip -p "$(ls "$product"/plugins/org.iotsmm.ui_*.jar)" about.mappings 2>/dev/null || true)"
  grep -q "^0=[0-9]" <<<"$mappings" && grep -Eq "^1=([0-9a-f]{40}|unknown)" <<<"$mappings" \
    || fail "$name: org.iotsmm.ui has no about.mappings with version and commit"
  [ "$head_commit" = unknown ] || grep -q "^1=$head_commit" <<<"$mappings" || fail "$name: the about dialog would name another commit: $mappings"
  echo "platform: $name checked"
done
cli="$(ls "$products"/smm-cli-linux.gtk.x86_64.tar.gz 2>/dev/null || true)"
if [ -n "$cli" ]; then
  mkdir -p "$work/cli" && tar xzf "$cli" -C "$work/cli"
  python3 "$root/releng/tools/distribution.py" verify-sbom --sbom "$work/cli/smm/sbom.cdx.json" --plugins "$work/cli/smm/plugins" \
    || fail "smm-cli: SBOM does not match plugins/"
  check_version "$work/cli/smm" "$(basename "$cli")"
fi
if [ "$failures" -gt 0 ]; then
  echo "platform: $failures problem(s)" >&2; exit 1
fi
echo "platform: OK"
