package org.iotsmm.report;

import static org.iotsmm.report.Text.html;
import static org.iotsmm.report.Text.md;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.RequirementStatus;
import org.iotsmm.analysis.StandardStatuses;
import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;

/**
 * The standards part of the HTML, PDF and Markdown reports: per practice, the requirements mapped
 * to it; with a chosen standard ({@code smm report --standard NAME}), each of its requirements with
 * the status read from the practices mapped to it ({@link StandardStatuses}).
 */
public record StandardsSection(Map<PracticeRef, List<String>> mappedByPractice, String standard,
		List<RequirementStatus> statuses) {

	public static final StandardsSection NONE = new StandardsSection(Map.of(), null, List.of());

	/** {@code chosen} may be null (no standard section, only the per-practice mappings). */
	public static StandardsSection of(GapReport report, List<StandardMapping> mappings, Standard chosen) {
		Map<PracticeRef, List<String>> byPractice = new LinkedHashMap<>();
		for (PracticeRef practice : report.practices()) {
			List<String> mapped = new ArrayList<>();
			for (StandardMapping mapping : mappings) {
				Standard standard = mapping.getStandard();
				if (standard == null || standard.eIsProxy()) {
					continue;
				}
				for (PracticeMapping entry : mapping.getEntries()) {
					if (entry.getPractice() == null || !practice.name().equals(entry.getPractice().getName())) {
						continue;
					}
					List<String> ids = entry.getRequirements().stream().filter(r -> !r.eIsProxy())
							.map(Requirement::getName).toList();
					if (!ids.isEmpty()) {
						mapped.add(standard.getName() + " " + standard.getVersion() + ": " + String.join(", ", ids) + " ("
								+ entry.getRelation().getLiteral()
								+ (entry.getLevel() > 0 ? ", from level " + entry.getLevel() : "") + ")");
					}
				}
			}
			if (!mapped.isEmpty()) {
				byPractice.put(practice, List.copyOf(mapped));
			}
		}
		return new StandardsSection(byPractice, chosen == null ? null : label(chosen),
				chosen == null ? List.of() : StandardStatuses.of(report, chosen, mappings));
	}

	private static String label(Standard standard) {
		return standard.getName() + " " + standard.getVersion()
				+ (standard.getTitle() == null ? "" : " (" + standard.getTitle() + ")");
	}

	String htmlSection() {
		StringBuilder b = new StringBuilder();
		if (!mappedByPractice.isEmpty()) {
			b.append("<h2 id=\"mappings\">Standards mapped to the practices</h2>\n");
			b.append("<p class=\"small\">The project's own mappings (and any written in the model), not the IIC's.</p>\n");
			b.append("<table>\n<tr><th>Practice</th><th>Mapped requirements</th></tr>\n");
			mappedByPractice.forEach((practice, mapped) -> {
				b.append("<tr><td>").append(html(practice.title())).append("</td><td>");
				b.append(String.join("<br />", mapped.stream().map(Text::html).toList())).append("</td></tr>\n");
			});
			b.append("</table>\n");
		}
		if (standard != null) {
			b.append("<h2 id=\"standard\">Standard ").append(html(standard)).append("</h2>\n");
			b.append("<p class=\"small\">").append(html(counts())).append(" A requirement is met when every practice mapped"
					+ " to it reaches its target (and the mapping's level) on every element; this reads the SMM assessment"
					+ " through the mapping and certifies nothing.</p>\n");
			b.append("<table>\n<tr><th>Requirement</th><th>Title</th><th>Status</th><th>Mapped practices</th></tr>\n");
			for (RequirementStatus status : statuses) {
				b.append("<tr><td>").append(html(status.id())).append("</td><td>").append(html(title(status)))
						.append("</td><td>").append(html(status.state().label())).append("</td><td>")
						.append(html(practices(status))).append("</td></tr>\n");
			}
			b.append("</table>\n");
		}
		return b.toString();
	}

	String markdownSection() {
		StringBuilder b = new StringBuilder();
		if (!mappedByPractice.isEmpty()) {
			b.append("## Standards mapped to the practices\n\nThe project's own mappings (and any written in the model), not the IIC's.\n\n");
			b.append("| Practice | Mapped requirements |\n|---|---|\n");
			mappedByPractice.forEach((practice, mapped) -> b.append("| ").append(md(practice.title())).append(" | ")
					.append(String.join("<br>", mapped.stream().map(Text::md).toList())).append(" |\n"));
			b.append('\n');
		}
		if (standard != null) {
			b.append("## Standard ").append(md(standard)).append("\n\n").append(md(counts())).append("\n\n");
			b.append("| Requirement | Title | Status | Mapped practices |\n|---|---|---|---|\n");
			for (RequirementStatus status : statuses) {
				b.append("| ").append(md(status.id())).append(" | ").append(md(title(status))).append(" | ")
						.append(md(status.state().label())).append(" | ").append(md(practices(status))).append(" |\n");
			}
			b.append('\n');
		}
		return b.toString();
	}

	private String counts() {
		Map<RequirementStatus.State, Integer> counts = new LinkedHashMap<>();
		for (RequirementStatus.State state : RequirementStatus.State.values()) {
			counts.put(state, 0);
		}
		statuses.forEach(s -> counts.merge(s.state(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((state, n) -> parts.add(n + " " + state.label()));
		return statuses.size() + " requirements: " + String.join(", ", parts) + ".";
	}

	/** Subcategories and provisions are often listed by identifier only: name their group instead. */
	static String title(RequirementStatus status) {
		return status.title() != null ? status.title() : status.group() != null ? "(in " + status.group() + ")" : "";
	}

	static String practices(RequirementStatus status) {
		return String.join("; ", status.mapped().stream().map(m -> m.practice().code() + " " + m.relation().getLiteral()
				+ (m.level() > 0 ? " from level " + m.level() : "") + ": " + m.state().label()).toList());
	}
}
