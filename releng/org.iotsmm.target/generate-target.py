#!/usr/bin/env python3
"""Regenerates org.iotsmm.target.target from roots/pom.xml.

Maven resolves the roots (one version per artifact). Maven's nearest-wins rule can pick a
version lower than another bundle needs (core.runtime needs equinox.common >= 3.20), so the
enforcer rule requireUpperBoundDeps is run first and every such artifact is pinned to the
highest version asked for, until the rule passes. Every resolved artifact is then written as a
Maven location with includeDependencyDepth="none": the .target is a lock file, and no version
range in an upstream pom can float later.
Run: python3 releng/org.iotsmm.target/generate-target.py   (from the repository root)
"""
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Artifacts without an OSGi manifest that other bundles require by a specific name.
WRAPPED = {
    "org.antlr:antlr-runtime": ("ANTLR 3.2 runtime as org.antlr.runtime (required by Xtext)",
        "Bundle-SymbolicName: org.antlr.runtime\nBundle-Version: 3.2.0\n"
        "Export-Package: org.antlr.runtime.*;version=\"3.2.0\";-noimport:=true\nImport-Package: *;resolution:=optional"),
    "junit:junit": ("JUnit 4 as org.junit (required by org.eclipse.xtext.testing)",
        "Bundle-SymbolicName: org.junit\nBundle-Version: 4.13.2\n"
        "Export-Package: junit.*;version=\"4.13.2\";-noimport:=true,org.junit.*;version=\"4.13.2\";-noimport:=true\n"
        "Import-Package: *;resolution:=optional"),
}
# Artifacts that Maven's one-version resolution drops but an OSGi bundle needs in this older
# version (e4.core.di.extensions.supplier imports jakarta.annotation [2.1.0,3.0.0)).
EXTRA = [("jakarta.annotation", "jakarta.annotation-api", "2.1.1")]

# Batik and its helpers: org.eclipse.e4.ui.css.core requires bundle org.apache.batik.css.
# Imports stay mandatory so p2 installs batik's own dependencies into the product.
BATIK_GROUPS = ("org.apache.xmlgraphics:", "xml-apis:xml-apis-ext")
BATIK_INSTRUCTIONS = (
    "Bundle-SymbolicName: org.apache.${replacestring;${mvnArtifactId};-;.}\n"
    "version: ${version_cleanup;${mvnVersion}}\nBundle-Version: ${version}\n"
    "Export-Package: *;version=\"${version}\";-noimport:=true\n"
    "Import-Package: org.mozilla.*;resolution:=optional,org.python.*;resolution:=optional,"
    "javax.xml.*;version=\"0\",org.w3c.dom.*;version=\"0\",org.xml.sax.*;version=\"0\",*")

# Apache POI and its helpers have no OSGi manifest. Tycho's default wrapping makes every import
# optional, and then neither tycho-surefire nor p2 installs what POI really needs; so the packages
# it uses are mandatory, while the OOXML schema packages stay optional (poi-ooxml-lite references
# schema packages that exist only in poi-ooxml-full). javax.xml/org.w3c/org.xml come from the JDK
# (version 0). No ServiceLoader across bundles: callers use new XSSFWorkbook(...), never WorkbookFactory.
POI_ARTIFACTS = ("org.apache.poi:", "org.apache.xmlbeans:xmlbeans", "com.github.virtuald:curvesapi", "com.zaxxer:SparseBitSet")
POI_INSTRUCTIONS = (
    "Bundle-SymbolicName: ${mvnGroupId}.${mvnArtifactId}\n"
    "version: ${version_cleanup;${mvnVersion}}\nBundle-Version: ${version}\n"
    "Export-Package: *;version=\"${version}\";-noimport:=true\n"
    "Import-Package: org.openxmlformats.*;resolution:=optional,com.microsoft.schemas.*;resolution:=optional,"
    "org.apache.poi.*,org.apache.xmlbeans.*,com.graphbuilder.*,com.zaxxer.*,org.apache.commons.collections4.*,"
    "org.apache.commons.compress.*,org.apache.commons.io.*,org.apache.commons.codec.*,org.apache.commons.math3.*,"
    "org.apache.logging.log4j.*,javax.xml.*;version=\"0\",org.w3c.dom.*;version=\"0\",org.xml.sax.*;version=\"0\","
    "*;resolution:=optional\n"
    "DynamicImport-Package: *")

# Lucene 10 (the help system's search index, imported by org.eclipse.help.base) has no OSGi
# manifest. Its own packages are mandatory so p2 installs lucene-core beside analysis-common and
# smartcn; anything else bnd sees (the optional vector incubator and the like) stays optional.
# Lucene's SPI (codecs, analysis factories) is looked up with each class's own class loader, so the
# META-INF/services of each jar stay visible inside it without SPI Fly.
LUCENE_GROUPS = ("org.apache.lucene:",)
LUCENE_INSTRUCTIONS = (
    "Bundle-SymbolicName: org.apache.${replacestring;${mvnArtifactId};-;.}\n"
    "version: ${version_cleanup;${mvnVersion}}\nBundle-Version: ${version}\n"
    "Export-Package: *;version=\"${version}\";-noimport:=true\n"
    "Import-Package: org.apache.lucene.*,*;resolution:=optional")


