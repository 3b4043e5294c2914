package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iotsmm.report.Questionnaire;
import org.iotsmm.report.UntrustedWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questionnaires that come back hostile or broken: each is generated here (POI and java.util.zip,
 * no binary fixtures), imported with smm import, and must be refused with a message that names the
 * sheet and cell or the part, exit code 2, the model byte for byte as before (by SHA-256) and no
 * file left beside it. Each fixture is also kept in target/hostile-workbooks for a run of the
 * installed command under -Xmx256m (releng/hostile-workbooks.sh).
 */
class HostileWorkbooksTest {

	@TempDir
	Path temp;

	private Path model;
	private String modelHash;
	private Path questionnaire;

	@BeforeEach
	void exportAQuestionnaire() throws Exception {
		model = Files.copy(Repo.example("bottling-line").resolve("bottling-line.smm"), temp.resolve("line.smm"));
		modelHash = sha256(model);
		questionnaire = temp.resolve("exported.xlsx");
		Run export = Run.smm("questionnaire", model.toString(), "--target", "Year1", "-o", questionnaire.toString(), "-q");
		assertEquals(0, export.code(), export.toString());
	}

	// ---- the archive: size, parts, XML

	@Test
	void zipBombIsRefusedWithoutUnpackingIt() throws Exception {
		Path bomb = rezip("zip-bomb", name -> null, zip -> {
			zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) { // 1 GB of zeros, about 1 MB packed
				zip.write(zeros);
			}
			zip.closeEntry();
		});
		assertTrue(Files.size(bomb) < 4 << 20, "the bomb itself is small");
		refused(bomb, "part xl/media/image1.png unpacks to more than 24 MB (a zip bomb?); refused");
	}

	@Test
	void manyMediumPartsAreRefusedByTheirTotal() throws Exception {
		Path bomb = rezip("zip-bomb-total", name -> null, zip -> {
			byte[] zeros = new byte[1 << 20];
			for (int part = 0; part < 5; part++) {
				zip.putNextEntry(new ZipEntry("xl/media/image" + part + ".png"));
				for (int i = 0; i < 20; i++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
		});
		refused(bomb, "the workbook unpacks to more than 48 MB (a zip bomb?); refused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xl/workbook.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "[Content_Types].xml",
			"_rels/.rels" })
	void xmlExternalEntityInAnyPartIsRefused(String part) throws Exception {
		Path xxe = rezip("xxe-" + part.replaceAll("[^A-Za-z0-9]", "_"), name -> name.equals(part) ? text -> {
			String doctype = "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>";
			int afterDeclaration = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
			String withDoctype = text.substring(0, afterDeclaration) + doctype + text.substring(afterDeclaration);
			return withDoctype.replaceFirst("(<[A-Za-z][^>]*[^/]>)", "$1&secret;");
		} : null, zip -> {
		});
		refused(xxe, "part " + part + " declares a document type (<!DOCTYPE>)");
	}

	@Test
	void anEntityWithoutDeclarationIsRefused() throws Exception {
		Path xxe = rezip("undeclared-entity", name -> name.equals("xl/sharedStrings.xml")
				? text -> text.replaceFirst("<t>", "<t>&secret;")
				: null, zip -> {
				});
		refused(xxe, "part xl/sharedStrings.xml refers to an entity (&secret;) that is not XML's own, refused");
	}

	@Test
	void aMillionRowsAreRefusedBeforeTheSheetIsLoaded() throws Exception {
		Path huge = rezip("million-rows", name -> name.equals("xl/worksheets/sheet2.xml") ? text -> {
			StringBuilder rows = new StringBuilder(16_000_000);
			for (int r = 1; r <= 1_000_000; r++) {
				rows.append("<row r=\"").append(r).append("\"/>");
			}
			return text.replace("<sheetData>", "<sheetData>" + rows);
		} : null, zip -> {
		});
		refused(huge, "sheet 'Questionnaire' has more than " + UntrustedWorkbook.MAX_ROWS + " rows");
	}

	@Test
	void aSheetJustWithinTheRowLimitIsReadAndItsMisfitsListedBriefly() throws Exception {
		Path big = filled("rows-at-limit", sheet -> {
			for (int r = sheet.getLastRowNum() + 1; r < UntrustedWorkbook.MAX_ROWS - 1; r++) {
				Row row = sheet.createRow(r);
				row.createCell(Questionnaire.PRACTICE).setCellValue("Governance.Practice" + r);
				row.createCell(Questionnaire.LEVEL).setCellValue(2);
			}
		});
		Run run = refused(big, ": unknown practice 'Governance.Practice");
		assertTrue(run.err().contains("\n  ... and "), "a long list is cut short");
		assertTrue(run.err().lines().count() < 80, run.err().lines().count() + " lines");
	}

	// ---- not a workbook at all

	@Test
	void passwordProtectedWorkbookIsNamedAsSuch() throws Exception {
		Path encrypted = temp.resolve("encrypted.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(filledNotKept("plain", sheet -> {
				}), out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		keep(encrypted, "encrypted");
		refused(encrypted, "the workbook is password-protected (encrypted)");
	}

	@Test
	void anOldExcelFileIsNamedAsSuch() throws Exception {
		Path xls = temp.resolve("old.xls");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(xls)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
			fs.writeFilesystem(out);
		}
		keep(xls, "old-xls");
		refused(xls, "Excel 97-2003 (.xls) or other OLE2 file, not an .xlsx workbook");
	}

	@Test
	void aTruncatedWorkbookIsDamaged() throws Exception {
		byte[] whole = Files.readAllBytes(filledNotKept("whole", sheet -> {
		}));
		Path truncated = Files.write(temp.resolve("truncated.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
		keep(truncated, "truncated");
		refused(truncated, "the workbook is damaged");
	}

	@Test
	void aWorkbookWithScrambledBytesIsDamaged() throws Exception {
		byte[] bytes = Files.readAllBytes(filledNotKept("whole", sheet -> {
		}));
		java.util.Random random = new java.util.Random(16);
		for (int i = 0; i < 40; i++) {
			int at = 200 + random.nextInt(bytes.length - 400);
			bytes[at] ^= (byte) (1 + random.nextInt(255));
		}
		Path scrambled = Files.write(temp.resolve("scrambled.xlsx"), bytes);
		keep(scrambled, "scrambled");
		refused(scrambled, "the workbook is damaged");
	}

	@Test
	void filesThatAreNotWorkbooksAreNamedAsSuch() throws Exception {
		refused(Files.writeString(temp.resolve("answers.xlsx"), "Practice;Level\nGovernance.Policy;3\n"),
				"not an .xlsx workbook (an .xlsx file is a zip archive; this file starts with 'Practice;Lev')");
		refused(Files.write(temp.resolve("empty.xlsx"), new byte[0]), "the file is empty");
		refused(Files.copy(model, temp.resolve("model-as.xlsx")), "not an .xlsx workbook");
		Path otherZip = temp.resolve("photos.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
			zip.putNextEntry(new ZipEntry("photo.txt"));
			zip.write("not a spreadsheet".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		keep(otherZip, "not-a-workbook-zip");
		keep(temp.resolve("answers.xlsx"), "not-a-workbook-csv");
		keep(temp.resolve("empty.xlsx"), "not-a-workbook-empty");
		refused(otherZip, "a zip archive but not an .xlsx workbook (it has no [Content_Types].xml)");
	}

	// ---- a workbook, but the cells are wrong

	@Test
	void formulasInAnswerCellsAreRefusedNotEvaluated() throws Exception {
		Path formulas = filled("formulas", sheet -> {
			sheet.getRow(1).getCell(Questionnaire.LEVEL).setCellFormula("2+2");
			sheet.getRow(2).getCell(Questionnaire.EVIDENCE).setCellFormula("HYPERLINK(\"http://evil.example/\",\"see\")");
		});
		Run run = refused(formulas, "Questionnaire!L2: a formula (=2+2) where a value is expected");
		assertTrue(run.err().contains("Questionnaire!N3: a formula (=HYPERLINK("), run.err());
	}

	@Test
	void aHyperlinkThatHidesItsAddressIsRefusedAndAPlainOneIsKept() throws Exception {
		Path hidden = filled("hyperlink-hidden", sheet -> link(sheet, 1, "Visit report", "http://evil.example/x"));
		refused(hidden, "Questionnaire!O2: shows 'Visit report' but links to 'http://evil.example/x'");
		Path plain = filled("hyperlink-plain", sheet -> link(sheet, 1, "https://docs.example/vr-1", "https://docs.example/vr-1"));
		Run run = Run.smm("import", plain.toString(), "--into", model.toString(), "--date", "2026-11-03", "-q");
		assertEquals(0, run.code(), run.toString());
		assertTrue(Files.readString(model).contains("ref \"https://docs.example/vr-1\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "high", "5", "-1", "2.5", "1e9", "NaN" })
	void levelsThatAreNotZeroToFourAreNamedByCell(String level) throws Exception {
		Path bad = filled("level-" + level, sheet -> sheet.getRow(3).getCell(Questionnaire.LEVEL).setCellValue(level));
		refused(bad, "Questionnaire!L4: level '" + level + "' is not a whole number from 0 to 4");
	}

	@Test
	void unknownPracticesAndElementsAreNamedByCell() throws Exception {
		Path unknown = filled("unknown-practice-element", sheet -> {
			sheet.getRow(1).getCell(Questionnaire.PRACTICE).setCellValue("Governance.NoSuchPractice");
			sheet.getRow(2).createCell(Questionnaire.ELEMENT).setCellValue("Plant.NoSuchElement");
		});
		Run run = refused(unknown, "Questionnaire!A2: unknown practice 'Governance.NoSuchPractice'");
		assertTrue(run.err().contains("Questionnaire!D3: system BottlingLine has no element 'Plant.NoSuchElement'"), run.err());
	}

	@Test
	void aDuplicatedRowIsRefused() throws Exception {
		Path twice = filled("duplicated-row", sheet -> {
			Row source = sheet.getRow(1);
			Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
			for (Cell cell : source) {
				Cell c = copy.createCell(cell.getColumnIndex());
				switch (cell.getCellType()) {
				case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
				case STRING -> c.setCellValue(cell.getStringCellValue());
				default -> {
				}
				}
			}
		});
		int copyRow;
		try (InputStream in = Files.newInputStream(twice); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			copyRow = wb.getSheet(Questionnaire.SHEET).getLastRowNum() + 1;
		}
		refused(twice, "Questionnaire!L" + copyRow + ": ");
		refused(twice, "is answered again (first in row 2); keep one of the rows");
	}

	@Test
	void aWorkbookOfAnotherModelIsRefused() throws Exception {
		Path other = Files.copy(Repo.example("getting-started").resolve("getting-started.smm"), temp.resolve("other.smm"));
		Path otherQuestionnaire = temp.resolve("other.xlsx");
		Run export = Run.smm("questionnaire", other.toString(), "-o", otherQuestionnaire.toString(), "-q");
		assertEquals(0, export.code(), export.toString());
		fillLevels(otherQuestionnaire, sheet -> {
		});
		keep(otherQuestionnaire, "other-model");
		refused(otherQuestionnaire, "About!B2: the workbook was made for system '");
	}

	@Test
	void aWorkbookOfAnotherFormatOrCatalogVersionIsRefused() throws Exception {
		Path newer = filled("format-2", sheet -> about(sheet, 0, "iotsmm-questionnaire/9"));
		refused(newer, "About!B1: the workbook is in format 'iotsmm-questionnaire/9', this smm reads " + Questionnaire.FORMAT);
		Path otherCatalog = filled("catalog-version", sheet -> about(sheet, 3, "IIC-SMM 0.9"));
		refused(otherCatalog, "About!B4: the workbook was made with catalog IIC-SMM 0.9, the model uses ");
		Path otherTargets = filled("target-set", sheet -> about(sheet, 2, "Year9"));
		refused(otherTargets, "About!B3: the workbook was made for target set 'Year9'");
	}

	@Test
	void theUntouchedExportImportsCleanly() throws Exception {
		Path fine = filled("fine", sheet -> {
		});
		Run run = Run.smm("import", fine.toString(), "--into", model.toString(), "--date", "2026-11-03", "-q");
		assertEquals(0, run.code(), run.toString());
	}

	// ---- helpers

	/** Imports {@code workbook}; expects exit code 2, {@code message} on stderr, the model unchanged and nothing left. */
	private Run refused(Path workbook, String message) throws Exception {
		Run run = Run.smm("import", workbook.toString(), "--into", model.toString(), "--date", "2026-11-03", "-q");
		assertEquals(2, run.code(), run.toString());
		assertTrue(run.err().contains(message), "expected: " + message + "\n" + run);
		assertTrue(!run.err().contains("\tat ") && !run.err().contains("Exception"), "no stack trace\n" + run);
		assertEquals(modelHash, sha256(model), "the model is byte for byte as before");
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
					"no temporary file beside the model");
		}
		return run;
	}

	/** The exported questionnaire with every row filled at its target, then {@code change}d, saved under {@code name}. */
	private Path filled(String name, Consumer<Sheet> change) throws Exception {
		Path xlsx = filledNotKept(name, change);
		keep(xlsx, name);
		return xlsx;
	}

	private Path filledNotKept(String name, Consumer<Sheet> change) throws Exception {
		Path xlsx = temp.resolve(name + ".xlsx");
		Files.copy(questionnaire, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		fillLevels(xlsx, change);
		return xlsx;
	}

	private static void fillLevels(Path xlsx, Consumer<Sheet> change) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet(Questionnaire.SHEET);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				row.getCell(Questionnaire.LEVEL).setCellValue((int) row.getCell(Questionnaire.TARGET_LEVEL).getNumericCellValue());
				row.getCell(Questionnaire.REFERENCE).setCellValue("VR-" + i);
			}
			change.accept(sheet);
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				wb.write(out);
			}
		}
	}

	private static void about(Sheet questionnaire, int row, String value) {
		questionnaire.getWorkbook().getSheet(Questionnaire.INFO).getRow(row).getCell(1).setCellValue(value);
	}

	private static void link(Sheet sheet, int row, String shown, String address) {
		Cell cell = sheet.getRow(row).getCell(Questionnaire.REFERENCE);
		cell.setCellValue(shown);
		Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
		link.setAddress(address);
		cell.setHyperlink(link);
	}

	/** Writes extra entries into a rewritten workbook. */
	private interface Extra {
		void write(ZipOutputStream zip) throws IOException;
	}

	/**
	 * A copy of the filled questionnaire whose parts {@code change} maps (name to a text transformation,
	 * or null to keep the part), with {@code extra} entries appended.
	 */
	private Path rezip(String name, java.util.function.Function<String, UnaryOperator<String>> change, Extra extra)
			throws Exception {
		Path source = filledNotKept(name + "-source", sheet -> {
		});
		Path target = temp.resolve(name + ".xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				UnaryOperator<String> transform = change.apply(entry.getName());
				if (transform != null) {
					bytes = transform.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
			extra.write(out);
		}
		Files.delete(source);
		keep(target, name);
		return target;
	}

	/** Keeps a copy in target/hostile-workbooks for releng/hostile-workbooks.sh. */
	private static void keep(Path workbook, String name) throws IOException {
		String repo = System.getProperty("iotsmm.repo");
		if (repo == null) {
			return;
		}
		Path dir = Files.createDirectories(Path.of(repo, "plugins", "org.iotsmm.cli.tests", "target", "hostile-workbooks"));
		Files.copy(workbook, dir.resolve(name + ".xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
	}
}
