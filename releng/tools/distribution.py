#!/usr/bin/env python3
"""What a distribution of the IoT SMM Workbench ships, from the bundles it really holds.

For a folder of bundles (a product's plugins/, the update site's plugins/) this finds each
bundle's origin and licence, checks the licence against the reviewed policy
(releng/licences/policy.json), and writes a third-party notice and a CycloneDX 1.5 SBOM.

  distribution.py check   --plugins DIR [--policy FILE] [--target FILE] [--m2 DIR]
  distribution.py write   --plugins DIR --out DIR --name NAME --version V --commit C [...]
  distribution.py verify-sbom --sbom FILE --plugins DIR [--schemas DIR]

Origin: a third-party bundle is matched to the Maven artifact (of the target platform,
releng/org.iotsmm.target/org.iotsmm.target.target) it came from: same bytes, the
pom.properties inside it, or the OSGi name the target's wrapping gives it.
Licence, first that answers: a reviewed entry of the policy for that component, the
Bundle-License header, the licences of the artifact's POM (and its parents).
Exit codes: 0 fine, 1 a licence is unknown or not accepted (or the SBOM is wrong), 2 usage.
"""
import argparse, hashlib, json, os, re, sys, uuid, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OWN_PREFIX = "org.iotsmm."
POM_NS = "{http://maven.apache.org/POM/4.0.0}"


# ---------------------------------------------------------------- reading bundles

def parse_manifest(text):
    headers, last = {}, None
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" ") and last:
            headers[last] += line[1:]
        elif ":" in line:
            last, value = line.split(":", 1)
            last = last.strip()
            headers[last] = value.strip()
        else:
            last = None
    return headers


class Bundle:
    """One shipped bundle: a jar, or a folder (a bundle p2 installs unpacked)."""

    def __init__(self, path):
        self.path = path
        self.file = os.path.basename(path)
        self.entries = {}
        if os.path.isdir(path):
            self.sha256 = None
            for base, _, files in os.walk(path):
                for f in files:
                    full = os.path.join(base, f)
                    self.entries[os.path.relpath(full, path).replace(os.sep, "/")] = full
            self._read = lambda name: open(self.entries[name], "rb").read()
        else:
            with open(path, "rb") as f:
                self.sha256 = hashlib.sha256(f.read()).hexdigest()
            self._zip = zipfile.ZipFile(path)
            self.entries = {n: n for n in self._zip.namelist()}
            self._read = self._zip.read
        manifest = self.read("META-INF/MANIFEST.MF")
        self.headers = parse_manifest(manifest.decode("utf-8", "replace")) if manifest else {}
        self.bsn = self.headers.get("Bundle-SymbolicName", "").split(";")[0].strip()
        self.version = self.headers.get("Bundle-Version", "").strip()
        self.name = self.headers.get("Bundle-Name", "")
        if not self.bsn:
            raise SystemExit(f"distribution: {path}: no Bundle-SymbolicName in META-INF/MANIFEST.MF")

    def read(self, name):
        return self._read(name) if name in self.entries else None

    def pom_properties(self):
        found = [n for n in self.entries if re.match(r"META-INF/maven/[^/]+/[^/]+/pom\.properties$", n)]
        if len(found) != 1:
            return None
        props = {}
        for line in self.read(found[0]).decode("utf-8", "replace").splitlines():
            if "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                props[k.strip()] = v.strip()
        if {"groupId", "artifactId", "version"} <= props.keys():
            return props["groupId"], props["artifactId"], props["version"]
        return None


def bundles_in(folder):
    return [Bundle(os.path.join(folder, f)) for f in sorted(os.listdir(folder))
            if f.endswith(".jar") or os.path.isdir(os.path.join(folder, f))]


# ---------------------------------------------------------------- the target platform's artifacts

def target_artifacts(target_file):
    tree = ET.parse(target_file)
    out = []
    for d in tree.iter("dependency"):
        out.append((d.findtext("groupId"), d.findtext("artifactId"), d.findtext("version")))
    return out


