package org.iotsmm.report;

import static org.iotsmm.report.Text.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.Planned;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.Trend;
import org.iotsmm.report.FleetSummary.Cell;
import org.iotsmm.report.FleetSummary.ElementFigures;
import org.iotsmm.report.FleetSummary.StepGroup;
import org.iotsmm.report.FleetSummary.ZoneFigures;
import org.iotsmm.smm.Finding;

/**
 * The sections of the HTML report of a large system (see {@link ReportOptions#SUMMARY_ABOVE_ROWS}):
 * per-zone roll-ups and heat map, the worst elements and largest gaps, coverage counts, the
 * roadmap grouped, the trend's changes and the evidence, each list cut at the configured top N
 * with a pointer to the file that has all of it.
 */
final class HtmlFleet {

	static final String DETAIL_FILES = "gaps.csv, roadmap.csv, report.xlsx and gap-report.json";

	private HtmlFleet() {
	}

	static void overview(StringBuilder b, FleetSummary fleet, ReportOptions options) {
		List<ZoneFigures> zones = fleet.worstZones(Math.max(options.top(), 50));
		int zoneCount = (int) fleet.zones().stream().filter(z -> z.rowsWithTarget() > 0).count();
		b.append("<h2 id=\"fleet\">Fleet overview</h2>\n");
		b.append("<p id=\"fleet-note\">").append(String.format("%,d", fleet.components())).append(" components, ")
				.append(String.format("%,d", fleet.shownRows())).append(" practice rows. Above ")
				.append(String.format("%,d", ReportOptions.SUMMARY_ABOVE_ROWS))
				.append(" rows this report summarises: zones, the worst elements and largest gaps (top ").append(options.top())
				.append("), and the roadmap grouped where many elements share a step. Every row and step is in ")
				.append(DETAIL_FILES).append(" (and in this page with <code>--detail full</code>).</p>\n");
		b.append("<h3 id=\"zones\">By zone</h3>\n<p class=\"small\">Targeted rows of each zone and of its own components (nested zones are listed on their own), ")
				.append(zones.size() < zoneCount ? "the " + zones.size() + " zones in most need of " + zoneCount : "every zone")
				.append(", worst first.</p>\n");
		b.append("<table class=\"zones\"><tr><th>Zone</th><th class=\"num\">Components</th><th class=\"num\">Targeted rows</th><th class=\"num\">Met</th><th class=\"num\">Gap</th><th class=\"num\">Not assessed</th><th class=\"num\">Total level gap</th><th class=\"num\">Largest</th><th>Worst</th></tr>\n");
		for (ZoneFigures z : zones) {
			b.append("<tr class=\"zone\" data-zone=\"").append(html(z.path())).append("\"><td>").append(html(z.label()))
					.append("</td><td class=\"num\">").append(z.components()).append("</td><td class=\"num\">")
					.append(z.rowsWithTarget()).append("</td><td class=\"num\">").append(z.rowsMet())
					.append("</td><td class=\"num\">").append(z.rowsWithGap()).append("</td><td class=\"num\">")
					.append(z.rowsNotAssessed()).append("</td><td class=\"num\">").append(z.totalLevelGap())
					.append("</td><td class=\"num\">").append(z.largestLevelGap()).append("</td><td class=\"")
					.append(z.worst().name()).append("\">").append(Text.status(z.worst())).append("</td></tr>\n");
		}
		b.append("</table>\n");
		b.append("<h3 id=\"zone-heat-map\">Zone heat map</h3>\n<p class=\"small\">Worst status per zone and domain; a cell reads gaps / targeted rows.</p>\n");
		b.append("<table class=\"heat\"><tr><th>Zone</th>");
		for (String domain : fleet.domains()) {
			b.append("<th>").append(html(domain)).append("</th>");
		}
		b.append("</tr>\n");
		for (ZoneFigures z : zones) {
			b.append("<tr class=\"heat-row\" data-zone=\"").append(html(z.path())).append("\"><td>").append(html(z.label()))
					.append("</td>");
			for (String domain : fleet.domains()) {
				Cell c = z.cell(domain);
				b.append("<td class=\"").append(c.worst().name()).append("\">");
				if (c.rowsWithTarget() > 0) {
					b.append(c.rowsWithGap()).append(" / ").append(c.rowsWithTarget());
				}
				b.append("</td>");
			}
			b.append("</tr>\n");
		}
		b.append("</table>\n");
	}

