package org.iotsmm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.Diagrams;

/**
 * The report as an XLSX workbook (sheets Summary, Gaps, Roadmap, Coverage, Zones) for the team
 * that plans the work. Numbers are numeric cells; text is always a string cell (never a formula).
 */
public final class XlsxReport {

	public static final String SUMMARY = "Summary";
	public static final String GAPS = "Gaps";
	public static final String ROADMAP = "Roadmap";
	public static final String COVERAGE = "Coverage";
	public static final String ZONES = "Zones";

	/**
	 * Data rows per sheet: Excel's limit is 1,048,576 rows with the header. A longer list goes on in
	 * "Gaps (2)", "Gaps (3)", ... each with the header.
	 */
	public static final int MAX_DATA_ROWS = 1_048_575;

	private XlsxReport() {
	}

	public static void write(GapReport r, OutputStream out) throws IOException {
		write(r, out, MAX_DATA_ROWS);
	}

	/** As {@link #write(GapReport, OutputStream)}, splitting long lists after {@code rowsPerSheet} rows (tests use a small number). */
	public static void write(GapReport r, OutputStream out, int rowsPerSheet) throws IOException {
		// streaming: a 10k-component system has ~185k gap rows; the in-memory workbook needed
		// 6.3 GB and 116 s for them (./bench report 10000), the streaming one keeps 500 rows
		SXSSFWorkbook wb = new SXSSFWorkbook(500);
		try {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet summary = wb.createSheet(SUMMARY);
			int n = 0;
			kv(summary, n++, "System", r.system());
			kv(summary, n++, "Catalog", r.catalog() + " " + r.catalogVersion());
			kv(summary, n++, "Profile", r.profile());
			kv(summary, n++, "Target set", r.targetSet());
			kv(summary, n++, "Assessment", r.assessment());
			kv(summary, n++, "Assessment date", r.assessmentDate() == null ? null : r.assessmentDate().toString());
			n++;
			header(summary, n++, bold, "Group", "Name", "Practices with target", "Met", "With gap", "Not assessed",
					"Total level gap", "Largest level gap", "Rows not assessed", "Status");
			for (RollUp u : r.rollUps()) {
				if (u.element() == null && !u.group().equals(RollUp.SUBDOMAIN)) {
					values(summary.createRow(n++), u.group(), u.name(), u.practicesWithTarget(), u.practicesMet(),
							u.practicesWithGap(), u.practicesNotAssessed(), u.totalLevelGap(), u.largestLevelGap(),
							u.rowsNotAssessed(), u.status().name());
				}
			}

			SheetSeries gaps = new SheetSeries(wb, GAPS, bold, rowsPerSheet, "Domain", "Subdomain", "Practice", "Code",
					"Element", "Kind", "Target level", "Target scope", "Priority", "Achieved level", "Achieved scope",
					"Level gap", "Scope gap", "Status", "Target source", "Finding source", "Indicators evidenced",
					"Indicators of the level");
			for (GapRow row : r.rows()) {
				values(gaps.next(), row.practice().domain(), row.practice().subdomain(),
						row.practice().qualifiedName(), row.practice().code(), row.element().path(), row.element().kind(),
						row.target() == null ? null : row.target().level(),
						row.target() == null ? null : row.target().scope().getLiteral(),
						row.target() == null ? null : row.target().priority().getLiteral(),
						row.achieved() == null ? null : row.achieved().level(),
						row.achieved() == null ? null : row.achieved().scope().getLiteral(), row.levelGap(), row.scopeGap(),
						row.status().name(), row.target() == null ? null : row.target().origin().location().toString(),
						row.achieved() == null ? null : row.achieved().location().toString(),
						row.achieved() == null ? null : row.achieved().indicators().evidenced(),
						row.achieved() == null ? null : row.achieved().indicators().ofLevel());
			}
			gaps.finish(true);

			Sheet roadmap = wb.createSheet(ROADMAP);
			header(roadmap, 0, bold, "Rank", "Practice", "Code", "Element", "Covers", "Achieved level", "Level",
					"Target level", "Scope", "Priority", "Level gap", "Guidance", "Actions", "Indicators", "Owner", "Due",
					"Status");
			n = 1;
			for (RoadmapStep s : r.roadmap()) {
				values(roadmap.createRow(n++), s.rank(), s.practice().qualifiedName(), s.practice().code(),
						s.element().path(), String.join(", ", s.covers()), s.achievedLevel(), s.level(), s.targetLevel(),
						s.scope().getLiteral(), s.priority().getLiteral(), s.levelGap(), s.guidance(),
						String.join("\n", s.actions()), String.join("\n", s.indicators()),
						s.planned() == null ? null : s.planned().owner(),
						s.planned() == null || s.planned().due() == null ? null : s.planned().due().toString(),
						s.planned() == null || s.planned().status() == null ? null : s.planned().status().getLiteral());
			}
			roadmap.createFreezePane(0, 1);

			coverage(wb, r, bold, rowsPerSheet);

			Sheet zones = wb.createSheet(ZONES);
			header(zones, 0, bold, "Zone", "Components", "Targeted rows", "Met", "Gap", "Not assessed", "Total level gap",
					"Largest level gap", "Worst");
			n = 1;
			for (FleetSummary.ZoneFigures z : FleetSummary.of(r).zones()) {
				values(zones.createRow(n++), z.label(), z.components(), z.rowsWithTarget(), z.rowsMet(), z.rowsWithGap(),
						z.rowsNotAssessed(), z.totalLevelGap(), z.largestLevelGap(), z.worst().name());
			}
			for (Sheet s : wb) {
				for (int c = 0; c < 6; c++) {
					s.setColumnWidth(c, 22 * 256);
				}
			}
			wb.write(out);
		} finally {
			wb.dispose(); // deletes the temporary files of the streamed sheets
			wb.close();
		}
	}

