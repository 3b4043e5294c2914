package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export a questionnaire, fill it with POI, import it, and check the analysis sees the new assessment. */
class QuestionnaireRoundTripTest {

	@TempDir
	Path temp;

	private Path copyOfBottlingLine() throws Exception {
		return Files.copy(Repo.example("bottling-line").resolve("bottling-line.smm"), temp.resolve("line.smm"));
	}

	private Path exportAndFill(Path model, boolean valid) throws Exception {
		Path xlsx = temp.resolve("line-q.xlsx");
		Run export = Run.smm("questionnaire", model.toString(), "--target", "Year1", "-o", xlsx.toString(), "-q");
		assertEquals(0, export.code(), export.toString());
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet(Questionnaire.SHEET);
			assertTrue(sheet.getLastRowNum() >= 10, "a row per targeted practice and element");
			assertTrue(sheet.getRow(1).getCell(Questionnaire.LEVEL1).getStringCellValue().length() > 10, "level guidance");
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				int target = (int) row.getCell(Questionnaire.TARGET_LEVEL).getNumericCellValue();
				row.getCell(Questionnaire.LEVEL).setCellValue(valid ? target : 9);
				row.getCell(Questionnaire.SCOPE).setCellValue(row.getCell(Questionnaire.TARGET_SCOPE).getStringCellValue());
				row.getCell(Questionnaire.EVIDENCE).setCellValue("Checked \"on site\", row " + (i + 1));
				row.getCell(Questionnaire.REFERENCE).setCellValue("Visit report VR-" + i);
				row.getCell(Questionnaire.DATE).setCellValue("2026-11-02");
			}
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				wb.write(out);
			}
		}
		return xlsx;
	}

	@Test
	void filledQuestionnaireBecomesANewAssessmentAndTheRestOfTheFileIsUntouched() throws Exception {
		Path model = copyOfBottlingLine();
		String original = Files.readString(model, StandardCharsets.UTF_8);
		Path xlsx = exportAndFill(model, true);
		Run run = Run.smm("import", xlsx.toString(), "--into", model.toString(), "--name", "Autumn", "--date", "2026-11-03",
				"--assessor", "Ines", "--kind", "independent", "-q");
		assertEquals(0, run.code(), run.toString());
		String result = Files.readString(model, StandardCharsets.UTF_8);
		int insertedAt = original.lastIndexOf('}');
		assertTrue(result.startsWith(original.substring(0, insertedAt)), "everything before the insertion is unchanged");
		assertTrue(result.endsWith(original.substring(insertedAt)), "the closing brace and what follows are unchanged");
		String block = result.substring(insertedAt, result.length() - (original.length() - insertedAt));
		assertTrue(block.contains("\n  assessment Autumn \"Imported from line-q.xlsx\" date 2026-11-03 by Ines kind independent against Year1 {\n"), block);
		assertTrue(block.contains("evidence \"Checked \\\"on site\\\", row 2\" ref \"Visit report VR-1\" dated 2026-11-02"), block);

		ModelLoader loader = SmmStandaloneSetup.doSetup().getInstance(ModelLoader.class);
		LoadedModels models = loader.load(List.of(model));
		assertEquals(List.of(), models.errors());
		org.iotsmm.smm.System system = models.systems().get(0);
		GapReport report = new GapAnalysis().analyse(system);
		assertEquals("Autumn", report.assessment(), "the newest assessment is the imported one");
		RollUp all = report.overall();
		assertEquals(0, all.practicesWithGap(), "every target was filled in at its level and scope");
		assertEquals(0, all.practicesNotAssessed());
		assertEquals(all.practicesWithTarget(), all.practicesMet());
		assertEquals("Reassessment", report.trend().from());
	}

	/** Fills every row at its target level with an evidence kind and indicator numbers of that level. */
	private Path exportAndFillWithIndicators(Path model, String kind, String indicators) throws Exception {
		Path xlsx = exportAndFill(model, true);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet(Questionnaire.SHEET);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				sheet.getRow(i).getCell(Questionnaire.EVIDENCE_KIND).setCellValue(kind);
				sheet.getRow(i).getCell(Questionnaire.INDICATORS).setCellValue(indicators);
			}
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				wb.write(out);
			}
		}
		return xlsx;
	}

	@Test
	void workbookAsksForKindAndIndicatorsAndImportWritesThemBack() throws Exception {
		Path model = copyOfBottlingLine();
		Path xlsx = exportAndFillWithIndicators(model, "test", "2, 1");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet(Questionnaire.SHEET);
			assertTrue(sheet.getRow(0).getCell(Questionnaire.EVIDENCE_KIND).getStringCellValue().contains("evidence kind"));
			assertTrue(sheet.getRow(0).getCell(Questionnaire.INDICATORS).getStringCellValue().contains("indicators"));
			assertTrue(sheet.getRow(1).getCell(Questionnaire.LEVEL1 + 2).getStringCellValue().contains("\nIndicators:\n1. "),
					"level guidance numbers its indicators: " + sheet.getRow(1).getCell(Questionnaire.LEVEL1 + 2));
			boolean kindListed = sheet.getDataValidations().stream().anyMatch(v -> v.getValidationConstraint()
					.getExplicitListValues() != null
					&& List.of(v.getValidationConstraint().getExplicitListValues()).equals(Questionnaire.EVIDENCE_KINDS));
			assertTrue(kindListed, "the kind column offers the kinds as a list");
		}
		Run run = Run.smm("import", xlsx.toString(), "--into", model.toString(), "--name", "Autumn", "--date", "2026-11-03",
				"--assessor", "Ines", "-q");
		assertEquals(0, run.code(), run.toString());
		String result = Files.readString(model, StandardCharsets.UTF_8);
		assertTrue(result.contains("evidence test \"Checked \\\"on site\\\", row 2\" ref \"Visit report VR-1\" dated 2026-11-02 shows indicators 2, 1\n"),
				result.substring(result.indexOf("assessment Autumn")));

		ModelLoader loader = SmmStandaloneSetup.doSetup().getInstance(ModelLoader.class);
		LoadedModels models = loader.load(List.of(model));
		assertEquals(List.of(), models.errors());
		assertEquals(List.of(), models.warnings(), "level 3 findings now show indicators of their level");
		org.iotsmm.smm.Assessment autumn = models.systems().get(0).getAssessments().stream()
				.filter(a -> a.getName().equals("Autumn")).findFirst().orElseThrow();
		for (org.iotsmm.smm.Finding finding : autumn.getFindings()) {
			assertEquals(org.iotsmm.smm.EvidenceKind.TEST, finding.getEvidence().get(0).getKind());
			assertEquals(List.of(2, 1), finding.getEvidence().get(0).getIndicators());
		}
	}

	@Test
	void unknownIndicatorOrKindIsRefusedByRow() throws Exception {
		Path model = copyOfBottlingLine();
		byte[] before = Files.readAllBytes(model);
		Path xlsx = exportAndFillWithIndicators(model, "document", "1, 9");
		Run run = Run.smm("import", xlsx.toString(), "--into", model.toString(), "-q");
		assertEquals(2, run.code(), run.toString());
		assertTrue(run.err().contains("row 2: practice ") && run.err().contains("there is no indicator 9"), run.err());
		assertArrayEquals(before, Files.readAllBytes(model));

		Path memo = exportAndFillWithIndicators(model, "memo", "1");
		Run badKind = Run.smm("import", memo.toString(), "--into", model.toString(), "-q");
		assertEquals(2, badKind.code(), badKind.toString());
		assertTrue(badKind.err().contains("R2: evidence kind 'memo' is not one of document, interview"), badKind.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void invalidResultIsRefusedAndTheModelStaysAsItWas() throws Exception {
		Path model = copyOfBottlingLine();
		byte[] before = Files.readAllBytes(model);
		Path xlsx = exportAndFill(model, true);
		Run unknownAssessor = Run.smm("import", xlsx.toString(), "--into", model.toString(), "--assessor", "Nobody", "-q");
		assertEquals(1, unknownAssessor.code(), unknownAssessor.toString());
		assertTrue(unknownAssessor.err().contains("would not validate") && unknownAssessor.err().contains("Nobody"),
				unknownAssessor.err());
		assertArrayEquals(before, Files.readAllBytes(model));
		Run duplicate = Run.smm("import", xlsx.toString(), "--into", model.toString(), "--name", "Baseline", "-q");
		assertEquals(2, duplicate.code());
		assertTrue(duplicate.err().contains("already has an assessment Baseline"), duplicate.err());
		assertArrayEquals(before, Files.readAllBytes(model));
		try (var files = Files.list(temp)) {
			assertEquals(List.of("line-q.xlsx", "line.smm"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file left");
		}
	}

	@Test
	void badCellsAreListedByAddress() throws Exception {
		Path model = copyOfBottlingLine();
		byte[] before = Files.readAllBytes(model);
		Path xlsx = exportAndFill(model, false);
		Run run = Run.smm("import", xlsx.toString(), "--into", model.toString(), "-q");
		assertEquals(2, run.code(), run.toString());
		assertTrue(run.err().contains("L2: level '9' is not a whole number from 0 to 4"), run.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}
}