	static void zoneFigureLinks(StringBuilder b, FigureSource figures, ReportOptions options) {
		if (!figures.architectureIsOverview() || figures.zoneFigures().isEmpty()) {
			return;
		}
		b.append("<p class=\"small\" id=\"zone-figures\">The system is large: the figure above shows its zones, with the flows between them counted. One detail figure per zone, with every flow routed, is written beside this report:</p>\n<p class=\"small\">");
		int shown = 0;
		for (FigureSource.ZoneFigure z : figures.zoneFigures()) {
			if (shown++ > 0) {
				b.append(", ");
			}
			b.append("<a href=\"").append(html(z.fileName())).append("\">").append(html(z.zone())).append("</a>");
		}
		b.append(".</p>\n");
	}

	static void worst(StringBuilder b, FleetSummary fleet, ReportOptions options) {
		b.append("<h2 id=\"worst-elements\">Elements in most need</h2>\n<p class=\"small\">The ").append(options.top())
				.append(" elements with the worst status, then the largest total level gap.</p>\n");
		b.append("<table><tr><th>Element</th><th>Kind</th><th>Worst</th><th class=\"num\">Gaps</th><th class=\"num\">Not assessed</th><th class=\"num\">Total level gap</th><th class=\"num\">Largest</th></tr>\n");
		for (ElementFigures e : fleet.worstElements(options.top())) {
			b.append("<tr class=\"worst-element\" data-element=\"").append(html(e.element().path())).append("\"><td>")
					.append(html(Text.element(e.element()))).append("</td><td>").append(html(e.element().kind()))
					.append("</td><td class=\"").append(e.worst().name()).append("\">").append(Text.status(e.worst()))
					.append("</td><td class=\"num\">").append(e.rowsWithGap()).append("</td><td class=\"num\">")
					.append(e.rowsNotAssessed()).append("</td><td class=\"num\">").append(e.totalLevelGap())
					.append("</td><td class=\"num\">").append(e.largestLevelGap()).append("</td></tr>\n");
		}
		b.append("</table>\n");
		b.append("<h2 id=\"largest-gaps\">Largest gaps</h2>\n<p class=\"small\">The ").append(options.top())
				.append(" rows with the largest level gap (then scope gap, then priority). All rows: ").append(DETAIL_FILES)
				.append(".</p>\n");
		b.append("<table><tr><th>Practice</th><th>Element</th><th>Target</th><th>Achieved</th><th class=\"num\">Level gap</th><th class=\"num\">Scope gap</th><th>Priority</th></tr>\n");
		for (GapRow row : fleet.largestGaps(options.top())) {
			b.append("<tr class=\"largest-gap\" data-practice=\"").append(html(row.practice().qualifiedName()))
					.append("\" data-element=\"").append(html(row.element().path())).append("\"><td>")
					.append(html(row.practice().code())).append(' ').append(html(row.practice().title())).append("</td><td>")
					.append(html(Text.element(row.element()))).append("</td><td>").append(html(Text.target(row.target())))
					.append("</td><td>").append(html(Text.achieved(row.achieved()))).append("</td><td class=\"num\">")
					.append(row.levelGap()).append("</td><td class=\"num\">").append(row.scopeGap()).append("</td><td>")
					.append(html(row.target().priority().getLiteral())).append("</td></tr>\n");
		}
		b.append("</table>\n");
	}

