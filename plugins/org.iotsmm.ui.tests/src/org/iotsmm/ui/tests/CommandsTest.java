package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.report.Questionnaire;
import org.iotsmm.report.ReportWriter.Format;
import org.iotsmm.ui.commands.Commands;
import org.iotsmm.ui.commands.ReportJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMM commands, run as the handlers run them (jobs), checked by their files and editor text. */
class CommandsTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	private static IStatus runToEnd(Job job) {
		job.schedule();
		Workbench.waitUntil(job.getName(), () -> job.getResult() != null);
		return job.getResult();
	}

	@Test
	void generateReportWritesTheFilesIntoTheProjectAndTheJobFinishes() throws Exception {
		IProject project = Workbench.project("cmd-report", "examples/bottling-line/bottling-line.smm");
		IFile model = project.getFile("bottling-line.smm");
		ReportJob job = new ReportJob(model, null, null, EnumSet.of(Format.HTML, Format.JSON, Format.CSV, Format.SVG), "reports");
		IStatus status = runToEnd(job);
		assertTrue(status.isOK(), status.toString());
		List<String> names = job.written().stream().map(IFile::getName).toList();
		assertTrue(names.containsAll(List.of("report.html", "gap-report.json", "gaps.csv", "roadmap.csv", "architecture.svg")), names.toString());
		for (IFile f : job.written()) {
			assertTrue(f.exists(), f + " is in the workspace (refreshed)");
			assertTrue(Files.size(f.getLocation().toFile().toPath()) > 100, f + " has content");
		}
		String html = Files.readString(project.getFile("reports/report.html").getLocation().toFile().toPath());
		assertTrue(html.contains("BottlingLine"), "the report is about the model");
	}

	@Test
	void reportOfAModelWithErrorsNamesTheLineAndWritesNothing() throws Exception {
		IProject project = Workbench.project("cmd-broken", "examples/getting-started/getting-started.smm");
		IFile model = project.getFile("getting-started.smm");
		String text = new String(model.getContents().readAllBytes()).replace("on Dashboard priority high", "on Nowhere priority high");
		model.setContents(new java.io.ByteArrayInputStream(text.getBytes()), true, false, null);
		Workbench.waitForJobs();
		ReportJob job = new ReportJob(model, null, null, EnumSet.of(Format.HTML), "reports");
		IStatus status = runToEnd(job);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("getting-started.smm:"), status.getMessage());
		assertTrue(!project.getFolder("reports").exists() || project.getFolder("reports").members().length == 0);
	}

	@Test
	void exportedQuestionnaireFilledAndImportedBecomesAnUndoableAssessment() throws Exception {
		IProject project = Workbench.project("cmd-questionnaire", "examples/getting-started/getting-started.smm");
		IFile model = project.getFile("getting-started.smm");
		IStatus exported = runToEnd(Commands.exportQuestionnaire(model, "FirstYear"));
		assertTrue(exported.isOK(), exported.toString());
		IFile workbook = project.getFile("MeetingRooms-FirstYear-questionnaire.xlsx");
		assertTrue(workbook.exists(), "workbook written beside the model and refreshed");
		Path filled = Files.createTempFile("filled", ".xlsx");
		int answers;
		try (InputStream in = workbook.getContents(); Workbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet(Questionnaire.SHEET);
			answers = sheet.getLastRowNum();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				row.getCell(Questionnaire.LEVEL).setCellValue((int) row.getCell(Questionnaire.TARGET_LEVEL).getNumericCellValue());
				row.getCell(Questionnaire.SCOPE).setCellValue(row.getCell(Questionnaire.TARGET_SCOPE).getStringCellValue());
				row.getCell(Questionnaire.EVIDENCE).setCellValue("Checked on site, row " + i);
				row.getCell(Questionnaire.DATE).setCellValue("2026-11-02");
			}
			try (OutputStream out = Files.newOutputStream(filled)) {
				wb.write(out);
			}
		}
		assertTrue(answers > 0);
		ITextEditor editor = Workbench.open(model);
		IDocument document = Workbench.document(editor);
		String before = document.get();
		IStatus imported = runToEnd(Commands.importQuestionnaire(model, filled));
		assertTrue(imported.isOK(), imported.toString());
		Workbench.waitUntil("the imported assessment in the editor", () -> document.get().contains("Imported from " + filled.getFileName()));
		assertTrue(editor.isDirty(), "the import is an unsaved edit");
		assertTrue(document.get().startsWith(before.substring(0, before.lastIndexOf('}'))), "the rest of the text is untouched");
		assertTrue(Validation.errors(model).isEmpty(), Validation.errors(model).toString());
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
		assertEquals(before, document.get(), "one undo removes the import");
		Files.delete(filled);
	}

	@Test
	void newAssessmentFromTargetListsTheTargetedPracticesAndValidates() throws Exception {
		IProject project = Workbench.project("cmd-skeleton", "examples/getting-started/getting-started.smm");
		IFile model = project.getFile("getting-started.smm");
		ITextEditor editor = Workbench.open(model);
		IDocument document = Workbench.document(editor);
		String before = document.get();
		IStatus status = runToEnd(Commands.newAssessment(model, "FirstYear"));
		assertTrue(status.isOK(), status.toString());
		Workbench.waitUntil("the skeleton in the editor", () -> !document.get().equals(before));
		String added = document.get().substring(before.lastIndexOf('}'));
		for (String practice : List.of("EstablishingIdentities", "AccessControl", "PatchManagement", "PhysicalProtection")) {
			assertTrue(document.get().contains("practice " + practice + " level 0"), practice + " in\n" + document.get());
		}
		assertNotEquals(before, document.get());
		assertTrue(added.length() > 0);
		Workbench.waitForJobs();
		assertTrue(Validation.errors(model).isEmpty(), Validation.errors(model).toString());
	}

	@Test
	void compareAssessmentsGivesTheDiffOfTheCommandLine() throws Exception {
		IProject project = Workbench.project("cmd-compare", "examples/bottling-line/bottling-line.smm");
		IFile model = project.getFile("bottling-line.smm");
		String first = Files.readString(org.iotsmm.testing.Repo.example("bottling-line").resolve("bottling-line.smm"));
		List<String> names = java.util.regex.Pattern.compile("\\n\\s*assessment (\\w+)").matcher(first).results()
				.map(m -> m.group(1)).toList();
		assertTrue(names.size() >= 2, names.toString());
		AtomicReference<String> shown = new AtomicReference<>();
		IStatus status = runToEnd(Commands.compare(model, names.get(0), names.get(1), shown::set));
		assertTrue(status.isOK(), status.toString());
		Workbench.waitUntil("the comparison", () -> shown.get() != null);
		assertTrue(shown.get().startsWith("BottlingLine: " + names.get(0)), shown.get());
		assertTrue(shown.get().contains("improved"), shown.get());
	}
}
