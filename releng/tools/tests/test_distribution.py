"""Tests of the licence check, the notice and the SBOM (releng/tools/distribution.py).

Fixtures are bundles written into a temporary plugins/ folder: one of ours, one third-party
bundle with a declared licence. The last test runs the check on the real product when the build
has produced it. Run: python3 -m unittest discover -s releng/tools/tests -v
"""
import io, json, os, sys, tempfile, unittest, zipfile
from contextlib import redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.dirname(HERE))
import distribution  # noqa: E402

PRODUCT = os.path.join(ROOT, "releng/org.iotsmm.repository/target/products/org.iotsmm.workbench/linux/gtk/x86_64/iotsmm-workbench")


def bundle(folder, bsn, version, headers=None, about=False):
    manifest = f"Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: {bsn}\nBundle-Version: {version}\n"
    for k, v in (headers or {}).items():
        manifest += f"{k}: {v}\n"
    path = os.path.join(folder, f"{bsn}_{version}.jar")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("META-INF/MANIFEST.MF", manifest)
        if about:
            z.writestr("about.html", "<html>EPL-2.0</html>")
    return path


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = distribution.main(list(args))
    return code, out.getvalue(), err.getvalue()


class LicenceCheckTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.plugins = os.path.join(self.tmp.name, "plugins")
        os.makedirs(self.plugins)
        # no target artifacts: third-party origin comes from nothing here, so give an empty target
        self.target = os.path.join(self.tmp.name, "empty.target")
        with open(self.target, "w") as f:
            f.write("<target><locations/></target>")
        self.policy = os.path.join(ROOT, "releng/licences/policy.json")

    def tearDown(self):
        self.tmp.cleanup()

    def check(self):
        return run("check", "--plugins", self.plugins, "--target", self.target, "--policy", self.policy,
                   "--m2", self.tmp.name)

    def test_fails_on_a_bundle_that_declares_gpl3(self):
        bundle(self.plugins, "org.iotsmm.model", "0.1.0.1", about=True)
        bundle(self.plugins, "com.example.gplonly", "1.0.0", {"Bundle-License": "GPL-3.0-only"})
        code, _, err = self.check()
        self.assertEqual(1, code)
        self.assertIn("com.example.gplonly_1.0.0.jar: licence GPL-3.0-only (Bundle-License of the manifest) "
                      "is not accepted for EPL-2.0 distribution", err)
        self.assertNotIn("org.iotsmm.model", err)

    def test_fails_on_a_gpl_pom_licence_spelled_out(self):
        bundle(self.plugins, "com.example.gpl", "1.0.0", {"Bundle-License": "GNU General Public License (GPL)"})
        code, _, err = self.check()
        self.assertEqual(1, code)
        self.assertIn("GPL-3.0-or-later", err)

    def test_fails_on_an_unknown_licence_and_on_no_licence(self):
        bundle(self.plugins, "com.example.odd", "1.0.0", {"Bundle-License": "Some Custom Licence v7"})
        bundle(self.plugins, "com.example.none", "1.0.0")
        code, _, err = self.check()
        self.assertEqual(1, code)
        self.assertIn("licence not recognised: 'Some Custom Licence v7'", err)
        self.assertIn("com.example.none_1.0.0.jar: no licence found", err)

    def test_fails_on_our_bundle_without_about_html(self):
        bundle(self.plugins, "org.iotsmm.report", "0.1.0.1")
        code, _, err = self.check()
        self.assertEqual(1, code)
        self.assertIn("our bundle carries no about.html", err)

    def test_accepts_permissive_and_dual_licences(self):
        bundle(self.plugins, "org.iotsmm.model", "0.1.0.1", about=True)
        bundle(self.plugins, "com.example.apache", "2.0.0",
               {"Bundle-License": "https://www.apache.org/licenses/LICENSE-2.0.txt"})
        bundle(self.plugins, "com.example.epl", "1.0.0",
               {"Bundle-License": 'Eclipse Public License, Version 2.0;link="http://www.eclipse.org/legal/epl-2.0"'})
        policy = distribution.Policy(self.policy)
        self.assertTrue(policy.acceptable("LGPL-2.1-or-later OR Apache-2.0"))
        self.assertFalse(policy.acceptable("GPL-3.0-only OR AGPL-3.0-only"))
        self.assertFalse(policy.acceptable("Apache-2.0 AND GPL-3.0-only"))
        # third-party bundles need a known origin too: with an empty target they are reported as such
        code, _, err = self.check()
        self.assertEqual(1, code)
        self.assertIn("com.example.apache_2.0.0.jar: origin unknown", err)
        self.assertNotIn("not accepted", err)
        self.assertNotIn("not recognised", err)