	static void coverage(StringBuilder b, FleetSummary fleet, ReportOptions options) {
		GapReport r = fleet.report();
		b.append("<h2 id=\"coverage\">Coverage</h2>\n");
		int covered = r.coverage().components().size() - r.coverage().uncoveredComponents().size();
		b.append("<p id=\"coverage-counts\">").append(String.format("%,d", covered)).append(" of ")
				.append(String.format("%,d", r.coverage().components().size()))
				.append(" components have a target for at least one practice. Components no target covers: ")
				.append(html(firstOf(r.coverage().uncoveredComponents(), options.top()))).append(".</p>\n");
		if (!r.coverage().practicesWithoutFinding().isEmpty()) {
			b.append("<p>Targeted practices without a finding:</p>\n<ul>\n");
			for (PracticeWithoutFinding p : r.coverage().practicesWithoutFinding()) {
				b.append("<li>").append(html(p.practice().qualifiedName())).append(" on ")
						.append(html(firstOf(p.elements().stream().map(e -> e.isEmpty() ? "(system)" : e).toList(), 10)))
						.append("</li>\n");
			}
			b.append("</ul>\n");
		}
		b.append("<p class=\"small\">The matrix of every component and practice is in the Coverage sheet of report.xlsx and in coverage.svg.</p>\n");
	}

	/** "a, b, c and 1,234 more" or "none". */
	static String firstOf(List<String> items, int n) {
		if (items.isEmpty()) {
			return "none";
		}
		String head = String.join(", ", items.subList(0, Math.min(n, items.size())));
		return items.size() > n ? head + " and " + String.format("%,d", items.size() - n) + " more" : head;
	}

	static void roadmap(StringBuilder b, FleetSummary fleet, ReportOptions options) {
		List<StepGroup> groups = fleet.roadmapGroups();
		GapReport r = fleet.report();
		b.append("<h2 id=\"roadmap\">Roadmap</h2>\n");
		if (groups.isEmpty()) {
			b.append("<p>No step: every targeted practice that was assessed meets its target.</p>\n");
		} else {
			b.append("<p class=\"small\">").append(String.format("%,d", r.roadmap().size())).append(" steps in ")
					.append(String.format("%,d", groups.size()))
					.append(" groups: steps that ask the same level of the same practice of elements of one zone are one line here; ")
					.append(groups.size() > options.top() ? "the first " + options.top() + " groups in roadmap order are shown; " : "")
					.append("roadmap.csv lists every step with its group number.</p>\n");
		}
		for (StepGroup g : groups.subList(0, Math.min(options.top(), groups.size()))) {
			RoadmapStep s = g.first();
			b.append("<div class=\"step group\" data-group=\"").append(g.number()).append("\" data-rank=\"").append(g.firstRank())
					.append("\" data-steps=\"").append(g.steps().size()).append("\" data-elements=\"").append(g.elements().size())
					.append("\" data-components=\"").append(g.components()).append("\">\n<p><strong>").append(g.number())
					.append(". ").append(html(g.describe())).append("</strong> (from step ").append(g.firstRank())
					.append(", priority ").append(html(s.priority().getLiteral())).append(", ").append(g.steps().size())
					.append(g.steps().size() == 1 ? " step" : " steps").append(")</p>\n");
			if (g.elements().size() > 1) {
				b.append("<p class=\"small\">On ").append(html(firstOf(g.elements().stream()
						.map(e -> e.isEmpty() ? "(system)" : e).toList(), 8))).append("</p>\n");
			}
			if (s.guidance() != null && !s.guidance().isBlank()) {
				b.append("<p>").append(html(s.guidance())).append("</p>\n");
			}
			HtmlReport.list(b, "What to do", s.actions());
			HtmlReport.list(b, "How an assessor recognises it", s.indicators());
			long planned = g.steps().stream().filter(RoadmapStep::isPlanned).count();
			if (planned > 0) {
				b.append("<p class=\"small\">").append(planned).append(" of these steps are in an improvement plan.</p>\n");
			}
			b.append("</div>\n");
		}
		if (!r.unmatchedPlannedSteps().isEmpty()) {
			b.append("<h3>Plan steps that match no open gap</h3>\n<ul>\n");
			List<Planned> unmatched = r.unmatchedPlannedSteps();
			for (Planned p : unmatched.subList(0, Math.min(options.top(), unmatched.size()))) {
				b.append("<li>").append(html(p.plan())).append(": ").append(html(p.practice())).append(" on ")
						.append(html(p.element().isEmpty() ? "(system)" : p.element())).append(" to level ").append(p.toLevel())
						.append("</li>\n");
			}
			if (unmatched.size() > options.top()) {
				b.append("<li>and ").append(unmatched.size() - options.top()).append(" more</li>\n");
			}
			b.append("</ul>\n");
		}
	}

