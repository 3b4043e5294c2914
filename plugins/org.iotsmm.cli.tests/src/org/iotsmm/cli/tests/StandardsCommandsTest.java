package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** smm report --format oscal / --standard, smm catalog --standard, smm import --oscal-catalog. */
class StandardsCommandsTest {

	@TempDir
	Path temp;

	@Test
	void reportWritesOscalAndTheStandardSection() throws Exception {
		Path out = temp.resolve("out");
		Run run = Run.smm("report", Repo.example("bottling-line").toString(), "-o", out.toString(), "--format", "md,oscal",
				"--standard", "NIST_CSF", "--quiet");
		assertEquals(0, run.code(), run.toString());
		for (String file : new String[] { "oscal-catalog.json", "oscal-assessment-results.json", "oscal-poam.json" }) {
			assertTrue(run.out().contains(out.resolve(file).toString()), file);
			JsonParser.parseString(Files.readString(out.resolve(file)));
		}
		String md = Files.readString(out.resolve("report.md"));
		assertTrue(md.contains("## Standards mapped to the practices"), "per-practice mappings");
		assertTrue(md.contains("## Standard NIST\\_CSF 2.0"), "the standard's section");
		assertTrue(md.contains("| GV.SC | Cybersecurity Supply Chain Risk Management | gap |"), md);
		assertTrue(md.contains("| GV.OC | Organizational Context | met |"), md);
		assertTrue(md.contains("| GV.OC-01 | (in GV.OC) | not mapped |"), md);
	}

	@Test
	void reportWithAnUnknownStandardIsAUsageError() {
		Run run = Run.smm("report", Repo.example("bottling-line").toString(), "-o", temp.resolve("x").toString(),
				"--format", "md", "--standard", "ISO27001");
		assertEquals(2, run.code(), run.toString());
		assertTrue(run.err().contains("unknown standard 'ISO27001'; available: "), run.err());
		assertTrue(run.err().contains("NIST_CSF"), run.err());
	}

	@Test
	void catalogPrintsTheMappingTable() {
		Run run = Run.smm("catalog", "--standard", "IEC62443_3_3");
		assertEquals(0, run.code(), run.toString());
		assertTrue(run.out().contains("SR 1.1"), run.out());
		assertTrue(run.out().contains("EMI EstablishingIdentities supports"), run.out());
		assertTrue(run.out().contains("(not mapped)"), "unmapped requirements are shown as such");
		Run etsi = Run.smm("catalog", "--standard", "ETSI_EN_303_645");
		assertTrue(etsi.out().contains("5.1-1    (in 5.1)"), etsi.out());
	}

	@Test
	void importTurnsAnOscalCatalogIntoAStandardAndRefusesBadInput() throws Exception {
		Path catalog = Repo.root().resolve("plugins/org.iotsmm.oscal.tests/fixtures/import/small-catalog.json");
		Path smm = temp.resolve("acme.smm");
		Run run = Run.smm("import", "--oscal-catalog", catalog.toString(), "-o", smm.toString(), "--quiet");
		assertEquals(0, run.code(), run.toString());
		assertTrue(Files.readString(smm).contains("standard Acme_Device_Baseline version 2.1"));
		assertEquals(0, Run.smm("validate", smm.toString()).code());

		Path bad = temp.resolve("bad.json");
		Files.writeString(bad, "{\"plan-of-action-and-milestones\": {}}");
		Path notWritten = temp.resolve("not-written.smm");
		Run refused = Run.smm("import", "--oscal-catalog", bad.toString(), "-o", notWritten.toString());
		assertEquals(2, refused.code(), refused.toString());
		assertTrue(refused.err().contains("not an OSCAL catalog"), refused.err());
		assertTrue(refused.err().contains("nothing written"), refused.err());
		assertFalse(Files.exists(notWritten));
	}
}
