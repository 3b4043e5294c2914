package org.iotsmm.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.Status;
import org.iotsmm.smm.Scope;

/**
 * What a reader of a large system (a fleet) needs instead of one line per practice and element:
 * figures per zone and per zone and domain, the worst elements, the largest gaps, and the roadmap
 * steps grouped where many elements share the same step. Computed in one pass over the rows and
 * one over the roadmap; every figure can be recounted from the rows (the detail files list them).
 * <p>
 * An element belongs to its innermost zone (a zone to itself); elements outside every zone belong
 * to {@link #OUTSIDE_ZONES}.
 */
public final class FleetSummary {

	/** The zone key of the system and of components outside every zone. */
	public static final String OUTSIDE_ZONES = "";

	/** Figures of the rows of one zone: its own rows and those of its components (nested zones count for themselves). */
	public static final class ZoneFigures {
		private final ElementRef zone;
		private int components;
		private int rowsWithTarget;
		private int rowsMet;
		private int rowsWithGap;
		private int rowsNotAssessed;
		private int totalLevelGap;
		private int largestLevelGap;
		private Status worst = Status.NO_TARGET;
		private final Map<String, Cell> byDomain = new LinkedHashMap<>();

		ZoneFigures(ElementRef zone) {
			this.zone = zone;
		}

		/** The zone, or null for {@link FleetSummary#OUTSIDE_ZONES}. */
		public ElementRef zone() {
			return zone;
		}

		public String path() {
			return zone == null ? OUTSIDE_ZONES : zone.path();
		}

		public String label() {
			return zone == null ? "(system and components outside zones)" : zone.path();
		}

		public int components() {
			return components;
		}

		public int rowsWithTarget() {
			return rowsWithTarget;
		}

		public int rowsMet() {
			return rowsMet;
		}

		public int rowsWithGap() {
			return rowsWithGap;
		}

		public int rowsNotAssessed() {
			return rowsNotAssessed;
		}

		public int totalLevelGap() {
			return totalLevelGap;
		}

		public int largestLevelGap() {
			return largestLevelGap;
		}

		public Status worst() {
			return worst;
		}

		/** The heat-map cell of one domain (an empty cell when the zone has no targeted row there). */
		public Cell cell(String domain) {
			return byDomain.getOrDefault(domain, Cell.EMPTY);
		}
	}

	/** Targeted rows of one zone in one domain: how many, how many with a gap, the worst status. */
	public record Cell(int rowsWithTarget, int rowsWithGap, int rowsNotAssessed, Status worst) {
		static final Cell EMPTY = new Cell(0, 0, 0, Status.NO_TARGET);

		Cell add(GapRow row) {
			return new Cell(rowsWithTarget + 1, rowsWithGap + (row.status() == Status.GAP ? 1 : 0),
					rowsNotAssessed + (row.status() == Status.NOT_ASSESSED ? 1 : 0), Status.worst(worst, row.status()));
		}
	}

	/** One element's targeted rows: worst status, gaps, level gaps. */
	public record ElementFigures(ElementRef element, Status worst, int rowsWithGap, int rowsNotAssessed,
			int totalLevelGap, int largestLevelGap) {
	}

	/**
	 * Roadmap steps that ask the same thing (same practice, same level, same scope at the target
	 * level, same kind of step) of elements of one zone: one line for the reader, the single steps
	 * in roadmap.csv. {@code elements} are the steps' elements and the elements they cover, in
	 * roadmap order; {@code firstRank} the rank of the first step (groups keep roadmap order).
	 */
	public record StepGroup(int number, int firstRank, PracticeRef practice, int level, Scope scope, boolean scopeOnly,
			String zone, List<RoadmapStep> steps, List<String> elements, int components) {

		/** The first step: its guidance and actions are those of every step of the group. */
		public RoadmapStep first() {
			return steps.get(0);
		}

		/** "Patch Management (PM) to level 3 on 1,240 components of zone Site1.Z4". */
		public String describe() {
			String what = practice.title() + " (" + practice.code() + ") " + (scopeOnly ? "to scope " + scope.getLiteral()
					: "to level " + level + (scope == null ? "" : " " + scope.getLiteral()));
			String where = zone.isEmpty() ? "" : " of zone " + zone;
			if (elements.size() == 1) {
				return what + " on " + (elements.get(0).isEmpty() ? "(system)" : elements.get(0));
			}
			String count = components == elements.size() ? String.format("%,d components", components)
					: String.format("%,d elements (%,d components)", elements.size(), components);
			return what + " on " + count + where;
		}
	}