def m2_path(m2, g, a, v, ext):
    return os.path.join(m2, *g.split("."), a, v, f"{a}-{v}.{ext}")


def version_parts(v):
    return [p for p in re.split(r"[.\-_]", v) if p]


def same_version(bundle_version, maven_version):
    """1.19 ~ 1.19.0, 33.6.0-jre ~ 33.6.0.jre, 1.08 ~ 1.8.0; a bundle may add a qualifier."""
    def norm(v):
        parts = [str(int(p)) if p.isdigit() else p for p in version_parts(v)]
        numeric = len([p for p in parts[:3] if p.isdigit()])
        return parts[:numeric] + ["0"] * (3 - numeric) + parts[numeric:]
    b, m = norm(bundle_version), norm(maven_version)
    return b[:len(m)] == m


class Origins:
    """Matches shipped bundles to the Maven artifacts of the target platform."""

    def __init__(self, target_file, m2):
        self.m2 = m2
        self.by_sha, self.by_name = {}, {}
        for g, a, v in target_artifacts(target_file):
            jar = m2_path(m2, g, a, v, "jar")
            names = {a, f"{g}.{a}", f"wrapped.{g}.{a}", "org.apache." + a.replace("-", ".")}
            if os.path.exists(jar):
                with open(jar, "rb") as f:
                    self.by_sha[hashlib.sha256(f.read()).hexdigest()] = (g, a, v)
                try:
                    with zipfile.ZipFile(jar) as z:
                        text = z.read("META-INF/MANIFEST.MF").decode("utf-8", "replace")
                    bsn = parse_manifest(text).get("Bundle-SymbolicName", "").split(";")[0].strip()
                    if bsn:
                        names.add(bsn)
                except KeyError:
                    pass
            for n in names:
                self.by_name.setdefault(n, []).append((g, a, v))

    def find(self, bundle):
        if bundle.sha256 in self.by_sha:
            return self.by_sha[bundle.sha256], "same bytes as the Maven artifact"
        for gav in self.by_name.get(bundle.bsn, []):
            if same_version(bundle.version, gav[2]):
                return gav, "bundle name and version"
        inside = bundle.pom_properties()
        if inside:
            return inside, "pom.properties inside the bundle"
        return None, None

    def pom_licences(self, g, a, v, depth=0):
        pom = m2_path(self.m2, g, a, v, "pom")
        if depth > 8 or not os.path.exists(pom):
            return []
        root = ET.parse(pom).getroot()
        ns = POM_NS if root.tag.startswith(POM_NS) else ""
        names = []
        for lic in root.findall(f"{ns}licenses/{ns}license"):
            name = (lic.findtext(f"{ns}name") or "").strip()
            url = (lic.findtext(f"{ns}url") or "").strip()
            names.append(name or url)
        if names:
            return names
        parent = root.find(f"{ns}parent")
        if parent is not None:
            return self.pom_licences(parent.findtext(f"{ns}groupId"), parent.findtext(f"{ns}artifactId"),
                                     parent.findtext(f"{ns}version"), depth + 1)
        return []


# ---------------------------------------------------------------- licences

class Policy:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.accepted = data["accepted"]
        self.aliases = {k.lower().rstrip("/"): v for k, v in data["aliases"].items()}
        self.components = data["components"]

    def spdx(self, declared):
        key = declared.strip().lower().rstrip("/")
        key = re.sub(r"^https?://", "", key)
        for k in (key, "http://" + key, "https://" + key):
            if k in self.aliases:
                return self.aliases[k]
        for alias, spdx in self.aliases.items():
            if re.sub(r"^https?://", "", alias) == key:
                return spdx
        return declared.strip() if re.fullmatch(r"[A-Za-z0-9.+\-]+", declared.strip()) else None

    def reviewed(self, bundle, gav):
        keys = [bundle.bsn] + ([f"{gav[0]}:{gav[1]}"] if gav else [])
        for key in keys:
            for pattern, entry in self.components.items():
                if pattern == key or pattern.endswith("*") and key.startswith(pattern[:-1]):
                    return entry
        return None

    def acceptable(self, expression):
        """SPDX expression of AND/OR over ids (no brackets needed here): OR picks any, AND needs all."""
        return any(all(term.strip() in self.accepted for term in alternative.split(" AND "))
                   for alternative in expression.split(" OR "))


