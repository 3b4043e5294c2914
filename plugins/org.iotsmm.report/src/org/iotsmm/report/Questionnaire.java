package org.iotsmm.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.EvidenceKind;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;

/**
 * The assessor's workbook: one row per practice and element that a target entry names, with the
 * target, the catalog guidance and numbered indicators per level, and columns to fill (level, scope,
 * evidence description, reference, date, note, and, appended after the note so that older workbooks
 * keep their columns, the evidence kind and the numbers of the achieved level's indicators the
 * evidence shows). {@link #read} reads a filled workbook back.
 */
public final class Questionnaire {

	public static final String FORMAT = "iotsmm-questionnaire/1";
	public static final String SHEET = "Questionnaire";
	public static final String INFO = "About";

	/** Column indexes of the sheet. */
	public static final int PRACTICE = 0, CODE = 1, TITLE = 2, ELEMENT = 3, TARGET_LEVEL = 4, TARGET_SCOPE = 5,
			WHY = 6, LEVEL1 = 7, LEVEL4 = 10, LEVEL = 11, SCOPE = 12, EVIDENCE = 13, REFERENCE = 14, DATE = 15, NOTE = 16,
			EVIDENCE_KIND = 17, INDICATORS = 18;

	/** The kinds of evidence the language knows (its EvidenceKind literals, without "unspecified"). */
	public static final List<String> EVIDENCE_KINDS = EvidenceKind.VALUES.stream()
			.filter(k -> k != EvidenceKind.UNSPECIFIED).map(EvidenceKind::getLiteral).toList();

	private static final String[] HEADERS = { "Practice", "Code", "Title", "Element (path; empty = whole system)",
			"Target level", "Target scope", "Why this target", "Level 1: guidance / indicators",
			"Level 2: guidance / indicators", "Level 3: guidance / indicators", "Level 4: guidance / indicators",
			"FILL: achieved level (0-4)", "FILL: scope (general, industry, system)", "FILL: evidence description",
			"FILL: evidence reference", "FILL: evidence date (YYYY-MM-DD)", "FILL: note",
			"FILL: evidence kind (document, interview, observation, test, configuration, sample)",
			"FILL: indicators of the achieved level the evidence shows (their numbers, e.g. 1, 3)" };

	/**
	 * One filled row. {@code scope}, the evidence fields and {@code kind} may be null;
	 * {@code indicators} are the ordinals of the achieved level's catalog indicators the evidence shows.
	 */
	public record Answer(int row, String practice, String element, int level, String scope, String evidence,
			String reference, LocalDate date, String note, String kind, List<Integer> indicators) {

		public Answer {
			indicators = indicators == null ? List.of() : List.copyOf(indicators);
		}

		/** A row without evidence kind and indicators. */
		public Answer(int row, String practice, String element, int level, String scope, String evidence,
				String reference, LocalDate date, String note) {
			this(row, practice, element, level, scope, evidence, reference, date, note, null, List.of());
		}
	}

	/** A filled workbook: the system and target set it was made for, and its answers. */
	public record Filled(String system, String targetSet, List<Answer> answers) {
	}

	private Questionnaire() {
	}