	private final GapReport report;
	private final Map<String, ElementRef> byPath = new HashMap<>();
	private final Map<String, ZoneFigures> zones = new LinkedHashMap<>();
	private final Map<String, int[]> perElement = new LinkedHashMap<>(); // gaps, not assessed, total, largest, worst
	private final List<String> domains = new ArrayList<>();
	private int components;
	private int shownRows;

	private FleetSummary(GapReport report) {
		this.report = report;
		for (ElementRef e : report.elements()) {
			byPath.put(e.path(), e);
		}
		for (PracticeRef p : report.practices()) {
			if (!domains.contains(p.domain())) {
				domains.add(p.domain());
			}
		}
		for (ElementRef e : report.elements()) {
			if (e.kind().equals(ElementRef.ZONE)) {
				zones.put(e.path(), new ZoneFigures(e));
			}
			if (e.isComponent()) {
				components++;
				zone(e).components++;
			}
		}
		for (GapRow row : report.rows()) {
			if (row.hasTarget() || row.isAssessed()) {
				shownRows++;
			}
			if (!row.hasTarget()) {
				continue;
			}
			ZoneFigures z = zone(row.element());
			z.rowsWithTarget++;
			switch (row.status()) {
			case GAP -> z.rowsWithGap++;
			case NOT_ASSESSED -> z.rowsNotAssessed++;
			case MET, EXCEEDS -> z.rowsMet++;
			default -> {
			}
			}
			z.totalLevelGap += row.levelGap();
			z.largestLevelGap = Math.max(z.largestLevelGap, row.levelGap());
			z.worst = Status.worst(z.worst, row.status());
			z.byDomain.merge(row.practice().domain(), Cell.EMPTY.add(row), (a, b) -> a.add(row));
			int[] f = perElement.computeIfAbsent(row.element().path(), k -> new int[5]);
			f[0] += row.status() == Status.GAP ? 1 : 0;
			f[1] += row.status() == Status.NOT_ASSESSED ? 1 : 0;
			f[2] += row.levelGap();
			f[3] = Math.max(f[3], row.levelGap());
			f[4] = Math.max(f[4], row.status().severity());
		}
		zones.values().removeIf(z -> z.rowsWithTarget == 0 && z.components == 0);
	}

	public static FleetSummary of(GapReport report) {
		return new FleetSummary(report);
	}

	public GapReport report() {
		return report;
	}

	public int components() {
		return components;
	}

	/** Rows with a target or a finding: the rows the full report lists. */
	public int shownRows() {
		return shownRows;
	}

	public List<String> domains() {
		return domains;
	}

	/** The innermost zone holding this element (the zone itself for a zone). */
	private ZoneFigures zone(ElementRef element) {
		ElementRef e = element;
		while (e != null && !e.kind().equals(ElementRef.ZONE)) {
			e = e.parent() == null ? null : byPath.get(e.parent());
		}
		return e == null ? zones.computeIfAbsent(OUTSIDE_ZONES, k -> new ZoneFigures(null)) : zones.get(e.path());
	}