def bundle_license_header(value, policy):
    """Names of Bundle-License: 'Apache-2.0;link=...', 'http://...', several separated by commas
    (some manifests put a comma inside one name: 'Eclipse Public License, Version 2.0')."""
    whole = value.split(";")[0].strip().strip('"')
    if policy.spdx(whole):
        return [whole]
    out = []
    for part in re.split(r",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", value):
        name = part.split(";")[0].strip().strip('"')
        if name:
            out.append(name)
    return out


class Component:
    def __init__(self, bundle, gav, how, licence, licence_source, declared, problem):
        self.bundle, self.gav, self.how = bundle, gav, how
        self.licence, self.licence_source, self.declared, self.problem = licence, licence_source, declared, problem

    @property
    def own(self):
        return self.bundle.bsn.startswith(OWN_PREFIX)

    @property
    def purl(self):
        if self.gav:
            g, a, v = self.gav
            return f"pkg:maven/{g}/{a}@{v}?type=jar"
        if self.own:  # built from this repository; not published to any registry
            return f"pkg:generic/org.iotsmm/{self.bundle.bsn}@{self.bundle.version}"
        return None


def examine(folder, policy, origins):
    out = []
    for b in bundles_in(folder):
        gav, how = (None, None) if b.bsn.startswith(OWN_PREFIX) else origins.find(b)
        declared, source, licence, problem = [], None, None, None
        reviewed = policy.reviewed(b, gav)
        if reviewed:
            licence, source = reviewed["license"], "reviewed allow-list: " + reviewed["reason"]
        elif b.headers.get("Bundle-License"):
            declared = bundle_license_header(b.headers["Bundle-License"], policy)
            source = "Bundle-License of the manifest"
        elif gav:
            declared = origins.pom_licences(*gav)
            source = f"licences of the POM {':'.join(gav)}"
        if declared and not licence:
            ids = [policy.spdx(d) for d in declared]
            if None in ids:
                problem = f"licence not recognised: {declared[ids.index(None)]!r} ({source})"
            else:
                licence = " AND ".join(dict.fromkeys(ids))
        if not licence and not problem:
            problem = "no licence found (no Bundle-License, no POM licence, no reviewed entry)"
        if licence and not policy.acceptable(licence):
            problem = f"licence {licence} ({source}) is not accepted for EPL-2.0 distribution"
        if b.bsn.startswith(OWN_PREFIX) and "about.html" not in b.entries:
            problem = "our bundle carries no about.html (add it to bin.includes)"
        if not b.bsn.startswith(OWN_PREFIX) and not gav and not problem:
            problem = "origin unknown: not matched to any Maven artifact of the target platform"
        out.append(Component(b, gav, how, licence, source, declared, problem))
    return out


def check(components, where):
    bad = [c for c in components if c.problem]
    for c in bad:
        print(f"licence check: FAIL: {where}/{c.bundle.file}: {c.problem}", file=sys.stderr)
    if bad:
        print(f"licence check: {len(bad)} of {len(components)} bundles in {where} cannot be shipped; fix the bundle "
              f"or add a reviewed entry with its reason to releng/licences/policy.json", file=sys.stderr)
        return False
    print(f"licence check: {len(components)} bundles in {where}: every licence known and accepted")
    return True


# ---------------------------------------------------------------- notice and SBOM

