package org.iotsmm.report;

import static org.iotsmm.report.Text.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.Planned;
import org.iotsmm.analysis.ProgressPoint;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.analysis.Trend;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;

/**
 * The report as one self-contained XHTML page: inline CSS, inline SVG figures, no script and no
 * request to the network. The same page is the input of the PDF. Every text from the model is
 * escaped.
 */
public final class HtmlReport {

	private static final String CSS = """
			@page { size: A4; margin: 14mm 12mm; }
			body { font-family: "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #1d232a; margin: 0 auto; max-width: 1100px; padding: 0 16px; line-height: 1.4; }
			h1 { font-size: 20pt; margin: 18px 0 4px 0; }
			h2 { font-size: 14pt; border-bottom: 2px solid #2b5d8a; padding-bottom: 2px; margin-top: 26px; page-break-after: avoid; }
			h3 { font-size: 11.5pt; margin: 16px 0 6px 0; page-break-after: avoid; }
			.meta { color: #4a5560; margin: 0 0 10px 0; }
			table { border-collapse: collapse; width: 100%; margin: 6px 0 12px 0; font-size: 9pt; }
			th, td { border: 1px solid #c6ccd2; padding: 3px 5px; text-align: left; vertical-align: top; }
			th { background: #e8edf2; }
			tr { page-break-inside: avoid; }
			td.num, th.num { text-align: right; }
			.GAP { background: #f8d7d3; }
			.NOT_ASSESSED { background: #fff2c4; }
			.MET { background: #d8f0d8; }
			.EXCEEDS { background: #cce6f5; }
			.NO_TARGET { background: #ffffff; }
			.figure { margin: 10px 0; text-align: center; }
			.figure svg { max-width: 100%; height: auto; }
			.figure-missing { border: 1px dashed #9aa4ad; color: #4a5560; padding: 10px; margin: 10px 0; font-style: italic; }
			.kpi td { font-size: 11pt; }
			table.heat td { text-align: center; font-size: 8pt; padding: 2px 3px; }
			table.heat th { font-size: 8pt; }
			.step { border-left: 4px solid #2b5d8a; padding: 4px 10px; margin: 8px 0; page-break-inside: avoid; }
			.step p { margin: 3px 0; }
			.step ul { margin: 2px 0 2px 18px; padding: 0; }
			.small { font-size: 8.5pt; color: #4a5560; }
			code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
			@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
			""";

	private HtmlReport() {
	}

	public static String render(GapReport r, FigureSource figures) {
		return render(r, figures, ReportOptions.DEFAULT, StandardsSection.NONE);
	}

	public static String render(GapReport r, FigureSource figures, ReportOptions options) {
		return render(r, figures, options, StandardsSection.NONE);
	}

	public static String render(GapReport r, FigureSource figures, StandardsSection standards) {
		return render(r, figures, ReportOptions.DEFAULT, standards);
	}