	/**
	 * The coverage matrix: a row per component, a column per practice with a target or a finding
	 * somewhere, each cell the status in words on the status colour of the figures (the heat map as
	 * a sheet that can be sorted and filtered). Target and achieved levels of every cell are in the
	 * Gaps rows; a row per cell here repeated them (1.1 million cells for 10,000 components).
	 */
	private static void coverage(SXSSFWorkbook wb, GapReport r, CellStyle bold, int rowsPerSheet) {
		java.util.Set<PracticeRef> used = new java.util.HashSet<>();
		r.coverage().components().forEach(c -> c.cells().forEach(cell -> used.add(cell.practice())));
		List<PracticeRef> practices = r.practices().stream().filter(used::contains).toList();
		Map<PracticeRef, Integer> column = new HashMap<>();
		List<String> header = new ArrayList<>(List.of("Component", "Targets", "Findings"));
		for (PracticeRef p : practices) {
			column.put(p, header.size());
			header.add(p.code() != null ? p.code() : p.qualifiedName());
		}
		Map<Status, CellStyle> styles = new EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			styles.put(s, statusStyle(wb, s));
		}
		SheetSeries rows = new SheetSeries(wb, COVERAGE, bold, rowsPerSheet, header.toArray(String[]::new));
		for (ComponentCoverage c : r.coverage().components()) {
			Row row = rows.next();
			values(row, c.component().path(), c.targets(), c.findings());
			for (GapRow cell : c.cells()) {
				Cell x = row.createCell(column.get(cell.practice()));
				x.setCellValue(coverageText(cell));
				x.setCellStyle(styles.get(cell.status()));
			}
		}
		rows.skip();
		values(rows.next(), "Components no target covers:", r.coverage().uncoveredComponents().isEmpty() ? "none"
				: String.join(", ", r.coverage().uncoveredComponents()));
		rows.finish(true);
	}

	/** A coverage cell's text: the status, with the level gap or the level of a finding without target. */
	static String coverageText(GapRow cell) {
		return switch (cell.status()) {
		case GAP -> cell.levelGap() > 0 ? "gap " + cell.levelGap() : "scope gap";
		case NO_TARGET -> cell.isAssessed() ? "finding L" + cell.achieved().level() : "";
		default -> Text.status(cell.status());
		};
	}

	private static CellStyle statusStyle(SXSSFWorkbook wb, Status s) {
		XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
		java.awt.Color c = Diagrams.statusColor(s);
		style.setFillForegroundColor(new XSSFColor(new byte[] { (byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue() }));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (Diagrams.darkStatusColor(s)) {
			Font white = wb.createFont();
			white.setColor(IndexedColors.WHITE.getIndex());
			style.setFont(white);
		}
		return style;
	}

	/** One list over as many sheets as it needs ("Gaps", "Gaps (2)", ...), each with the header row. */
	private static final class SheetSeries {
		private final SXSSFWorkbook wb;
		private final String name;
		private final CellStyle style;
		private final int rowsPerSheet;
		private final String[] header;
		private final java.util.List<Sheet> sheets = new java.util.ArrayList<>();
		private Sheet sheet;
		private int next;

		SheetSeries(SXSSFWorkbook wb, String name, CellStyle style, int rowsPerSheet, String... header) {
			this.wb = wb;
			this.name = name;
			this.style = style;
			this.rowsPerSheet = rowsPerSheet;
			this.header = header;
			open();
		}

		private void open() {
			sheet = wb.createSheet(sheets.isEmpty() ? name : name + " (" + (sheets.size() + 1) + ")");
			sheets.add(sheet);
			header(sheet, 0, style, header);
			next = 1;
		}

		Row next() {
			if (next > rowsPerSheet) {
				open();
			}
			return sheet.createRow(next++);
		}

		void skip() {
			next++;
		}

		void finish(boolean filter) {
			for (Sheet s : sheets) {
				if (filter) {
					s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, s.getLastRowNum()), 0,
							header.length - 1));
				}
				s.createFreezePane(0, 1);
			}
		}
	}

	private static void kv(Sheet sheet, int row, String key, String value) {
		values(sheet.createRow(row), key, value);
	}

	private static void header(Sheet sheet, int index, CellStyle style, String... names) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(style);
		}
	}

	static void values(Row row, Object... values) {
		// an explicit default style: without one, POI looks the column's style up in the sheet's XML
		// objects for every cell it writes (a sixth of writing a fleet's workbook)
		CellStyle plain = row.getSheet().getWorkbook().getCellStyleAt(0);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			cell.setCellStyle(plain);
			if (v instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			} else {
				cell.setCellValue(v.toString());
			}
		}
	}
}
