package org.iotsmm.report;

import java.util.Locale;

import org.iotsmm.analysis.GapReport;

/**
 * How much the readable reports (HTML, PDF, Markdown) list, and what the JSON carries.
 *
 * @param detail             {@link Detail#AUTO} summarises above {@link #SUMMARY_ABOVE_ROWS} rows
 * @param top                how many zones, elements, gaps, roadmap groups and changes a summary lists
 * @param elementRollUps     JSON: also the roll-ups of every element (by default only the system's)
 * @param linkFullSizeFigures the SVG files are written beside the report: link them from the scaled figures
 */
public record ReportOptions(Detail detail, int top, boolean elementRollUps, boolean linkFullSizeFigures) {

	/**
	 * Above this many practice rows (rows with a target or a finding) the HTML, PDF and Markdown
	 * reports summarise. Why 2,000: a row list is read on paper or on screen, 45 rows to an A4 page;
	 * 2,000 rows are already some 45 pages of tables, past what anyone reads row by row, while the
	 * full page of 2,000 rows stays near 1.5 MB and renders to PDF in seconds. The examples (at most
	 * a few hundred rows) and any system up to about a hundred components with the whole catalog
	 * targeted keep the full report. Above it the tables of rows are in gaps.csv, report.xlsx and
	 * gap-report.json (and in the HTML with {@code --detail full}).
	 */
	public static final int SUMMARY_ABOVE_ROWS = 2_000;

	/** Default number of entries in each top list of a summary. */
	public static final int DEFAULT_TOP = 25;

	/** Full or summarised readable reports. */
	public enum Detail {
		/** Summary above {@link ReportOptions#SUMMARY_ABOVE_ROWS} rows, every row below. */
		AUTO,
		/** Always the summary. */
		SUMMARY,
		/** Always every row (the HTML of a fleet is then large). */
		FULL;

		public static Detail parse(String text) {
			try {
				return valueOf(text.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown detail '" + text + "'; available: auto, summary, full");
			}
		}
	}

	public static final ReportOptions DEFAULT = new ReportOptions(Detail.AUTO, DEFAULT_TOP, false, false);

	public ReportOptions {
		if (top < 1) {
			throw new IllegalArgumentException("top must be at least 1, was " + top);
		}
	}

	public ReportOptions withDetail(Detail newDetail) {
		return new ReportOptions(newDetail, top, elementRollUps, linkFullSizeFigures);
	}

	public ReportOptions withTop(int newTop) {
		return new ReportOptions(detail, newTop, elementRollUps, linkFullSizeFigures);
	}

	public ReportOptions withElementRollUps(boolean value) {
		return new ReportOptions(detail, top, value, linkFullSizeFigures);
	}

	public ReportOptions withLinkFullSizeFigures(boolean value) {
		return new ReportOptions(detail, top, elementRollUps, value);
	}

	/** True when the readable reports of this report summarise rather than list every row. */
	public boolean summarises(GapReport report) {
		return switch (detail) {
		case SUMMARY -> true;
		case FULL -> false;
		case AUTO -> shownRows(report) > SUMMARY_ABOVE_ROWS;
		};
	}

	static int shownRows(GapReport report) {
		int n = 0;
		for (var row : report.rows()) {
			if (row.hasTarget() || row.isAssessed()) {
				n++;
			}
		}
		return n;
	}
}
