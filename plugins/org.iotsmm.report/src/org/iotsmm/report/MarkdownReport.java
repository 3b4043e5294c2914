package org.iotsmm.report;

import static org.iotsmm.report.Text.md;

import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.ProgressPoint;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.analysis.Trend;

/** The report as Markdown, for people who edit reports (figures are not included). */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String render(GapReport r) {
		return render(r, ReportOptions.DEFAULT, StandardsSection.NONE);
	}

	public static String render(GapReport r, ReportOptions options) {
		return render(r, options, StandardsSection.NONE);
	}

	public static String render(GapReport r, StandardsSection standards) {
		return render(r, ReportOptions.DEFAULT, standards);
	}

	/**
	 * The report; above {@link ReportOptions#SUMMARY_ABOVE_ROWS} rows (or when asked) the fleet
	 * summary (see {@link MarkdownFleet}); with a standard, its section before the method.
	 */
	public static String render(GapReport r, ReportOptions options, StandardsSection standards) {
		boolean summarise = options.summarises(r);
		StringBuilder b = new StringBuilder(32 * 1024);
		b.append("# Security maturity gap report: ").append(md(r.system())).append("\n\n");
		b.append("Catalog ").append(md(r.catalog())).append(' ').append(md(r.catalogVersion()));
		if (r.profile() != null) {
			b.append(", profile ").append(md(r.profile()));
		}
		b.append("; target set **").append(md(r.targetSet())).append("**; assessment **")
				.append(r.assessment() == null ? "none yet" : md(r.assessment()) + "** of " + r.assessmentDate())
				.append(r.assessment() == null ? "**" : "").append(".\n\n");
		RollUp all = r.overall();
		b.append("## Summary\n\n| Practices with a target | Met or exceeded | With a gap | Not assessed | Total level gap | Largest level gap | Overall status |\n|---:|---:|---:|---:|---:|---:|---|\n");
		b.append("| ").append(all.practicesWithTarget()).append(" | ").append(all.practicesMet()).append(" | ")
				.append(all.practicesWithGap()).append(" | ").append(all.practicesNotAssessed()).append(" | ")
				.append(all.totalLevelGap()).append(" | ").append(all.largestLevelGap()).append(" | ")
				.append(Text.status(all.status())).append(" |\n\n");
		domains(b, r);
		b.append("Figures (architecture, maturity profile, coverage heat map, trend) are in the HTML and PDF reports when available.\n\n");
		if (summarise) {
			MarkdownFleet.sections(b, FleetSummary.of(r), options);
		} else {
			full(b, r);
		}
		evidence(b, r, summarise ? options.top() : Integer.MAX_VALUE);
		b.append('\n').append(standards.markdownSection());
		b.append("\n## Method\n\n");
		b.append(GapAnalysis.method().replaceFirst("(?m)^# .*\\n", "").replaceAll("(?m)^(#+) ", "$1## "));
		return b.toString();
	}

	/** Per finding: the level found, how many indicators of that level are evidenced, and each item. */
	private static void evidence(StringBuilder b, GapReport r, int limit) {
		b.append("\n## Evidence\n\n");
		java.util.Set<org.iotsmm.smm.Finding> seen = new java.util.LinkedHashSet<>();
		java.util.List<GapRow> rows = EvidenceText.findingRows(r, limit, seen);
		if (rows.isEmpty()) {
			b.append("No finding in this assessment.\n");
			return;
		}
		if (rows.size() < seen.size()) {
			b.append("The first ").append(rows.size()).append(" of ").append(seen.size())
					.append(" findings; every finding is in gap-report.json and gaps.csv.\n\n");
		}
		for (GapRow row : rows) {
			b.append("- **").append(md(row.practice().qualifiedName())).append("** on ")
					.append(md(row.achieved().on().isEmpty() ? "(system-wide)" : row.achieved().on())).append(": level ")
					.append(md(Text.achieved(row.achieved())));
			if (row.achieved().indicators().ofLevel() > 0) {
				b.append(", ").append(row.achieved().indicators().describe());
			}
			b.append(" (").append(md(row.achieved().location().toString())).append(")\n");
			for (org.iotsmm.smm.Evidence e : row.achieved().finding().getEvidence()) {
				b.append("  - ").append(md(EvidenceText.kindAndDescription(e)));
				if (e.getReference() != null) {
					b.append("; ref ").append(md(e.getReference()));
				}
				if (e.getDate() != null) {
					b.append("; dated ").append(e.getDate());
				}
				if (!e.getIndicators().isEmpty()) {
					b.append("; ").append(EvidenceText.shows(e));
				}
				b.append('\n');
			}
		}
	}

	private static void domains(StringBuilder b, GapReport r) {
		b.append("### By domain\n\n| Domain | With target | Met | Gap | Not assessed | Total level gap | Status |\n|---|---:|---:|---:|---:|---:|---|\n");
		for (RollUp u : r.rollUps()) {
			if (u.group().equals(RollUp.DOMAIN) && u.element() == null) {
				b.append("| ").append(md(u.name())).append(" | ").append(u.practicesWithTarget()).append(" | ")
						.append(u.practicesMet()).append(" | ").append(u.practicesWithGap()).append(" | ")
						.append(u.practicesNotAssessed()).append(" | ").append(u.totalLevelGap()).append(" | ")
						.append(Text.status(u.status())).append(" |\n");
			}
		}
		b.append('\n');
	}

	/** Coverage, as the HTML report has it: per component the practices with a target and with a finding. */
	static void coverage(StringBuilder b, GapReport r) {
		b.append("\n## Coverage\n\n");
		if (!r.coverage().components().isEmpty()) {
			b.append("| Component | Practices with a target | Practices with a finding |\n|---|---:|---:|\n");
			for (ComponentCoverage c : r.coverage().components()) {
				b.append("| ").append(md(c.component().path())).append(" | ").append(c.targets()).append(" | ")
						.append(c.findings()).append(" |\n");
			}
			b.append('\n');
		}
		b.append("Components no target covers: ").append(r.coverage().uncoveredComponents().isEmpty() ? "none"
				: md(String.join(", ", r.coverage().uncoveredComponents()))).append(".\n");
		if (!r.coverage().practicesWithoutFinding().isEmpty()) {
			b.append("\nTargeted practices without a finding:\n\n");
			for (PracticeWithoutFinding p : r.coverage().practicesWithoutFinding()) {
				b.append("- ").append(md(p.practice().qualifiedName())).append(" on ")
						.append(md(String.join(", ", p.elements().stream().map(e -> e.isEmpty() ? "(system)" : e).toList())))
						.append('\n');
			}
		}
	}

	private static void full(StringBuilder b, GapReport r) {
		b.append("## Gaps by domain\n\n");
		String domain = null;
		for (GapRow row : HtmlReport.shownRows(r)) {
			if (!row.practice().domain().equals(domain)) {
				domain = row.practice().domain();
				b.append("\n### ").append(md(domain)).append("\n\n| Practice | Element | Target | Achieved | Level gap | Scope gap | Status |\n|---|---|---|---|---:|---:|---|\n");
			}
			b.append("| ").append(md(row.practice().code() + " " + row.practice().title())).append(" | ")
					.append(md(Text.element(row.element()))).append(" | ").append(md(Text.target(row.target()))).append(" | ")
					.append(md(Text.achieved(row.achieved()))).append(" | ").append(row.levelGap()).append(" | ")
					.append(row.scopeGap()).append(" | ").append(Text.status(row.status())).append(" |\n");
		}
		b.append("\n## Roadmap\n\n");
		if (r.roadmap().isEmpty()) {
			b.append("No step: every targeted practice that was assessed meets its target.\n");
		}
		for (RoadmapStep s : r.roadmap()) {
			b.append(s.rank()).append(". **").append(md(s.practice().title())).append(" (").append(md(s.practice().code()))
					.append(") on ").append(md(Text.element(s.element()))).append(": reach level ").append(s.level())
					.append("** (achieved ").append(s.achievedLevel()).append(", target ").append(s.targetLevel())
					.append(", priority ").append(s.priority().getLiteral()).append(")\n");
			if (s.guidance() != null && !s.guidance().isBlank()) {
				b.append("   ").append(md(s.guidance())).append("\n");
			}
			for (String a : s.actions()) {
				b.append("   - Do: ").append(md(a)).append('\n');
			}
			for (String i : s.indicators()) {
				b.append("   - Indicator: ").append(md(i)).append('\n');
			}
			if (s.planned() != null) {
				b.append("   - Planned: owner ").append(md(s.planned().owner())).append(", due ").append(s.planned().due())
						.append(", ").append(s.planned().status() == null ? "" : s.planned().status().getLiteral()).append('\n');
			}
		}
		coverage(b, r);
		b.append("\n## Trend\n\n");
		if (!r.progress().isEmpty()) {
			b.append("| Assessment | Date | With target | Met | Gap | Not assessed | Total level gap |\n|---|---|---:|---:|---:|---:|---:|\n");
			for (ProgressPoint p : r.progress()) {
				b.append("| ").append(md(p.assessment())).append(" | ").append(p.date()).append(" | ")
						.append(p.practicesWithTarget()).append(" | ").append(p.practicesMet()).append(" | ")
						.append(p.practicesWithGap()).append(" | ").append(p.practicesNotAssessed()).append(" | ")
						.append(p.totalLevelGap()).append(" |\n");
			}
			b.append('\n');
		}
		Trend t = r.trend();
		if (t == null) {
			b.append("No earlier assessment to compare with.\n");
		} else {
			b.append("From ").append(md(t.from())).append(" to ").append(md(t.to())).append(':');
			for (Trend.Change c : Trend.Change.values()) {
				b.append(' ').append(t.count(c)).append(' ').append(Text.status2(c)).append(c.ordinal() < 4 ? "," : ".");
			}
			b.append("\n\n");
			for (Trend.Entry e : t.entries()) {
				if (e.change() != Trend.Change.UNCHANGED) {
					b.append("- ").append(md(e.practice().qualifiedName())).append(" on ").append(md(Text.element(e.element())))
							.append(": ").append(md(Text.achieved(e.before()))).append(" to ").append(md(Text.achieved(e.after())))
							.append(" (").append(Text.status2(e.change())).append(")\n");
				}
			}
		}
	}
}