class SbomTest(unittest.TestCase):
    """The SBOM written for a folder of bundles lists each of them; the check notices any mismatch."""

    def test_sbom_lists_every_bundle_and_the_check_notices_a_missing_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            plugins = os.path.join(tmp, "plugins")
            os.makedirs(plugins)
            for name in ("org.iotsmm.model", "org.iotsmm.dsl", "org.iotsmm.cli"):
                bundle(plugins, name, "0.1.0.202612010000", about=True)
            target = os.path.join(tmp, "empty.target")
            with open(target, "w") as f:
                f.write("<target/>")
            code, _, err = run("write", "--plugins", plugins, "--out", tmp, "--target", target, "--m2", tmp,
                               "--name", "fixture", "--version", "0.1.0.202612010000", "--commit", "abc")
            self.assertEqual(0, code, err)
            sbom = os.path.join(tmp, "sbom.cdx.json")
            doc = json.load(open(sbom))
            self.assertEqual("1.5", doc["specVersion"])
            self.assertEqual(["pkg:generic/org.iotsmm/org.iotsmm.cli@0.1.0.202612010000",
                              "pkg:generic/org.iotsmm/org.iotsmm.dsl@0.1.0.202612010000",
                              "pkg:generic/org.iotsmm/org.iotsmm.model@0.1.0.202612010000"],
                             [c["purl"] for c in doc["components"]])
            self.assertEqual({"EPL-2.0"}, {c["licenses"][0]["license"]["id"] for c in doc["components"]})
            schemas = os.path.join(ROOT, "releng/org.iotsmm.repository/target/cyclonedx-schemas")
            args = ["--schemas", schemas] if os.path.isdir(schemas) else []
            self.assertEqual(0, run("verify-sbom", "--sbom", sbom, "--plugins", plugins, *args)[0])
            bundle(plugins, "org.iotsmm.report", "0.1.0.202612010000", about=True)
            code, _, err = run("verify-sbom", "--sbom", sbom, "--plugins", plugins, *args)
            self.assertEqual(1, code)
            self.assertIn("plugins/org.iotsmm.report_0.1.0.202612010000.jar is shipped but not in the SBOM", err)
            self.assertIn("THIRD-PARTY-NOTICES.txt", os.listdir(tmp))


@unittest.skipUnless(os.path.isdir(os.path.join(PRODUCT, "plugins")), "the product is not built (./mvnw verify)")
class RealProductTest(unittest.TestCase):
    """The product the build made: its licences pass and its SBOM lists every bundle."""

    def test_real_product_passes_and_its_sbom_lists_every_bundle(self):
        code, out, err = run("check", "--plugins", os.path.join(PRODUCT, "plugins"))
        self.assertEqual(0, code, err)
        self.assertIn("every licence known and accepted", out)
        code, out, err = run("verify-sbom", "--sbom", os.path.join(PRODUCT, "sbom.cdx.json"),
                             "--plugins", os.path.join(PRODUCT, "plugins"))
        self.assertEqual(0, code, err)
        sbom = json.load(open(os.path.join(PRODUCT, "sbom.cdx.json")))
        shipped = sorted(os.listdir(os.path.join(PRODUCT, "plugins")))
        listed = sorted(p["value"][len("plugins/"):] for c in sbom["components"] for p in c["properties"]
                        if p["name"] == "iotsmm:file")
        self.assertEqual(shipped, listed)
        for c in sbom["components"]:
            self.assertTrue(c["purl"].startswith(("pkg:maven/", "pkg:generic/org.iotsmm/")), c["purl"])
        self.assertFalse(any("jfree.svg" in f or "jfreesvg" in f for f in shipped), "JFreeSVG must not be shipped")
        notice = open(os.path.join(PRODUCT, "THIRD-PARTY-NOTICES.txt"), encoding="utf-8").read()
        self.assertIn("org.apache.batik.svggen", notice)


if __name__ == "__main__":
    unittest.main()
