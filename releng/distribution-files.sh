#!/usr/bin/env bash
# Run by the build (releng/org.iotsmm.repository, package phase, after the products are
# materialized and before they are archived): checks the licence of every shipped bundle and
# writes LICENSE, THIRD-PARTY-NOTICES.txt and the CycloneDX SBOM sbom.cdx.json into each product
# (every platform) and into the update site, then validates each SBOM against the CycloneDX 1.5
# JSON schema and against the bundles really shipped. Fails the build on any problem.
# Usage: releng/distribution-files.sh REPOSITORY_TARGET_DIR VERSION M2_REPOSITORY
set -euo pipefail
target="$1" version="$2" m2="$3"
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$root/releng/tools/distribution.py"
commit="${IOTSMM_COMMIT:-$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)}"
if [ "$commit" != unknown ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit-dirty"
fi
schemas="$target/cyclonedx-schemas"
validate=(--schemas "$schemas")
python3 -c 'import jsonschema' 2>/dev/null || { echo "distribution: python3-jsonschema missing: structural SBOM check only" >&2; validate=(); }

write() { # plugins-dir out-dir name kind
  python3 "$tool" write --plugins "$1" --out "$2" --name "$3" --kind "$4" --version "$version" --commit "$commit" --m2 "$m2"
  python3 "$tool" verify-sbom --sbom "$2/sbom.cdx.json" --plugins "$1" "${validate[@]}"
}

# products/<id>/<os>/<ws>/<arch>/<rootFolder>[.app/Contents/Eclipse]/plugins
while IFS= read -r plugins; do
  product="$(dirname "$plugins")"
  IFS=/ read -r id os ws arch _ <<<"${product#"$target"/products/}"
  case "$id" in org.iotsmm.cli.tool) kind=command-line name=smm-cli ;; *) kind=product name=iotsmm-workbench ;; esac
  write "$product/plugins" "$product" "$name-$os.$ws.$arch" "$kind"
done < <(find "$target/products" -mindepth 6 -maxdepth 8 -type d -name plugins | sort)

site="$target/repository"
write "$site/plugins" "$site" iotsmm-update-site update-site
zip="$(ls "$target"/org.iotsmm.repository-*.zip)"
(cd "$site" && python3 - "$zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "a") as z:
    names = set(z.namelist())
    for f in ("LICENSE", "THIRD-PARTY-NOTICES.txt", "sbom.cdx.json"):
        if f not in names:
            z.write(f, f)
PY
)
echo "distribution: notices and SBOMs written for every product and the update site (commit $commit)"
