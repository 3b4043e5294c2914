package org.iotsmm.fuzz;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iotsmm.report.Questionnaire;

/**
 * Makes the questionnaire seeds of releng/fuzz/corpus/questionnaire-import from the getting-started
 * example: the blank questionnaire {@code smm questionnaire} writes, and the same with every target
 * answered (as an assessor would), both in {@link WorkbookContainer} form. The other seeds are
 * copies of examples and fixtures (see releng/fuzz.sh --make-corpus).
 * Usage: MakeCorpus OUTPUT_FOLDER
 */
public final class MakeCorpus {

	private MakeCorpus() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		Path scratch = Harness.scratch();
		try {
			Path model = Harness.root().resolve("examples/getting-started/getting-started.smm");
			Path blank = scratch.resolve("blank.xlsx");
			Harness.Result made = Harness.smm("-q", "questionnaire", model.toString(), "-o", blank.toString());
			if (made.exit() != 0) {
				throw new IllegalStateException("smm questionnaire failed: " + made.err());
			}
			Files.write(folder.resolve("blank"), WorkbookContainer.fromXlsx(Files.readAllBytes(blank)));
			Path filled = scratch.resolve("filled.xlsx");
			try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
				Sheet sheet = wb.getSheet(Questionnaire.SHEET);
				for (int i = 1; i <= sheet.getLastRowNum(); i++) {
					Row row = sheet.getRow(i);
					row.createCell(Questionnaire.LEVEL).setCellValue(i % 4);
					row.createCell(Questionnaire.SCOPE).setCellValue(i % 2 == 0 ? "general" : "system");
					row.createCell(Questionnaire.EVIDENCE).setCellValue("Seen on site, row " + (i + 1));
					row.createCell(Questionnaire.DATE).setCellValue("2026-10-0" + (1 + i % 9));
				}
				try (OutputStream out = Files.newOutputStream(filled)) {
					wb.write(out);
				}
			}
			Files.write(folder.resolve("filled"), WorkbookContainer.fromXlsx(Files.readAllBytes(filled)));
			Files.copy(filled, folder.resolve("filled-raw.xlsx"));
		} finally {
			Harness.delete(scratch);
		}
	}
}