	/**
	 * The page; above {@link ReportOptions#SUMMARY_ABOVE_ROWS} rows (or when asked) the fleet
	 * summary replaces the tables of every row, step, change and finding (see {@link HtmlFleet});
	 * with a standard, its section before the method.
	 */
	public static String render(GapReport r, FigureSource figures, ReportOptions options, StandardsSection standards) {
		boolean summarise = options.summarises(r);
		StringBuilder b = new StringBuilder(64 * 1024);
		b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\" />\n");
		b.append("<title>Security maturity gap report: ").append(html(r.system())).append("</title>\n");
		b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		b.append("<h1>Security maturity gap report: ").append(html(r.system())).append("</h1>\n");
		b.append("<p class=\"meta\">Catalog ").append(html(r.catalog())).append(' ').append(html(r.catalogVersion()));
		if (r.profile() != null) {
			b.append(", profile ").append(html(r.profile()));
		}
		b.append(" &#183; target set <strong>").append(html(r.targetSet())).append("</strong>");
		if (r.template() != null) {
			b.append(" (from template ").append(html(r.template())).append(')');
		}
		b.append(" &#183; assessment <strong>")
				.append(r.assessment() == null ? "none yet" : html(r.assessment()) + "</strong> of " + html(r.assessmentDate()))
				.append(r.assessment() == null ? "</strong>" : "").append("</p>\n");
		summary(b, r);
		if (summarise) {
			FleetSummary fleet = FleetSummary.of(r);
			HtmlFleet.overview(b, fleet, options);
			figure(b, "Architecture", "architecture", figures.architectureSvg(),
					"the architecture diagram (zones, components and flows coloured by gap)", "architecture.svg", options);
			HtmlFleet.zoneFigureLinks(b, figures, options);
			figure(b, "Maturity profile", "maturity-profile", figures.maturityProfileSvg(),
					"the maturity profile chart (target versus achieved level per practice)", "maturity-profile.svg", options);
			HtmlFleet.worst(b, fleet, options);
			HtmlFleet.coverage(b, fleet, options);
			HtmlFleet.roadmap(b, fleet, options);
			HtmlFleet.trend(b, r, figures, options);
			HtmlFleet.evidence(b, r, options);
		} else {
			figure(b, "Architecture", "architecture", figures.architectureSvg(),
					"the architecture diagram (zones, components and flows coloured by gap)", "architecture.svg", options);
			HtmlFleet.zoneFigureLinks(b, figures, options);
			figure(b, "Maturity profile", "maturity-profile", figures.maturityProfileSvg(),
					"the maturity profile chart (target versus achieved level per practice)", "maturity-profile.svg", options);
			gaps(b, r);
			coverage(b, r, figures, options);
			roadmap(b, r);
			trend(b, r, figures, options);
			evidence(b, r);
		}
		b.append(standards.htmlSection());
		b.append("<h2 id=\"method\">Method: how every number is computed</h2>\n");
		b.append(MarkdownToHtml.convert(GapAnalysis.method(), 2));
		b.append("<p class=\"small\">Generated by smm from the model; every figure above can be traced to the practice rows in ")
				.append(summarise ? "gaps.csv, report.xlsx and gap-report.json" : "the gaps section")
				.append(" and to the file and line of its target entry and finding.</p>\n");
		b.append("</body>\n</html>\n");
		return b.toString();
	}

	static void summary(StringBuilder b, GapReport r) {
		RollUp all = r.overall();
		b.append("<h2 id=\"summary\">Summary</h2>\n");
		b.append("<table class=\"kpi\"><tr><th>Practices with a target</th><th>Met or exceeded</th><th>With a gap</th><th>Not assessed</th><th>Total level gap</th><th>Largest level gap</th><th>Targeted rows not assessed</th><th>Overall status</th></tr>\n");
		b.append("<tr id=\"overall\"><td class=\"num\">").append(all.practicesWithTarget()).append("</td><td class=\"num\">")
				.append(all.practicesMet()).append("</td><td class=\"num\">").append(all.practicesWithGap())
				.append("</td><td class=\"num\">").append(all.practicesNotAssessed()).append("</td><td class=\"num\">")
				.append(all.totalLevelGap()).append("</td><td class=\"num\">").append(all.largestLevelGap())
				.append("</td><td class=\"num\">").append(all.rowsNotAssessed()).append("</td><td class=\"")
				.append(all.status().name()).append("\">").append(Text.status(all.status())).append("</td></tr></table>\n");
		b.append("<h3>By domain</h3>\n<table><tr><th>Domain</th><th class=\"num\">With target</th><th class=\"num\">Met</th><th class=\"num\">Gap</th><th class=\"num\">Not assessed</th><th class=\"num\">Total level gap</th><th>Status</th></tr>\n");
		for (RollUp u : r.rollUps()) {
			if (u.group().equals(RollUp.DOMAIN) && u.element() == null) {
				b.append("<tr class=\"rollup\" data-domain=\"").append(html(u.name())).append("\"><td>").append(html(u.name()))
						.append("</td><td class=\"num\">").append(u.practicesWithTarget()).append("</td><td class=\"num\">")
						.append(u.practicesMet()).append("</td><td class=\"num\">").append(u.practicesWithGap())
						.append("</td><td class=\"num\">").append(u.practicesNotAssessed()).append("</td><td class=\"num\">")
						.append(u.totalLevelGap()).append("</td><td class=\"").append(u.status().name()).append("\">")
						.append(Text.status(u.status())).append("</td></tr>\n");
			}
		}
		b.append("</table>\n");
		b.append("<p>").append(r.roadmap().size()).append(" roadmap step(s) close the gaps");
		if (r.trend() != null) {
			b.append("; since ").append(html(r.trend().from())).append(": ").append(r.trend().count(Trend.Change.IMPROVED))
					.append(" improved, ").append(r.trend().count(Trend.Change.REGRESSED)).append(" regressed");
		}
		b.append(".</p>\n");
	}

	private static void figure(StringBuilder b, String title, String id, Optional<String> svg, String what, String file,
			ReportOptions options) {
		b.append("<h2 id=\"").append(id).append("\">").append(title).append("</h2>\n");
		figureBody(b, svg, what, file, options);
	}

	/**
	 * A figure scaled to the page column (see {@link FittedSvg}); when it had to be scaled and the
	 * SVG files are written beside the report, a link opens the full-size drawing for zooming.
	 */
	static void figureBody(StringBuilder b, Optional<String> svg, String what, String file, ReportOptions options) {
		if (svg.isPresent() && !svg.get().isBlank()) {
			String drawn = stripProlog(svg.get());
			String fitted = FittedSvg.fit(drawn, FittedSvg.PAGE_WIDTH_PX, FittedSvg.PAGE_HEIGHT_PX);
			b.append("<div class=\"figure\">").append(fitted).append("</div>\n");
			if (options.linkFullSizeFigures() && FittedSvg.width(drawn) > FittedSvg.PAGE_WIDTH_PX) {
				b.append("<p class=\"small figure-link\">Scaled to the page; full size for zooming: <a href=\"")
						.append(html(file)).append("\">").append(html(file)).append("</a>.</p>\n");
			}
		} else {
			b.append("<p class=\"figure-missing\">Figure not available: ").append(html(what))
					.append(" is not produced by this installation of smm. The tables below carry the same figures.</p>\n");
		}
	}

	/** Removes an XML declaration or DOCTYPE before the svg element, so that it can be inlined. */
	static String stripProlog(String svg) {
		int start = svg.indexOf("<svg");
		return start > 0 ? svg.substring(start) : svg;
	}

	/** The rows a reader needs: those with a target or a finding. */
	static List<GapRow> shownRows(GapReport r) {
		return r.rows().stream().filter(row -> row.hasTarget() || row.isAssessed()).toList();
	}

	private static void gaps(StringBuilder b, GapReport r) {
		b.append("<h2 id=\"gaps\">Gaps by domain</h2>\n");
		b.append("<p class=\"small\">One row per practice and element with a target or a finding. Level gap = max(0, target - achieved); scope gap counts the scope steps short of the target (general, industry, system).</p>\n");
		Map<String, List<GapRow>> byDomain = new LinkedHashMap<>();
		for (GapRow row : shownRows(r)) {
			byDomain.computeIfAbsent(row.practice().domain(), k -> new ArrayList<>()).add(row);
		}
		for (Map.Entry<String, List<GapRow>> domain : byDomain.entrySet()) {
			b.append("<h3>").append(html(domain.getKey())).append("</h3>\n");
			b.append("<table><tr><th>Practice</th><th>Element</th><th>Target</th><th>Achieved</th><th class=\"num\">Level gap</th><th class=\"num\">Scope gap</th><th>Status</th><th>Source</th></tr>\n");
			for (GapRow row : domain.getValue()) {
				b.append("<tr class=\"row ").append(row.status().name()).append("\" data-practice=\"")
						.append(html(row.practice().qualifiedName())).append("\" data-element=\"")
						.append(html(row.element().path())).append("\" data-level-gap=\"").append(row.levelGap())
						.append("\" data-scope-gap=\"").append(row.scopeGap()).append("\" data-status=\"")
						.append(row.status().name()).append("\">");
				b.append("<td>").append(html(row.practice().code())).append(' ').append(html(row.practice().title()))
						.append("</td><td>").append(html(Text.element(row.element()))).append("</td><td>")
						.append(html(Text.target(row.target()))).append("</td><td>").append(html(Text.achieved(row.achieved())))
						.append("</td><td class=\"num\">").append(row.levelGap()).append("</td><td class=\"num\">")
						.append(row.scopeGap()).append("</td><td class=\"").append(row.status().name()).append("\">")
						.append(Text.status(row.status())).append("</td><td class=\"small\">");
				if (row.target() != null) {
					b.append("target: ").append(html(row.target().origin().location()));
				}
				if (row.achieved() != null) {
					b.append(row.target() != null ? "<br />" : "").append("finding: ").append(html(row.achieved().location()));
				}
				b.append("</td></tr>\n");
			}
			b.append("</table>\n");
		}
	}

	private static void coverage(StringBuilder b, GapReport r, FigureSource figures, ReportOptions options) {
		b.append("<h2 id=\"coverage\">Coverage</h2>\n");
		figureBody(b, figures.coverageHeatMapSvg(), "the coverage heat map (components by practices)", "coverage.svg",
				options);
		b.append("<table><tr><th>Component</th><th class=\"num\">Practices with a target</th><th class=\"num\">Practices with a finding</th></tr>\n");
		r.coverage().components().forEach(c -> b.append("<tr><td>").append(html(c.component().path()))
				.append("</td><td class=\"num\">").append(c.targets()).append("</td><td class=\"num\">").append(c.findings())
				.append("</td></tr>\n"));
		b.append("</table>\n");
		b.append("<p>Components no target covers: ").append(r.coverage().uncoveredComponents().isEmpty() ? "none"
				: html(String.join(", ", r.coverage().uncoveredComponents()))).append(".</p>\n");
		if (!r.coverage().practicesWithoutFinding().isEmpty()) {
			b.append("<p>Targeted practices without a finding:</p>\n<ul>\n");
			for (PracticeWithoutFinding p : r.coverage().practicesWithoutFinding()) {
				b.append("<li>").append(html(p.practice().qualifiedName())).append(" on ")
						.append(html(String.join(", ", p.elements().stream().map(e -> e.isEmpty() ? "(system)" : e).toList())))
						.append("</li>\n");
			}
			b.append("</ul>\n");
		}
	}

	private static void roadmap(StringBuilder b, GapReport r) {
		b.append("<h2 id=\"roadmap\">Roadmap</h2>\n");
		if (r.roadmap().isEmpty()) {
			b.append("<p>No step: every targeted practice that was assessed meets its target.</p>\n");
		}
		for (RoadmapStep s : r.roadmap()) {
			b.append("<div class=\"step\" data-rank=\"").append(s.rank()).append("\">\n<p><strong>").append(s.rank())
					.append(". ").append(html(s.practice().title())).append(" (").append(html(s.practice().code()))
					.append(") on ").append(html(Text.element(s.element()))).append(": reach level ").append(s.level());
			if (s.level() == s.targetLevel()) {
				b.append(" ").append(html(s.scope().getLiteral()));
			}
			b.append("</strong> (achieved ").append(s.achievedLevel()).append(", target ").append(s.targetLevel())
					.append(s.scopeOnly() ? ", scope only" : "").append(", priority ").append(html(s.priority().getLiteral()))
					.append(")</p>\n");
			if (!s.covers().isEmpty()) {
				b.append("<p class=\"small\">Also closes: ").append(html(String.join(", ", s.covers()))).append("</p>\n");
			}
			if (s.guidance() != null && !s.guidance().isBlank()) {
				b.append("<p>").append(html(s.guidance())).append("</p>\n");
			}
			list(b, "What to do", s.actions());
			list(b, "How an assessor recognises it", s.indicators());
			Planned p = s.planned();
			if (p != null) {
				b.append("<p class=\"small\">Planned in ").append(html(p.plan())).append(": owner ").append(html(p.owner()))
						.append(", due ").append(html(p.due())).append(", status ")
						.append(html(p.status() == null ? "" : p.status().getLiteral()))
						.append(p.note() == null ? "" : ". " + html(p.note())).append("</p>\n");
			}
			b.append("<p class=\"small\">Target: ").append(html(s.origin().describe())).append("</p>\n</div>\n");
		}
		if (!r.unmatchedPlannedSteps().isEmpty()) {
			b.append("<h3>Plan steps that match no open gap</h3>\n<ul>\n");
			for (Planned p : r.unmatchedPlannedSteps()) {
				b.append("<li>").append(html(p.plan())).append(": ").append(html(p.practice())).append(" on ")
						.append(html(p.element().isEmpty() ? "(system)" : p.element())).append(" to level ").append(p.toLevel())
						.append(", ").append(html(p.status() == null ? "" : p.status().getLiteral())).append("</li>\n");
			}
			b.append("</ul>\n");
		}
	}

	static void list(StringBuilder b, String title, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		b.append("<p>").append(title).append(":</p>\n<ul>\n");
		for (String item : items) {
			b.append("<li>").append(html(item)).append("</li>\n");
		}
		b.append("</ul>\n");
	}

	private static void trend(StringBuilder b, GapReport r, FigureSource figures, ReportOptions options) {
		b.append("<h2 id=\"trend\">Trend</h2>\n");
		figureBody(b, figures.trendSvg(), "the trend chart (progress over the assessments)", "trend.svg", options);
		if (!r.progress().isEmpty()) {
			b.append("<table><tr><th>Assessment</th><th>Date</th><th class=\"num\">With target</th><th class=\"num\">Met</th><th class=\"num\">Gap</th><th class=\"num\">Not assessed</th><th class=\"num\">Total level gap</th></tr>\n");
			for (ProgressPoint p : r.progress()) {
				b.append("<tr class=\"progress\"><td>").append(html(p.assessment())).append("</td><td>").append(html(p.date()))
						.append("</td><td class=\"num\">").append(p.practicesWithTarget()).append("</td><td class=\"num\">")
						.append(p.practicesMet()).append("</td><td class=\"num\">").append(p.practicesWithGap())
						.append("</td><td class=\"num\">").append(p.practicesNotAssessed()).append("</td><td class=\"num\">")
						.append(p.totalLevelGap()).append("</td></tr>\n");
			}
			b.append("</table>\n");
		}
		Trend t = r.trend();
		if (t == null) {
			b.append("<p>No earlier assessment to compare with.</p>\n");
			return;
		}
		b.append("<p>From ").append(html(t.from())).append(" (").append(html(t.fromDate())).append(") to ")
				.append(html(t.to())).append(" (").append(html(t.toDate())).append("): ");
		List<String> counts = new ArrayList<>();
		for (Trend.Change c : Trend.Change.values()) {
			counts.add(t.count(c) + " " + Text.status2(c));
		}
		b.append(html(String.join(", ", counts))).append(".</p>\n");
		b.append("<table><tr><th>Practice</th><th>Element</th><th>Before</th><th>After</th><th>Change</th></tr>\n");
		for (Trend.Entry e : t.entries()) {
			if (e.change() == Trend.Change.UNCHANGED) {
				continue;
			}
			b.append("<tr class=\"trend ").append(e.change().name()).append("\"><td>").append(html(e.practice().qualifiedName()))
					.append("</td><td>").append(html(Text.element(e.element()))).append("</td><td>")
					.append(html(Text.achieved(e.before()))).append("</td><td>").append(html(Text.achieved(e.after())))
					.append("</td><td>").append(Text.status2(e.change())).append("</td></tr>\n");
		}
		b.append("</table>\n<p class=\"small\">Unchanged pairs are counted above and not listed.</p>\n");
	}

	private static void evidence(StringBuilder b, GapReport r) {
		b.append("<h2 id=\"evidence\">Evidence appendix</h2>\n");
		Set<Finding> seen = new LinkedHashSet<>();
		List<GapRow> rows = new ArrayList<>();
		for (GapRow row : r.rows()) {
			if (row.achieved() != null && row.achieved().finding() != null && seen.add(row.achieved().finding())) {
				rows.add(row);
			}
		}
		if (rows.isEmpty()) {
			b.append("<p>No finding in this assessment.</p>\n");
			return;
		}
		b.append("<table><tr><th>Practice</th><th>On</th><th>Found</th><th>Evidence</th><th>Reference</th><th>Dated</th><th>Where</th></tr>\n");
		for (GapRow row : rows) {
			Finding f = row.achieved().finding();
			List<Evidence> evidence = f.getEvidence();
			int span = Math.max(1, evidence.size());
			for (int i = 0; i < span; i++) {
				b.append("<tr>");
				if (i == 0) {
					String rs = span > 1 ? " rowspan=\"" + span + "\"" : "";
					b.append("<td").append(rs).append('>').append(html(row.practice().qualifiedName())).append("</td><td")
							.append(rs).append('>').append(html(row.achieved().on().isEmpty() ? "(system-wide)" : row.achieved().on()))
							.append("</td><td").append(rs).append('>').append(html(Text.achieved(row.achieved())));
					if (row.achieved().indicators().ofLevel() > 0) {
						b.append("<br /><span class=\"indicators\">").append(html(row.achieved().indicators().describe()))
								.append("</span>");
					}
					if (f.getNote() != null) {
						b.append("<br /><span class=\"small\">").append(html(f.getNote())).append("</span>");
					}
					b.append("</td>");
				}
				if (evidence.isEmpty()) {
					b.append("<td>(no evidence recorded)</td><td></td><td></td>");
				} else {
					Evidence e = evidence.get(i);
					b.append("<td>").append(html(EvidenceText.kindAndDescription(e)));
					if (!e.getIndicators().isEmpty()) {
						b.append("<br /><span class=\"small\">").append(html(EvidenceText.shows(e))).append("</span>");
					}
					b.append("</td><td>").append(html(e.getReference()))
							.append("</td><td>").append(html(e.getDate())).append("</td>");
				}
				if (i == 0) {
					b.append("<td class=\"small\"").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append('>')
							.append(html(row.achieved().location())).append("</td>");
				}
				b.append("</tr>\n");
			}
		}
		b.append("</table>\n");
	}
}