	static void trend(StringBuilder b, GapReport r, FigureSource figures, ReportOptions options) {
		b.append("<h2 id=\"trend\">Trend</h2>\n");
		HtmlReport.figureBody(b, figures.trendSvg(), "the trend chart (progress over the assessments)", "trend.svg", options);
		Trend t = r.trend();
		if (t == null) {
			b.append("<p>No earlier assessment to compare with.</p>\n");
			return;
		}
		List<String> counts = new ArrayList<>();
		for (Trend.Change c : Trend.Change.values()) {
			counts.add(String.format("%,d", t.count(c)) + " " + Text.status2(c));
		}
		b.append("<p>From ").append(html(t.from())).append(" (").append(html(t.fromDate())).append(") to ")
				.append(html(t.to())).append(" (").append(html(t.toDate())).append("): ")
				.append(html(String.join(", ", counts))).append(".</p>\n");
		List<Trend.Entry> changes = new ArrayList<>();
		for (Trend.Change c : List.of(Trend.Change.REGRESSED, Trend.Change.IMPROVED)) {
			for (Trend.Entry e : t.entries()) {
				if (e.change() == c && changes.size() < options.top()) {
					changes.add(e);
				}
			}
		}
		if (!changes.isEmpty()) {
			b.append("<p class=\"small\">The first ").append(changes.size())
					.append(" regressions, then improvements; every change is in gap-report.json (trend).</p>\n");
			b.append("<table><tr><th>Practice</th><th>Element</th><th>Before</th><th>After</th><th>Change</th></tr>\n");
			for (Trend.Entry e : changes) {
				b.append("<tr class=\"trend ").append(e.change().name()).append("\"><td>")
						.append(html(e.practice().qualifiedName())).append("</td><td>").append(html(Text.element(e.element())))
						.append("</td><td>").append(html(Text.achieved(e.before()))).append("</td><td>")
						.append(html(Text.achieved(e.after()))).append("</td><td>").append(Text.status2(e.change()))
						.append("</td></tr>\n");
			}
			b.append("</table>\n");
		}
	}

	static void evidence(StringBuilder b, GapReport r, ReportOptions options) {
		b.append("<h2 id=\"evidence\">Evidence appendix</h2>\n");
		Set<Finding> findings = new LinkedHashSet<>();
		List<GapRow> first = new ArrayList<>();
		for (GapRow row : r.rows()) {
			if (row.achieved() != null && row.achieved().finding() != null && findings.add(row.achieved().finding())
					&& first.size() < options.top()) {
				first.add(row);
			}
		}
		b.append("<p>").append(String.format("%,d", findings.size()))
				.append(" findings apply to this system; the first ").append(first.size())
				.append(" are listed. Every finding with its source line is in gap-report.json and gaps.csv.</p>\n");
		b.append("<table><tr><th>Practice</th><th>On</th><th>Found</th><th class=\"num\">Evidence items</th><th>Indicators of the level</th><th>Where</th></tr>\n");
		for (GapRow row : first) {
			b.append("<tr><td>").append(html(row.practice().qualifiedName())).append("</td><td>")
					.append(html(row.achieved().on().isEmpty() ? "(system-wide)" : row.achieved().on())).append("</td><td>")
					.append(html(Text.achieved(row.achieved()))).append("</td><td class=\"num\">")
					.append(row.achieved().evidenceCount()).append("</td><td>")
					.append(html(row.achieved().indicators().describe())).append("</td><td class=\"small\">")
					.append(html(row.achieved().location())).append("</td></tr>\n");
		}
		b.append("</table>\n");
	}
}
