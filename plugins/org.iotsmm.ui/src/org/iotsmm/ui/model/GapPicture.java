package org.iotsmm.ui.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.ArchitectureDiagram;

/**
 * Everything the gap views show for one .smm file, computed off the UI thread from one parsed text
 * and immutable afterwards: the gap report, the laid-out architecture diagram, the names a view can
 * choose from, where each element is declared and the problems reported on each element. The
 * report keeps model objects for navigation only; views never touch them.
 *
 * @param architecture the text of the system's zones, components and flows: while it stays the same, a
 *        new report can be shown on the old layout at once ({@code exactLayout} false) until the
 *        new layout is done
 * @param detailZones for a system drawn as an overview of its zones (above
 *        {@code ZoneDiagrams.OVERVIEW_ABOVE_COMPONENTS} components, as in the reports): the paths
 *        of the zones that have a detail figure; empty when the diagram shows every component
 * @param shownZone the zone whose detail figure {@code diagram} is, or {@code null} (the overview,
 *        or the whole system)
 * @param problems element path to the problem messages of lines inside its declaration
 * @param analysisNanos time of the gap analysis, {@code layoutNanos} of the diagram layout (for benchmarks)
 */
public record GapPicture(IFile file, String system, ViewChoices choices, String architecture, boolean exactLayout,
		GapReport report, ArchitectureDiagram diagram, List<String> detailZones, String shownZone,
		List<String> targetSets, List<String> assessments, Map<String, ElementSource> sources,
		Map<String, List<String>> problems, long textVersion, long analysisNanos, long layoutNanos) {

	public GapPicture {
		detailZones = List.copyOf(detailZones);
		targetSets = List.copyOf(targetSets);
		assessments = List.copyOf(assessments);
		sources = Map.copyOf(sources);
		problems = Map.copyOf(problems);
	}

	/** True when the diagram is the overview of a large system's zones (not a zone's detail). */
	public boolean isOverview() {
		return !detailZones.isEmpty() && shownZone == null;
	}

	/** The detail zone a large system's element is drawn in: the longest detail zone path that contains it. */
	public Optional<String> detailZoneOf(String path) {
		return detailZones.stream().filter(z -> path.equals(z) || path.startsWith(z + "."))
				.max((a, b) -> Integer.compare(a.length(), b.length()));
	}

	/** The innermost zone or component whose declaration contains the document offset. */
	public Optional<ElementSource> elementAt(int offset) {
		return sources.values().stream().filter(s -> s.contains(offset))
				.min((a, b) -> Integer.compare(a.length(), b.length()));
	}
}
