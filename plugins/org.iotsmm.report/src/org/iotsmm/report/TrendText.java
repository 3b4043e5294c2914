package org.iotsmm.report;

import java.util.Locale;

import org.iotsmm.analysis.Trend;

/** Two assessments compared, as text: what {@code smm diff} prints and the workbench's Compare Assessments shows. */
public final class TrendText {

	private TrendText() {
	}

	public static String format(String system, Trend trend) {
		StringBuilder out = new StringBuilder();
		out.append(system).append(": ").append(trend.from()).append(" (").append(trend.fromDate()).append(") -> ")
				.append(trend.to()).append(" (").append(trend.toDate()).append(")\n");
		StringBuilder counts = new StringBuilder();
		for (Trend.Change c : Trend.Change.values()) {
			counts.append(counts.length() == 0 ? "" : ", ").append(trend.count(c)).append(' ').append(Text.status2(c));
		}
		out.append(counts).append('\n');
		for (Trend.Change c : Trend.Change.values()) {
			if (c == Trend.Change.UNCHANGED || trend.count(c) == 0) {
				continue;
			}
			out.append('\n').append(Text.status2(c).toUpperCase(Locale.ROOT)).append(":\n");
			for (Trend.Entry e : trend.entries(c)) {
				out.append("  ").append(e.practice().qualifiedName()).append(" on ").append(Text.element(e.element())).append(": ")
						.append(Text.achieved(e.before())).append(" -> ").append(Text.achieved(e.after())).append('\n');
			}
		}
		return out.toString();
	}
}