def notice(components, name, version, commit):
    third = [c for c in components if not c.own]
    own = [c for c in components if c.own]
    lines = [f"{name} {version} (commit {commit})", "",
             "This distribution is made available under the Eclipse Public License 2.0 (EPL-2.0), see LICENSE.",
             f"It holds {len(own)} bundles of the IoT SMM Workbench (EPL-2.0) and the {len(third)} third-party",
             "bundles below, each under its own licence (SPDX identifiers; texts at https://spdx.org/licenses/",
             "and, for most, in the bundle itself: META-INF/LICENSE, about.html). Generated by",
             "releng/tools/distribution.py from the bundles actually shipped.", ""]
    width = max(len(c.bundle.file) for c in third) if third else 10
    for c in sorted(third, key=lambda c: c.bundle.file):
        origin = ":".join(c.gav) if c.gav else "?"
        lines.append(f"{c.bundle.file:<{width}}  {c.bundle.version:<28} {c.licence:<40} {origin}")
    lines += ["", "Bundles of the IoT SMM Workbench (EPL-2.0):"] + [f"  {c.bundle.file}" for c in own]
    return "\n".join(lines) + "\n"


def licence_json(expression):
    if " OR " in expression or " AND " in expression:
        return [{"expression": expression}]
    if expression.startswith("LicenseRef-"):  # not an SPDX id: a named licence
        return [{"license": {"name": expression[len("LicenseRef-"):].replace("-", " ")}}]
    return [{"license": {"id": expression}}]


def sbom(components, name, version, commit, kind):
    root_ref = f"pkg:generic/org.iotsmm/{name}@{version}"
    comps = []
    for c in components:
        b = c.bundle
        entry = {"type": "library", "bom-ref": c.purl}
        if c.gav:
            entry.update(group=c.gav[0], name=c.gav[1], version=c.gav[2])
        else:
            entry.update(group="org.iotsmm", name=b.bsn, version=b.version)
        entry["licenses"] = licence_json(c.licence)
        entry["purl"] = c.purl
        if b.sha256:
            entry["hashes"] = [{"alg": "SHA-256", "content": b.sha256}]
        props = [("osgi:bundle-symbolic-name", b.bsn), ("osgi:bundle-version", b.version),
                 ("iotsmm:file", "plugins/" + b.file), ("iotsmm:licence-source", c.licence_source)]
        if c.own:
            props.append(("iotsmm:commit", commit))
        entry["properties"] = [{"name": k, "value": v} for k, v in props]
        comps.append(entry)
    serial = uuid.uuid5(uuid.NAMESPACE_URL, f"https://iotsmm.invalid/{name}/{version}/{commit}/{kind}")
    return {
        "bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": f"urn:uuid:{serial}", "version": 1,
        "metadata": {
            "tools": {"components": [{"type": "application", "name": "releng/tools/distribution.py",
                                      "version": version}]},
            "component": {"type": "application", "bom-ref": root_ref, "group": "org.iotsmm", "name": name,
                          "version": version, "licenses": [{"license": {"id": "EPL-2.0"}}],
                          "purl": root_ref,
                          "properties": [{"name": "iotsmm:commit", "value": commit},
                                         {"name": "iotsmm:distribution", "value": kind}]},
        },
        "components": comps,
        "dependencies": [{"ref": root_ref, "dependsOn": [c.purl for c in components]}]
                        + [{"ref": c.purl, "dependsOn": []} for c in components],
    }


def verify_sbom(sbom_file, plugins, schemas):
    """Well-formed (CycloneDX JSON schema when given), and every bundle of plugins/ listed."""
    problems = []
    try:
        doc = json.load(open(sbom_file, encoding="utf-8"))
    except ValueError as e:
        return [f"{sbom_file} is not JSON: {e}"]
    if schemas:
        problems += schema_problems(doc, schemas)
    else:
        for key in ("bomFormat", "specVersion", "serialNumber", "metadata", "components"):
            if key not in doc:
                problems.append(f"no {key}")
    listed = {}
    for c in doc.get("components", []):
        for field in ("name", "version", "purl", "licenses"):
            if not c.get(field):
                problems.append(f"component {c.get('bom-ref')} has no {field}")
        props = {p["name"]: p["value"] for p in c.get("properties", [])}
        listed[props.get("iotsmm:file", "")] = c
    refs = [c.get("bom-ref") for c in doc.get("components", [])]
    if len(set(refs)) != len(refs):
        problems.append("bom-refs are not unique")
    for f in sorted(os.listdir(plugins)):
        if ("plugins/" + f) not in listed:
            problems.append(f"plugins/{f} is shipped but not in the SBOM")
    for f in listed:
        if not os.path.exists(os.path.join(plugins, f[len("plugins/"):])):
            problems.append(f"{f} is in the SBOM but not shipped")
    return problems


