package org.iotsmm.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;

/**
 * RFC 4180 CSV (CRLF line ends, fields with comma, quote or line break quoted, quotes doubled).
 * Text cells that a spreadsheet would run as a formula (beginning with {@code = + - @}, tab or
 * carriage return) get a leading apostrophe.
 */
public final class CsvReport {

	private CsvReport() {
	}

	/** Every practice row (practice x element), in report order. */
	public static String gaps(GapReport r) {
		StringWriter out = new StringWriter();
		writeGaps(r, out);
		return out.toString();
	}

	/** The gap rows, streamed: a fleet has millions of rows, kept in memory only as the report's records. */
	public static void writeGaps(GapReport r, Writer out) {
		StringBuilder b = new StringBuilder(1024);
		line(b, "system", "target_set", "assessment", "domain", "subdomain", "practice", "code", "element", "element_kind",
				"target_level", "target_scope", "priority", "achieved_level", "achieved_scope", "level_gap", "scope_gap",
				"status", "target_source", "finding_source", "indicators_evidenced", "indicators_of_level");
		for (GapRow row : r.rows()) {
			line(b, r.system(), r.targetSet(), r.assessment(), row.practice().domain(), row.practice().subdomain(),
					row.practice().qualifiedName(), row.practice().code(), row.element().path(), row.element().kind(),
					row.target() == null ? "" : Integer.toString(row.target().level()),
					row.target() == null ? "" : row.target().scope().getLiteral(),
					row.target() == null ? "" : row.target().priority().getLiteral(),
					row.achieved() == null ? "" : Integer.toString(row.achieved().level()),
					row.achieved() == null ? "" : row.achieved().scope().getLiteral(), Integer.toString(row.levelGap()),
					Integer.toString(row.scopeGap()), row.status().name(),
					row.target() == null ? "" : row.target().origin().location().toString(),
					row.achieved() == null ? "" : row.achieved().location().toString(),
					row.achieved() == null ? "" : Integer.toString(row.achieved().indicators().evidenced()),
					row.achieved() == null ? "" : Integer.toString(row.achieved().indicators().ofLevel()));
			flushIfFull(b, out);
		}
		flush(b, out);
	}

	public static String roadmap(GapReport r) {
		StringWriter out = new StringWriter();
		writeRoadmap(r, out);
		return out.toString();
	}

	/**
	 * Every roadmap step, streamed; the last column is the number of the step's group in the
	 * summary of a large report ({@link FleetSummary#roadmapGroups()}).
	 */
	public static void writeRoadmap(GapReport r, Writer out) {
		java.util.Map<Integer, Integer> groups = FleetSummary.of(r).groupOfRank();
		StringBuilder b = new StringBuilder(1024);
		line(b, "rank", "practice", "code", "element", "covers", "achieved_level", "level", "target_level", "scope",
				"scope_only", "priority", "level_gap", "guidance", "actions", "indicators", "planned_owner", "planned_due",
				"planned_status", "group");
		for (RoadmapStep s : r.roadmap()) {
			line(b, Integer.toString(s.rank()), s.practice().qualifiedName(), s.practice().code(), s.element().path(),
					String.join("; ", s.covers()), Integer.toString(s.achievedLevel()), Integer.toString(s.level()),
					Integer.toString(s.targetLevel()), s.scope().getLiteral(), Boolean.toString(s.scopeOnly()),
					s.priority().getLiteral(), Integer.toString(s.levelGap()), s.guidance(), String.join("\n", s.actions()),
					String.join("\n", s.indicators()), s.planned() == null ? "" : s.planned().owner(),
					s.planned() == null || s.planned().due() == null ? "" : s.planned().due().toString(),
					s.planned() == null || s.planned().status() == null ? "" : s.planned().status().getLiteral(),
					Integer.toString(groups.get(s.rank())));
			flushIfFull(b, out);
		}
		flush(b, out);
	}

	private static void flushIfFull(StringBuilder b, Writer out) {
		if (b.length() > 64 * 1024) {
			flush(b, out);
		}
	}

	private static void flush(StringBuilder b, Writer out) {
		try {
			out.append(b);
			b.setLength(0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void line(StringBuilder b, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				b.append(',');
			}
			b.append(cell(cells[i]));
		}
		b.append("\r\n");
	}

	/** One field: neutralised against formula injection, then quoted when needed. */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String v = value;
		if (isNumber(v)) {
			return v; // plain numbers are written by this class only (levels, gaps, ranks)
		}
		char first = v.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			v = "'" + v;
		}
		if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
			v = '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}

	private static boolean isNumber(String v) {
		return v.chars().allMatch(Character::isDigit);
	}

	/** Parses RFC 4180 text into rows (for tests and tools). */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new java.util.ArrayList<>();
		List<String> row = new java.util.ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new java.util.ArrayList<>();
				i++;
			} else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
