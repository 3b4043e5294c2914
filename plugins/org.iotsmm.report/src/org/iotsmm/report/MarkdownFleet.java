package org.iotsmm.report;

import static org.iotsmm.report.Text.md;

import java.util.List;

import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.Trend;
import org.iotsmm.report.FleetSummary.Cell;
import org.iotsmm.report.FleetSummary.ElementFigures;
import org.iotsmm.report.FleetSummary.StepGroup;
import org.iotsmm.report.FleetSummary.ZoneFigures;

/** The Markdown sections of a large system's report: the same summary as {@link HtmlFleet}, as tables. */
final class MarkdownFleet {

	private MarkdownFleet() {
	}

	static void sections(StringBuilder b, FleetSummary fleet, ReportOptions options) {
		GapReport r = fleet.report();
		List<ZoneFigures> zones = fleet.worstZones(Math.max(options.top(), 50));
		b.append("## Fleet overview\n\n").append(String.format("%,d", fleet.components())).append(" components, ")
				.append(String.format("%,d", fleet.shownRows())).append(" practice rows. Above ")
				.append(String.format("%,d", ReportOptions.SUMMARY_ABOVE_ROWS))
				.append(" rows this report summarises (top ").append(options.top()).append("); every row and step is in ")
				.append(HtmlFleet.DETAIL_FILES).append(".\n\n");
		b.append("### By zone\n\n| Zone | Components | Targeted rows | Met | Gap | Not assessed | Total level gap | Largest | Worst |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (ZoneFigures z : zones) {
			b.append("| ").append(md(z.label())).append(" | ").append(z.components()).append(" | ").append(z.rowsWithTarget())
					.append(" | ").append(z.rowsMet()).append(" | ").append(z.rowsWithGap()).append(" | ")
					.append(z.rowsNotAssessed()).append(" | ").append(z.totalLevelGap()).append(" | ")
					.append(z.largestLevelGap()).append(" | ").append(Text.status(z.worst())).append(" |\n");
		}
		b.append("\n### Zone heat map\n\nWorst status per zone and domain (✗ gap, ? not assessed, ✓ met); gaps / targeted rows.\n\n| Zone |");
		StringBuilder rule = new StringBuilder("|---|");
		for (String domain : fleet.domains()) {
			b.append(' ').append(md(domain)).append(" |");
			rule.append(":---:|");
		}
		b.append('\n').append(rule).append('\n');
		for (ZoneFigures z : zones) {
			b.append("| ").append(md(z.label())).append(" |");
			for (String domain : fleet.domains()) {
				Cell c = z.cell(domain);
				b.append(' ');
				if (c.rowsWithTarget() > 0) {
					b.append(symbol(c)).append(' ').append(c.rowsWithGap()).append(" / ").append(c.rowsWithTarget());
				}
				b.append(" |");
			}
			b.append('\n');
		}
		b.append("\n## Elements in most need\n\n| Element | Kind | Worst | Gaps | Not assessed | Total level gap | Largest |\n|---|---|---|---:|---:|---:|---:|\n");
		for (ElementFigures e : fleet.worstElements(options.top())) {
			b.append("| ").append(md(Text.element(e.element()))).append(" | ").append(md(e.element().kind())).append(" | ")
					.append(Text.status(e.worst())).append(" | ").append(e.rowsWithGap()).append(" | ")
					.append(e.rowsNotAssessed()).append(" | ").append(e.totalLevelGap()).append(" | ")
					.append(e.largestLevelGap()).append(" |\n");
		}
		b.append("\n## Largest gaps\n\n| Practice | Element | Target | Achieved | Level gap | Scope gap | Priority |\n|---|---|---|---|---:|---:|---|\n");
		for (GapRow row : fleet.largestGaps(options.top())) {
			b.append("| ").append(md(row.practice().code() + " " + row.practice().title())).append(" | ")
					.append(md(Text.element(row.element()))).append(" | ").append(md(Text.target(row.target()))).append(" | ")
					.append(md(Text.achieved(row.achieved()))).append(" | ").append(row.levelGap()).append(" | ")
					.append(row.scopeGap()).append(" | ").append(row.target().priority().getLiteral()).append(" |\n");
		}
		b.append("\n## Coverage\n\n");
		int covered = r.coverage().components().size() - r.coverage().uncoveredComponents().size();
		b.append(String.format("%,d of %,d", covered, r.coverage().components().size()))
				.append(" components have a target for at least one practice. Components no target covers: ")
				.append(md(HtmlFleet.firstOf(r.coverage().uncoveredComponents(), options.top()))).append(".\n");
		if (!r.coverage().practicesWithoutFinding().isEmpty()) {
			b.append("\nTargeted practices without a finding:\n\n");
			for (PracticeWithoutFinding p : r.coverage().practicesWithoutFinding()) {
				b.append("- ").append(md(p.practice().qualifiedName())).append(" on ")
						.append(md(HtmlFleet.firstOf(p.elements().stream().map(e -> e.isEmpty() ? "(system)" : e).toList(), 10)))
						.append('\n');
			}
		}
		roadmap(b, fleet, options);
		trend(b, r, options);
	}

	private static String symbol(Cell c) {
		return switch (c.worst()) {
		case GAP -> "✗";
		case NOT_ASSESSED -> "?";
		default -> "✓";
		};
	}

	private static void roadmap(StringBuilder b, FleetSummary fleet, ReportOptions options) {
		List<StepGroup> groups = fleet.roadmapGroups();
		b.append("\n## Roadmap\n\n");
		if (groups.isEmpty()) {
			b.append("No step: every targeted practice that was assessed meets its target.\n");
			return;
		}
		b.append(String.format("%,d steps in %,d groups", fleet.report().roadmap().size(), groups.size()))
				.append(groups.size() > options.top() ? "; the first " + options.top() + " groups" : "")
				.append(". roadmap.csv lists every step with its group number.\n\n");
		for (StepGroup g : groups.subList(0, Math.min(options.top(), groups.size()))) {
			RoadmapStep s = g.first();
			b.append(g.number()).append(". **").append(md(g.describe())).append("** (from step ").append(g.firstRank())
					.append(", priority ").append(s.priority().getLiteral()).append(", ").append(g.steps().size())
					.append(g.steps().size() == 1 ? " step" : " steps").append(")\n");
			for (String a : s.actions()) {
				b.append("   - Do: ").append(md(a)).append('\n');
			}
		}
	}

	private static void trend(StringBuilder b, GapReport r, ReportOptions options) {
		b.append("\n## Trend\n\n");
		Trend t = r.trend();
		if (t == null) {
			b.append("No earlier assessment to compare with.\n");
			return;
		}
		b.append("From ").append(md(t.from())).append(" to ").append(md(t.to())).append(':');
		for (Trend.Change c : Trend.Change.values()) {
			b.append(' ').append(String.format("%,d", t.count(c))).append(' ').append(Text.status2(c))
					.append(c.ordinal() < Trend.Change.values().length - 1 ? "," : ".");
		}
		b.append(" Every change is in gap-report.json (trend).\n");
	}
}