def schema_problems(doc, schemas):
    import jsonschema
    files = {f: json.load(open(os.path.join(schemas, f), encoding="utf-8"))
             for f in os.listdir(schemas) if f.endswith(".json")}
    main = files["bom-1.5.schema.json"]
    try:
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            [(f, Resource.from_contents(s)) for f, s in files.items()]
            + [(s["$id"], Resource.from_contents(s)) for s in files.values() if "$id" in s])
        validator = jsonschema.Draft7Validator(main, registry=registry)
    except ImportError:  # jsonschema before 4.18 (Debian 12): the RefResolver
        store = {f: s for f, s in files.items()}
        store.update({s["$id"]: s for s in files.values() if "$id" in s})
        resolver = jsonschema.RefResolver(base_uri=main.get("$id", ""), referrer=main, store=store)
        validator = jsonschema.Draft7Validator(main, resolver=resolver)
    return [f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}"
            for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))]


# ---------------------------------------------------------------- command line

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=["check", "write", "verify-sbom"])
    p.add_argument("--plugins", required=True, help="folder of bundles (a product's or the update site's plugins/)")
    p.add_argument("--policy", default=os.path.join(ROOT, "releng/licences/policy.json"))
    p.add_argument("--target", default=os.path.join(ROOT, "releng/org.iotsmm.target/org.iotsmm.target.target"))
    p.add_argument("--m2", default=os.path.expanduser("~/.m2/repository"))
    p.add_argument("--out", help="folder for THIRD-PARTY-NOTICES.txt, sbom.cdx.json and LICENSE")
    p.add_argument("--name", default="iotsmm")
    p.add_argument("--version", default="0.0.0")
    p.add_argument("--commit", default="unknown")
    p.add_argument("--kind", default="product", help="product, update-site or command-line")
    p.add_argument("--sbom", help="SBOM to verify")
    p.add_argument("--schemas", help="folder with bom-1.5.schema.json, spdx.schema.json, jsf-0.82.schema.json")
    a = p.parse_args(argv)
    if not os.path.isdir(a.plugins):
        print(f"distribution: no folder {a.plugins}", file=sys.stderr)
        return 2
    if a.command == "verify-sbom":
        problems = verify_sbom(a.sbom, a.plugins, a.schemas)
        for problem in problems[:50]:
            print(f"sbom check: FAIL: {a.sbom}: {problem}", file=sys.stderr)
        if problems:
            return 1
        n = len(json.load(open(a.sbom))["components"])
        print(f"sbom check: {a.sbom}: {'valid CycloneDX 1.5' if a.schemas else 'well-formed'}, "
              f"{n} components, every bundle of {a.plugins} listed")
        return 0
    components = examine(a.plugins, Policy(a.policy), Origins(a.target, a.m2))
    if not check(components, a.plugins):
        return 1
    if a.command == "write":
        os.makedirs(a.out, exist_ok=True)
        with open(os.path.join(a.out, "THIRD-PARTY-NOTICES.txt"), "w", encoding="utf-8") as f:
            f.write(notice(components, a.name, a.version, a.commit))
        with open(os.path.join(a.out, "sbom.cdx.json"), "w", encoding="utf-8") as f:
            json.dump(sbom(components, a.name, a.version, a.commit, a.kind), f, indent=1, sort_keys=False)
            f.write("\n")
        with open(os.path.join(ROOT, "LICENSE"), "rb") as src, open(os.path.join(a.out, "LICENSE"), "wb") as dst:
            dst.write(src.read())
        print(f"distribution: wrote THIRD-PARTY-NOTICES.txt, sbom.cdx.json and LICENSE into {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
