package org.iotsmm.report;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;

/**
 * The report as an XLSX workbook (sheets Summary, Gaps, Roadmap, Coverage) for the team that plans
 * the work. Numbers are numeric cells; text is always a string cell (never a formula).
 */
public final class XlsxReport {

	public static final String SUMMARY = "Summary";
	public static final String GAPS = "Gaps";
	public static final String ROADMAP = "Roadmap";
	public static final String COVERAGE = "Coverage";

	private XlsxReport() {
	}

	public static void write(GapReport r, OutputStream out) throws IOException {
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

			Sheet gaps = wb.createSheet(GAPS);
			header(gaps, 0, bold, "Domain", "Subdomain", "Practice", "Code", "Element", "Kind", "Target level",
					"Target scope", "Priority", "Achieved level", "Achieved scope", "Level gap", "Scope gap", "Status",
					"Target source", "Finding source");
			n = 1;
			for (GapRow row : r.rows()) {
				values(gaps.createRow(n++), row.practice().domain(), row.practice().subdomain(),
						row.practice().qualifiedName(), row.practice().code(), row.element().path(), row.element().kind(),
						row.target() == null ? null : row.target().level(),
						row.target() == null ? null : row.target().scope().getLiteral(),
						row.target() == null ? null : row.target().priority().getLiteral(),
						row.achieved() == null ? null : row.achieved().level(),
						row.achieved() == null ? null : row.achieved().scope().getLiteral(), row.levelGap(), row.scopeGap(),
						row.status().name(), row.target() == null ? null : row.target().origin().location().toString(),
						row.achieved() == null ? null : row.achieved().location().toString());
			}
			gaps.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, n - 1), 0, 15));
			gaps.createFreezePane(0, 1);

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

			Sheet coverage = wb.createSheet(COVERAGE);
			header(coverage, 0, bold, "Component", "Practice", "Code", "Target", "Achieved", "Status");
			n = 1;
			for (ComponentCoverage c : r.coverage().components()) {
				for (GapRow cell : c.cells()) {
					values(coverage.createRow(n++), c.component().path(), cell.practice().qualifiedName(),
							cell.practice().code(), Text.target(cell.target()), Text.achieved(cell.achieved()),
							cell.status().name());
				}
			}
			n++;
			values(coverage.createRow(n++), "Components no target covers:",
					r.coverage().uncoveredComponents().isEmpty() ? "none" : String.join(", ", r.coverage().uncoveredComponents()));
			for (Sheet s : new Sheet[] { summary, gaps, roadmap, coverage }) {
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
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (v instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			} else {
				cell.setCellValue(v.toString());
			}
		}
	}
}
