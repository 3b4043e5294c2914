package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** smm report, diff, questionnaire: outputs and exit codes, in-process. */
class CommandsTest {

	@TempDir
	Path temp;

	private static String example(String name) {
		return Repo.example(name).toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void reportWritesEveryFormat(String example) throws Exception {
		Path out = temp.resolve(example);
		Run run = Run.smm("report", example(example), "-o", out.toString(), "--quiet");
		assertEquals(0, run.code(), run.toString());
		List<String> files = List.of("report.html", "report.pdf", "report.md", "gap-report.json", "gaps.csv", "roadmap.csv",
				"report.xlsx", "architecture.svg", "maturity-profile.svg", "trend.svg", "coverage.svg", "architecture.png",
				"maturity-profile.png", "trend.png", "coverage.png");
		for (String f : files) {
			assertTrue(Files.size(out.resolve(f)) > 200, f);
			assertTrue(run.out().contains(out.resolve(f).toString()), "listed on stdout: " + f);
		}
		assertEquals("", run.err(), "quiet run prints nothing on stderr");
		String html = Files.readString(out.resolve("report.html"));
		assertTrue(html.contains("id='component:") || html.contains("id=\"component:"),
				"the architecture diagram is inlined in the HTML");
		javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(out.resolve("report.html").toFile()); // still well-formed with the figures inlined
		assertFalse(html.contains("Figure not available"), "every figure is inlined");
		assertTrue(new String(Files.readAllBytes(out.resolve("report.pdf")), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
		try (Stream<Path> all = Files.list(out)) {
			assertEquals(files.size(), all.count(), "no temporary file left");
		}
	}

	@Test
	void reportWithChosenAssessmentAndFormats() throws Exception {
		Path out = temp.resolve("baseline");
		Run run = Run.smm("report", example("bottling-line"), "--assessment", "Baseline", "--target", "Year1", "--format",
				"json,csv", "-o", out.toString());
		assertEquals(0, run.code(), run.toString());
		assertTrue(run.err().contains("smm: writing"), "progress on stderr");
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("gap-report.json"))).getAsJsonObject();
		assertEquals("Baseline", json.get("assessment").getAsString());
		assertFalse(Files.exists(out.resolve("report.html")));
	}

	@Test
	void exitCodes() throws Exception {
		Run missing = Run.smm("report", temp.resolve("nothing.smm").toString(), "-o", temp.toString());
		assertEquals(2, missing.code(), missing.toString());
		assertTrue(missing.err().contains("nothing.smm: no such file or folder"), missing.err());

		Run target = Run.smm("report", example("bottling-line"), "--target", "Year9", "-o", temp.resolve("x").toString());
		assertEquals(2, target.code(), target.toString());
		assertTrue(target.err().contains("unknown target set 'Year9'") && target.err().contains("available: Year1"), target.err());

		Run assessment = Run.smm("diff", example("bottling-line"), "--from", "Nope", "--to", "Reassessment");
		assertEquals(2, assessment.code());
		assertTrue(assessment.err().contains("available: Baseline, Reassessment"), assessment.err());

		Run broken = Run.smm("report", Repo.fixture("broken.smm").toString(), "-o", temp.resolve("y").toString());
		assertEquals(1, broken.code(), broken.toString());
		assertTrue(broken.err().contains("broken.smm:4:"), "errors listed with file and line: " + broken.err());
		assertFalse(Files.exists(temp.resolve("y")), "nothing written for a model with errors");

		Run option = Run.smm("report", example("bottling-line"), "-o", temp.toString(), "--colour");
		assertEquals(2, option.code());
		Run format = Run.smm("report", example("bottling-line"), "-o", temp.toString(), "--format", "docx");
		assertEquals(2, format.code());
		assertTrue(format.err().contains("unknown format 'docx'"), format.err());
		Path file = Files.writeString(temp.resolve("a-file"), "x");
		Run notDir = Run.smm("report", example("bottling-line"), "-o", file.toString());
		assertEquals(2, notDir.code());
		assertTrue(notDir.err().contains("is a file"), notDir.err());
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "report", "diff", "questionnaire", "import", "validate" }) {
			Run help = Run.smm(command, "--help");
			assertEquals(0, help.code(), command);
			assertTrue(help.out().contains("Usage: smm " + command), help.out());
		}
	}

	@Test
	void diffAsTextAndJson() {
		Run text = Run.smm("diff", example("bottling-line"), "--from", "Baseline", "--to", "Reassessment");
		assertEquals(0, text.code(), text.toString());
		assertTrue(text.out().contains("REGRESSED:"), text.out());
		assertTrue(text.out().contains("Protection.MonitoringPractices on PlantFloor: 2 general -> 1 general")
				|| text.out().contains("MonitoringPractices on PlantFloor: 2 general -> 1 general"), text.out());
		Run json = Run.smm("diff", example("bottling-line"), "--from", "Baseline", "--to", "Reassessment", "--json");
		assertEquals(0, json.code());
		JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals("iotsmm-trend/1", o.get("format").getAsString());
		int regressed = o.getAsJsonObject("counts").get("REGRESSED").getAsInt();
		assertTrue(regressed >= 1);
		long listed = o.getAsJsonArray("entries").asList().stream()
				.filter(e -> e.getAsJsonObject().get("change").getAsString().equals("REGRESSED")).count();
		assertEquals(regressed, listed);
	}

	@Test
	void questionnaireRefusesToOverwriteItsInput() throws Exception {
		Path model = Files.copy(Repo.example("bottling-line").resolve("bottling-line.smm"), temp.resolve("line.smm"));
		byte[] before = Files.readAllBytes(model);
		Run run = Run.smm("questionnaire", model.toString(), "--target", "Year1", "-o", model.toString());
		assertEquals(2, run.code(), run.toString());
		assertTrue(run.err().contains("refusing to overwrite"), run.err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)));
	}
}
