package org.iotsmm.analysis;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iotsmm.smm.ArchitectureElement;

/**
 * The result of a gap analysis: everything that diagrams, reports, the command line and the
 * workbench show, computed once by {@link GapAnalysis}. Immutable: lists are unmodifiable copies
 * and the records hold values (the few model references they keep, such as the target entry of an
 * origin, are for navigation and are never changed by the analysis).
 * <p>
 * {@code assessment} and {@code assessmentDate} are {@code null} when the system has no assessment
 * yet (every targeted row is then NOT_ASSESSED). {@code trend} compares the newest earlier
 * assessment with this one ({@code null} when there is none); {@code progress} lists every
 * assessment of the system, by date, against this report's target set.
 */
public record GapReport(String system, String catalog, String catalogVersion, String profile, String targetSet,
		String template, String assessment, LocalDate assessmentDate, List<ElementRef> elements,
		List<PracticeRef> practices, List<GapRow> rows, List<RollUp> rollUps, Coverage coverage,
		List<RoadmapStep> roadmap, List<Planned> unmatchedPlannedSteps, Trend trend, List<ProgressPoint> progress,
		Map<ArchitectureElement, ElementRef> index) {

	public GapReport {
		elements = List.copyOf(elements);
		practices = List.copyOf(practices);
		rows = List.copyOf(rows);
		rollUps = List.copyOf(rollUps);
		roadmap = List.copyOf(roadmap);
		unmatchedPlannedSteps = List.copyOf(unmatchedPlannedSteps);
		progress = List.copyOf(progress);
		index = Collections.unmodifiableMap(new IdentityHashMap<>(index));
	}

	// ------------------------------------------------------------------ lookups

	/** The report's name for a model element; IllegalArgumentException if it is not in this system. */
	public ElementRef ref(ArchitectureElement element) {
		ElementRef ref = index.get(element);
		if (ref == null) {
			throw new IllegalArgumentException("Element " + (element == null ? "null" : element.getName())
					+ " is not part of system " + system + " analysed in this report.");
		}
		return ref;
	}

	/** The element with this path ({@code ""} for the system). */
	public Optional<ElementRef> element(String path) {
		return elements.stream().filter(e -> e.path().equals(path)).findFirst();
	}

	/** The practice with this qualified name ({@code Domain.Practice}), code or plain name. */
	public Optional<PracticeRef> practice(String nameOrCode) {
		return practices.stream().filter(p -> p.qualifiedName().equals(nameOrCode) || nameOrCode.equals(p.code())
				|| p.name().equals(nameOrCode)).findFirst();
	}

	/** The row of a practice (qualified name, code or name) on an element path. */
	public GapRow row(String practice, String elementPath) {
		PracticeRef p = practice(practice)
				.orElseThrow(() -> new IllegalArgumentException("No practice " + practice + " in catalog " + catalog));
		Optional<ElementRef> element = element(elementPath);
		if (element.isPresent() && laidOut()) {
			return rows.get(p.order() * elements.size() + element.get().order());
		}
		return rows.stream().filter(r -> r.practice().equals(p) && r.element().path().equals(elementPath)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No element '" + elementPath + "' in system " + system));
	}

	/** The rows of one element, in catalog order. */
	public List<GapRow> rowsOf(ElementRef element) {
		if (laidOut() && isListed(element)) {
			int n = elements.size();
			return java.util.stream.IntStream.range(0, practices.size()).mapToObj(p -> rows.get(p * n + element.order()))
					.toList();
		}
		return rows.stream().filter(r -> r.element().equals(element)).toList();
	}

	/**
	 * True when the rows are in the analysis' layout: practice-major, one row per practice and
	 * element, so the row of practice p on element e is {@code rows.get(p * elements + e)} (the
	 * lookups then index instead of scanning; any other list of rows is scanned).
	 */
	private boolean laidOut() {
		int n = elements.size();
		if (n == 0 || rows.size() != practices.size() * n || rows.isEmpty()) {
			return false;
		}
		GapRow first = rows.get(0);
		GapRow last = rows.get(rows.size() - 1);
		return first.element().equals(elements.get(0)) && first.practice().equals(practices.get(0))
				&& last.element().equals(elements.get(n - 1)) && last.practice().equals(practices.get(practices.size() - 1));
	}

	private boolean isListed(ElementRef element) {
		int e = element.order();
		return e >= 0 && e < elements.size() && elements.get(e).equals(element);
	}

	/** Positions [from, to) of the element and everything inside it (element order is depth first). */
	private int[] subtreeRange(ElementRef root) {
		int end = root.order() + 1;
		while (end < elements.size() && within(elements.get(end), root)) {
			end++;
		}
		return new int[] { root.order(), end };
	}

	/** The element and every element inside it (zones nest; the system contains all). */
	public List<ElementRef> subtree(ElementRef element) {
		return elements.stream().filter(e -> within(e, element)).toList();
	}

	private static boolean within(ElementRef e, ElementRef root) {
		return root.isSystem() || e.path().equals(root.path()) || e.path().startsWith(root.path() + ".");
	}

	/**
	 * The worst status of any practice on this element or on any element inside it (a zone
	 * includes its nested zones and components; the system includes everything), by the order
	 * GAP &gt; NOT_ASSESSED &gt; MET &gt; EXCEEDS &gt; NO_TARGET (see {@link Status}).
	 */
	public Status worstStatus(ArchitectureElement element) {
		ElementRef root = ref(element);
		Status worst = Status.NO_TARGET;
		if (laidOut() && isListed(root)) {
			int[] range = subtreeRange(root);
			for (int p = 0, n = elements.size(); p < practices.size(); p++) {
				for (int e = range[0]; e < range[1]; e++) {
					worst = Status.worst(worst, rows.get(p * n + e).status());
				}
			}
			return worst;
		}
		for (GapRow row : rows) {
			if (within(row.element(), root)) {
				worst = Status.worst(worst, row.status());
			}
		}
		return worst;
	}

	/** The largest level gap of any practice on this element or inside it (same extent as worstStatus). */
	public int largestLevelGap(ArchitectureElement element) {
		ElementRef root = ref(element);
		int largest = 0;
		if (laidOut() && isListed(root)) {
			int[] range = subtreeRange(root);
			for (int p = 0, n = elements.size(); p < practices.size(); p++) {
				for (int e = range[0]; e < range[1]; e++) {
					largest = Math.max(largest, rows.get(p * n + e).levelGap());
				}
			}
			return largest;
		}
		for (GapRow row : rows) {
			if (within(row.element(), root)) {
				largest = Math.max(largest, row.levelGap());
			}
		}
		return largest;
	}

	/**
	 * The roll-up of a group ({@link RollUp#SUBDOMAIN}, {@link RollUp#DOMAIN} or
	 * {@link RollUp#CATALOG}) over one element path, or over all elements when {@code elementPath}
	 * is null.
	 */
	public RollUp rollUp(String group, String name, String elementPath) {
		return rollUps.stream().filter(r -> r.group().equals(group) && r.name().equals(name)
				&& java.util.Objects.equals(r.element(), elementPath)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No roll-up for " + group + " " + name
						+ (elementPath == null ? "" : " on '" + elementPath + "'")));
	}

	/** The whole-catalog roll-up over all elements: the system's headline figures. */
	public RollUp overall() {
		return rollUps.stream().filter(r -> r.group().equals(RollUp.CATALOG) && r.element() == null).findFirst()
				.orElseThrow();
	}
}
