#!/usr/bin/env bash
# Writes what a build is (version and commit) into a bundle at build time, so that an installed
# product knows it without a .git folder. Run by the build (exec-maven-plugin) of org.iotsmm.cli
# (smm --version) and org.iotsmm.ui (about dialog, about.mappings {0} and {1}).
# Usage: build-info.sh properties|about-mappings OUTPUT_FILE VERSION
# The commit is the checkout's HEAD, with "-dirty" when tracked files differ from it, or
# $IOTSMM_COMMIT (a build from a source tarball), else "unknown". No dates: builds stay reproducible.
set -euo pipefail
format="$1" out="$2" version="$3"
root="$(cd "$(dirname "$0")/../.." && pwd)"
commit="${IOTSMM_COMMIT:-}"
if [ -z "$commit" ]; then
  commit="$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)"
  if [ "$commit" != unknown ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit-dirty"
  fi
fi
mkdir -p "$(dirname "$out")"
case "$format" in
  properties) printf 'version=%s\ncommit=%s\n' "$version" "$commit" >"$out" ;;
  about-mappings) printf '0=%s\n1=%s\n' "$version" "$commit" >"$out" ;;
  *) echo "build-info.sh: unknown format $format" >&2; exit 2 ;;
esac