def version_key(v):
    return [int(x) if x.isdigit() else -1 for x in re.split(r"[.-]", v)]


def upper_bound_pins(pom):
    """Adds dependencyManagement pins until requireUpperBoundDeps passes; returns the pom path."""
    roots = open(os.path.join(HERE, "roots", "pom.xml")).read()
    pins = {}
    for _ in range(40):
        managed = "".join(f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"
                          for (g, a), v in sorted(pins.items()))
        with open(pom, "w") as f:
            f.write(roots.replace("</properties>", "</properties>\n  <dependencyManagement><dependencies>"
                                  + managed + "</dependencies></dependencyManagement>", 1))
        run = subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-f", pom,
                              "org.apache.maven.plugins:maven-enforcer-plugin:3.5.0:enforce",
                              "-Denforcer.rules=requireUpperBoundDeps"], capture_output=True, text=True)
        if run.returncode == 0:
            print(f"{len(pins)} artifacts pinned to their upper bound", file=sys.stderr)
            return pom
        text = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout + run.stderr)
        blocks = re.split(r"Require upper bound dependencies error for ", text)[1:]
        if not blocks:
            sys.exit("enforcer failed without upper-bound errors:\n" + text[-3000:])
        for block in blocks:
            g, a = block.split(":")[0:2]
            versions = re.findall(r"(?<![\w.-])" + re.escape(g) + ":" + re.escape(a) + r":([^:\s]+)", block)
            pins[(g, a)] = max(versions + [pins.get((g, a), "0")], key=version_key)
    sys.exit("requireUpperBoundDeps did not converge; last errors:\n" + "\n".join(b[:300] for b in blocks[:5]))


def resolve():
    out = tempfile.mktemp(suffix=".txt")
    pom = upper_bound_pins(os.path.join(HERE, "roots", "pom-pinned.xml"))
    subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-f", pom,
                    "dependency:list", "-DincludeScope=runtime", "-DoutputFile=" + out], check=True)
    os.remove(pom)
    gavs = []
    for line in open(out):
        line = re.sub(r"\x1b\[[0-9;]*m", "", line).strip()
        m = re.match(r"([^:\s]+):([^:\s]+):jar:([^:\s]+):(compile|runtime)", line)
        if m:
            gavs.append(m.groups()[:3])
    os.remove(out)
    return sorted(set(gavs))


def dep(g, a, v):
    return (f"        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId>"
            f"<version>{v}</version><type>jar</type></dependency>\n")


def location(label, deps, instructions=None):
    s = (f'    <location type="Maven" label="{label}" includeDependencyDepth="none" '
         f'includeDependencyScopes="compile" includeSource="no" missingManifest="generate">\n'
         f"      <dependencies>\n{''.join(deps)}      </dependencies>\n")
    if instructions:
        s += f"      <instructions><![CDATA[\n{instructions}\n]]></instructions>\n"
    return s + "    </location>\n"


def main():
    gavs = sorted(set(resolve()) | set(EXTRA))
    plain, batik, poi, lucene, wrapped = [], [], [], [], []
    for g, a, v in gavs:
        ga = f"{g}:{a}"
        if ga in WRAPPED:
            wrapped.append((ga, g, a, v))
        elif ga.startswith(POI_ARTIFACTS):
            poi.append(dep(g, a, v))
        elif ga.startswith(LUCENE_GROUPS):
            lucene.append(dep(g, a, v))
        elif ga.startswith(BATIK_GROUPS):
            batik.append(dep(g, a, v))
        else:
            plain.append(dep(g, a, v))
    body = location("Pinned artifacts from Maven Central (generated, see generate-target.py)", plain)
    body += location("Batik CSS and helpers with OSGi names", batik, BATIK_INSTRUCTIONS)
    body += location("Apache POI and its helpers with OSGi manifests", poi, POI_INSTRUCTIONS)
    body += location("Apache Lucene (help search index) with OSGi manifests", lucene, LUCENE_INSTRUCTIONS)
    for ga, g, a, v in wrapped:
        label, instr = WRAPPED[ga]
        body += location(label, [dep(g, a, v)], instr)
    text = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<?pde version="3.8"?>\n'
            "<!-- GENERATED by generate-target.py from roots/pom.xml: edit the roots, then regenerate. -->\n"
            '<target name="IoT SMM Workbench target platform (Maven Central only)" sequenceNumber="1">\n'
            "  <locations>\n" + body + "  </locations>\n"
            '  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>\n'
            "</target>\n")
    with open(os.path.join(HERE, "org.iotsmm.target.target"), "w") as f:
        f.write(text)
    print(f"{len(gavs)} artifacts pinned", file=sys.stderr)


if __name__ == "__main__":
    main()
