package org.iotsmm.report;

import static org.iotsmm.report.Text.md;

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
		return render(r, StandardsSection.NONE);
	}

	public static String render(GapReport r, StandardsSection standards) {
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
		b.append("Figures (architecture, maturity profile, coverage heat map, trend) are in the HTML and PDF reports when available.\n\n");
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
		b.append('\n').append(standards.markdownSection());
		b.append("\n## Method\n\n");
		b.append(GapAnalysis.method().replaceFirst("(?m)^# .*\\n", "").replaceAll("(?m)^(#+) ", "$1## "));
		return b.toString();
	}
}