	/**
	 * Writes the workbook for {@code report} (analysed against the target set to assess; its
	 * findings are ignored) with guidance from {@code catalog}.
	 */
	public static void write(GapReport report, Catalog catalog, OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			CellStyle head = wb.createCellStyle();
			Font bold = wb.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setWrapText(true);
			CellStyle wrap = wb.createCellStyle();
			wrap.setWrapText(true);
			CellStyle fill = wb.createCellStyle();
			fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			fill.setWrapText(true);

			Sheet info = wb.createSheet(INFO);
			XlsxReport.values(info.createRow(0), "format", FORMAT);
			XlsxReport.values(info.createRow(1), "system", report.system());
			XlsxReport.values(info.createRow(2), "targetSet", report.targetSet());
			XlsxReport.values(info.createRow(3), "catalog", report.catalog() + " " + report.catalogVersion());
			XlsxReport.values(info.createRow(5), "How to fill",
					"On sheet " + SHEET + ", fill the yellow columns of each practice and element you assessed: the level "
							+ "found (0-4), the scope, and the evidence: what it is (its kind) and which indicators of the "
							+ "level found it shows, by their numbers in the guidance column of that level. Leave the level "
							+ "empty for what you did not assess. "
							+ "Then run: smm import THIS.xlsx --into MODEL.smm --assessor NAME");
			info.setColumnWidth(0, 16 * 256);
			info.setColumnWidth(1, 100 * 256);

			Sheet sheet = wb.createSheet(SHEET);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				Cell c = header.createCell(i);
				c.setCellValue(HEADERS[i]);
				c.setCellStyle(head);
			}
			int n = 1;
			Set<String> seen = new LinkedHashSet<>();
			for (GapRow row : report.rows()) {
				if (row.target() == null) {
					continue;
				}
				String on = row.target().origin().on();
				if (!seen.add(row.practice().qualifiedName() + "@" + on)) {
					continue; // one row per practice and element the target entry names
				}
				Practice practice = practice(catalog, row.practice().qualifiedName());
				Row r = sheet.createRow(n++);
				Object[] values = new Object[LEVEL];
				values[PRACTICE] = row.practice().qualifiedName();
				values[CODE] = row.practice().code();
				values[TITLE] = row.practice().title();
				values[ELEMENT] = on;
				values[TARGET_LEVEL] = row.target().level();
				values[TARGET_SCOPE] = row.target().scope().getLiteral();
				values[WHY] = row.target().origin().rationale();
				for (int level = 1; level <= 4; level++) {
					values[LEVEL1 + level - 1] = guidance(practice, level);
				}
				XlsxReport.values(r, values);
				for (int c = WHY; c <= LEVEL4; c++) {
					if (r.getCell(c) != null) {
						r.getCell(c).setCellStyle(wrap);
					}
				}
				for (int c = LEVEL; c <= INDICATORS; c++) {
					r.createCell(c).setCellStyle(fill);
				}
			}
			if (n > 1) {
				DataValidationHelper helper = sheet.getDataValidationHelper();
				DataValidation levels = helper.createValidation(
						helper.createIntegerConstraint(org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN, "0", "4"),
						new CellRangeAddressList(1, n - 1, LEVEL, LEVEL));
				levels.setShowErrorBox(true);
				sheet.addValidationData(levels);
				DataValidation scopes = helper.createValidation(
						helper.createExplicitListConstraint(new String[] { "general", "industry", "system" }),
						new CellRangeAddressList(1, n - 1, SCOPE, SCOPE));
				scopes.setShowErrorBox(true);
				sheet.addValidationData(scopes);
				DataValidation kinds = helper.createValidation(
						helper.createExplicitListConstraint(EVIDENCE_KINDS.toArray(String[]::new)),
						new CellRangeAddressList(1, n - 1, EVIDENCE_KIND, EVIDENCE_KIND));
				kinds.setShowErrorBox(true);
				sheet.addValidationData(kinds);
			}
			int[] widths = { 34, 8, 28, 24, 8, 10, 40, 40, 40, 40, 40, 12, 14, 40, 28, 14, 30, 16, 24 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(4, 1);
			wb.setActiveSheet(1);
			wb.write(out);
		}
	}

	private static Practice practice(Catalog catalog, String qualifiedName) {
		for (Domain d : catalog.getDomains()) {
			for (Subdomain s : d.getSubdomains()) {
				for (Practice p : s.getPractices()) {
					if ((d.getName() + "." + p.getName()).equals(qualifiedName)) {
						return p;
					}
				}
			}
		}
		return null;
	}

	private static String guidance(Practice practice, int level) {
		if (practice == null) {
			return null;
		}
		for (LevelGuidance g : practice.getGuidance()) {
			if (g.getLevel() == level) {
				StringBuilder b = new StringBuilder(g.getDescription() == null ? "" : g.getDescription().strip());
				if (!g.getIndicators().isEmpty()) {
					b.append("\nIndicators:");
					for (int i = 0; i < g.getIndicators().size(); i++) {
						b.append("\n").append(i + 1).append(". ").append(g.getIndicators().get(i).strip());
					}
				}
				return b.toString();
			}
		}
		return null;
	}

	/**
	 * Reads a filled workbook. Rows without a level are skipped. IllegalArgumentException listing
	 * every bad cell (by its spreadsheet address) when a level, scope or date is not valid.
	 */
	public static Filled read(InputStream in) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet info = wb.getSheet(INFO);
			Sheet sheet = wb.getSheet(SHEET);
			if (info == null || sheet == null || !FORMAT.equals(text(info.getRow(0), 1))) {
				throw new IllegalArgumentException("not an smm questionnaire (sheets '" + INFO + "' and '" + SHEET
						+ "' written by smm questionnaire are missing)");
			}
			String system = text(info.getRow(1), 1);
			String targetSet = text(info.getRow(2), 1);
			List<Answer> answers = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				String levelText = text(row, LEVEL);
				if (levelText == null) {
					continue;
				}
				int excelRow = i + 1;
				int level = -1;
				try {
					level = (int) Double.parseDouble(levelText);
					if (level != Double.parseDouble(levelText)) {
						level = -1;
					}
				} catch (NumberFormatException e) {
					// reported below
				}
				if (level < 0 || level > 4) {
					problems.add("L" + excelRow + ": level '" + levelText + "' is not a whole number from 0 to 4");
					continue;
				}
				String scope = text(row, SCOPE);
				if (scope != null) {
					scope = scope.toLowerCase(Locale.ROOT);
					if (!List.of("general", "industry", "system").contains(scope)) {
						problems.add("M" + excelRow + ": scope '" + scope + "' is not general, industry or system");
						continue;
					}
				}
				LocalDate date = null;
				Cell dateCell = row.getCell(DATE);
				if (dateCell != null && dateCell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(dateCell)) {
					date = dateCell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
				} else {
					String d = text(row, DATE);
					if (d != null) {
						try {
							date = LocalDate.parse(d);
						} catch (DateTimeParseException e) {
							problems.add("P" + excelRow + ": date '" + d + "' is not YYYY-MM-DD");
							continue;
						}
					}
				}
				String practice = text(row, PRACTICE);
				if (practice == null) {
					problems.add("A" + excelRow + ": the practice is missing");
					continue;
				}
				String kind = text(row, EVIDENCE_KIND);
				if (kind != null) {
					kind = kind.toLowerCase(Locale.ROOT);
					if (!EVIDENCE_KINDS.contains(kind)) {
						problems.add("R" + excelRow + ": evidence kind '" + kind + "' is not one of " + String.join(", ", EVIDENCE_KINDS));
						continue;
					}
				}
				List<Integer> indicators = indicatorNumbers(text(row, INDICATORS));
				if (indicators == null) {
					problems.add("S" + excelRow + ": indicators '" + text(row, INDICATORS)
							+ "' are not whole numbers from 1 separated by commas (e.g. 1, 3)");
					continue;
				}
				String element = text(row, ELEMENT);
				answers.add(new Answer(excelRow, practice, element == null ? "" : element, level, scope, text(row, EVIDENCE),
						text(row, REFERENCE), date, text(row, NOTE), kind, indicators));
			}
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException("the questionnaire has invalid cells:\n  " + String.join("\n  ", problems));
			}
			return new Filled(system, targetSet, answers);
		}
	}

	/** "1, 3" (commas, semicolons or spaces between) as numbers; empty for no text, null when not all are whole numbers from 1. */
	static List<Integer> indicatorNumbers(String text) {
		List<Integer> numbers = new ArrayList<>();
		if (text == null) {
			return numbers;
		}
		for (String part : text.split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) < 1) {
				return null;
			}
			numbers.add(Integer.parseInt(part));
		}
		return numbers;
	}

	/** The cell as trimmed text, or null when empty. Numbers without a fraction come without ".0". */
	private static String text(Row row, int column) {
		if (row == null) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		String value = switch (cell.getCellType()) {
		case NUMERIC -> {
			double d = cell.getNumericCellValue();
			yield d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
		}
		case STRING -> cell.getStringCellValue();
		case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
		case FORMULA -> cell.getCellFormula();
		default -> null;
		};
		return value == null || value.isBlank() ? null : value.strip();
	}
}