	/** The zone path of an element ({@link #OUTSIDE_ZONES} when outside every zone). */
	public String zoneOf(String elementPath) {
		ElementRef e = byPath.get(elementPath);
		while (e != null && !e.kind().equals(ElementRef.ZONE)) {
			e = e.parent() == null ? null : byPath.get(e.parent());
		}
		return e == null ? OUTSIDE_ZONES : e.path();
	}

	/** Every zone with a component or a targeted row, in model order. */
	public List<ZoneFigures> zones() {
		return List.copyOf(zones.values());
	}

	/** The {@code n} zones in most need: worst status, then total level gap, then gaps, then model order. */
	public List<ZoneFigures> worstZones(int n) {
		return zones.values().stream().filter(z -> z.rowsWithTarget > 0)
				.sorted(Comparator.comparingInt((ZoneFigures z) -> -z.worst.severity())
						.thenComparingInt(z -> -z.totalLevelGap).thenComparingInt(z -> -z.rowsWithGap))
				.limit(n).toList();
	}

	/** The {@code n} elements in most need: worst status, then total level gap, then number of gaps, then model order. */
	public List<ElementFigures> worstElements(int n) {
		List<ElementFigures> all = new ArrayList<>();
		perElement.forEach((path, f) -> all.add(new ElementFigures(byPath.get(path), severity(f[4]), f[0], f[1], f[2], f[3])));
		return all.stream().filter(e -> e.worst() == Status.GAP || e.worst() == Status.NOT_ASSESSED)
				.sorted(Comparator.comparingInt((ElementFigures e) -> -e.worst().severity())
						.thenComparingInt(e -> -e.totalLevelGap()).thenComparingInt(e -> -e.rowsWithGap())
						.thenComparingInt(e -> e.element().order()))
				.limit(n).toList();
	}

	private static Status severity(int severity) {
		for (Status s : Status.values()) {
			if (s.severity() == severity) {
				return s;
			}
		}
		throw new IllegalStateException("no status of severity " + severity);
	}

	/** The {@code n} largest gaps: level gap, then scope gap, then priority, then report order. */
	public List<GapRow> largestGaps(int n) {
		return report.rows().stream().filter(r -> r.status() == Status.GAP)
				.sorted(Comparator.comparingInt((GapRow r) -> -r.levelGap()).thenComparingInt(r -> -r.scopeGap())
						.thenComparingInt(r -> -r.target().priority().getValue()))
				.limit(n).toList();
	}

	/** The roadmap's steps grouped (see {@link StepGroup}), in the order of their first step. */
	public List<StepGroup> roadmapGroups() {
		record Key(PracticeRef practice, int level, Scope scope, boolean scopeOnly, String zone) {
		}
		Map<Key, List<RoadmapStep>> groups = new LinkedHashMap<>();
		for (RoadmapStep s : report.roadmap()) {
			Scope scope = s.level() == s.targetLevel() ? s.scope() : null;
			groups.computeIfAbsent(new Key(s.practice(), s.level(), scope, s.scopeOnly(), zoneOf(s.element().path())),
					k -> new ArrayList<>()).add(s);
		}
		List<StepGroup> result = new ArrayList<>();
		groups.forEach((k, steps) -> {
			List<String> elements = new ArrayList<>();
			for (RoadmapStep s : steps) {
				elements.add(s.element().path());
				elements.addAll(s.covers());
			}
			int componentCount = (int) elements.stream().map(byPath::get).filter(Objects::nonNull)
					.filter(ElementRef::isComponent).count();
			result.add(new StepGroup(result.size() + 1, steps.get(0).rank(), k.practice(), k.level(), k.scope(),
					k.scopeOnly(), k.zone(), steps, elements, componentCount));
		});
		return result;
	}

	/** The group number of every roadmap rank (for the detail files). */
	public Map<Integer, Integer> groupOfRank() {
		Map<Integer, Integer> result = new HashMap<>();
		for (StepGroup g : roadmapGroups()) {
			for (RoadmapStep s : g.steps()) {
				result.put(s.rank(), g.number());
			}
		}
		return result;
	}
}
