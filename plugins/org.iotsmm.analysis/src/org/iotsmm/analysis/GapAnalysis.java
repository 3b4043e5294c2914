package org.iotsmm.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.ImprovementPlan;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.PlannedStep;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Priority;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TargetTemplate;
import org.iotsmm.smm.Zone;

/**
 * The gap analysis engine: targets &times; assessment &times; catalog &rarr; {@link GapReport}.
 * Pure Java on loaded EMF objects; it never changes the model. The full method, as printed in
 * reports, is {@code docs/method.md} ({@link #method()}); in short:
 * <h2>Effective targets</h2>
 * Targets come from one target set. For a practice P on an element E, an entry is a candidate when
 * its subject is P, P's subdomain or P's domain, and it applies to E: it names E, names a zone that
 * contains E (directly or through nested zones), or is system-wide (no {@code on}). Precedence,
 * first difference wins:
 * <ol>
 * <li>the set's own entries over the entries of its profile template ({@code from template}): the
 * template seeds the set, and any own entry that applies overrides it;</li>
 * <li>element: an entry naming E itself, then the innermost enclosing zone, ..., then system-wide
 * (component &gt; zone, innermost first &gt; system);</li>
 * <li>subject, at the same element level: practice &gt; subdomain &gt; domain;</li>
 * <li>written order (only duplicates reach this; the validator reports them).</li>
 * </ol>
 * <h2>Achieved state</h2>
 * A finding for P applies to the elements it names, everything inside them, or the whole system
 * when it names none; the most specific applicable finding wins (E itself &gt; innermost zone &gt;
 * system-wide), then written order. No applicable finding is NOT_ASSESSED, never level 0.
 * <h2>Gap and status</h2>
 * level gap = max(0, target - achieved); scope gap = max(0, rank(target scope) - rank(achieved
 * scope)) with general 0, industry 1, system 2. Status: NO_TARGET, NOT_ASSESSED, GAP (level gap or
 * scope gap), EXCEEDS (level above target, scope reached), MET (level equal, scope reached).
 * <h2>Roll-ups</h2>
 * See {@link RollUp}.
 * <h2>Roadmap</h2>
 * A gap row whose parent element (enclosing zone, or the system) has a gap row with the same target
 * entry and the same finding is covered by the parent's steps. Every other gap row gets one step
 * per level from achieved + 1 to the target level (a scope-only gap gets one step at the target
 * level), with the catalog's actions and indicators for that level. Order: target priority
 * (critical first; unspecified last), level gap (larger first), prerequisite depth (practices
 * without prerequisites first, so a practice follows all its {@code requires}), catalog order,
 * element order, level. A step of an improvement plan for the same practice, element and level (in
 * a plan for this target set or for none) is merged into the step; plan steps that match no step
 * are listed in {@link GapReport#unmatchedPlannedSteps()}.
 * <h2>Trend and progress</h2>
 * See {@link Trend} and {@link ProgressPoint}.
 * <p>
 * Elements are ordered: the system, its own components, then each zone followed by its components
 * and nested zones (depth first), as written.
 */
public final class GapAnalysis {

	/** The resource path of the method text inside this bundle. */
	public static final String METHOD_RESOURCE = "/docs/method.md";

	private final SourceLocator locator;

	/** An analysis that reports files but no line numbers. */
	public GapAnalysis() {
		this(SourceLocator.resourceOnly());
	}

	/** An analysis that locates entries, findings and plan steps with {@code locator}. */
	public GapAnalysis(SourceLocator locator) {
		this.locator = Objects.requireNonNull(locator, "locator");
	}

	/** The method (rules of this analysis) as Markdown, from {@code docs/method.md} of this bundle. */
	public static String method() {
		try (InputStream in = GapAnalysis.class.getResourceAsStream(METHOD_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(METHOD_RESOURCE + " is missing from the analysis bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ------------------------------------------------------------------ entry points

	/**
	 * Analyses the newest assessment (by date) of the system against the target set it names; with
	 * no assessment, the system's first target set with every targeted row NOT_ASSESSED.
	 */
	public GapReport analyse(org.iotsmm.smm.System system) {
		requireSystem(system);
		Assessment newest = system.getAssessments().stream().max(BY_DATE).orElse(null);
		return analyse(system, newest);
	}

	/**
	 * Analyses {@code assessment} (may be null: nothing assessed) against the target set it names
	 * ({@code against}), or the system's only target set.
	 */
	public GapReport analyse(org.iotsmm.smm.System system, Assessment assessment) {
		requireSystem(system);
		TargetSet targets = assessment != null && assessment.getAgainst() != null ? assessment.getAgainst() : null;
		if (targets == null) {
			if (system.getTargetSets().isEmpty()) {
				throw new IllegalArgumentException("System " + system.getName()
						+ " has no target set: add a 'target' block before analysing gaps.");
			}
			if (system.getTargetSets().size() > 1) {
				throw new IllegalArgumentException("System " + system.getName() + " has "
						+ system.getTargetSets().size() + " target sets and "
						+ (assessment == null ? "no assessment" : "assessment " + assessment.getName()
								+ " names none (against ...)")
						+ ": say which target set to analyse against.");
			}
			targets = system.getTargetSets().get(0);
		}
		return analyse(system, assessment, targets);
	}

	/** Analyses {@code assessment} (may be null) against {@code targets}. */
	public GapReport analyse(org.iotsmm.smm.System system, Assessment assessment, TargetSet targets) {
		Context ctx = new Context(system, locator);
		ctx.requireOwn(assessment, "Assessment");
		if (targets == null) {
			throw new IllegalArgumentException("No target set given for system " + system.getName() + ".");
		}
		ctx.requireOwn(targets, "Target set");
		Map<Practice, Map<ArchitectureElement, EffectiveTarget>> effective = ctx.effectiveTargets(targets);
		List<GapRow> rows = ctx.rows(effective, assessment);
		List<RollUp> rollUps = ctx.rollUps(rows, true);
		Coverage coverage = ctx.coverage(rows);
		List<Planned> unmatched = new ArrayList<>();
		List<RoadmapStep> roadmap = ctx.roadmap(rows, targets, unmatched);

		Trend trend = null;
		if (assessment != null) {
			Assessment previous = system.getAssessments().stream()
					.filter(a -> a != assessment && BY_DATE.compare(a, assessment) < 0).max(BY_DATE).orElse(null);
			if (previous != null) {
				trend = ctx.trend(previous, assessment);
			}
		}
		List<ProgressPoint> progress = new ArrayList<>();
		for (Assessment a : system.getAssessments().stream().sorted(BY_DATE).toList()) {
			RollUp all = a == assessment ? overall(rollUps)
					: overall(ctx.rollUps(ctx.rows(effective, a), false));
			progress.add(new ProgressPoint(a.getName(), a.getDate(), all.practicesWithTarget(), all.practicesMet(),
					all.practicesWithGap(), all.practicesNotAssessed(), all.totalLevelGap(), all.largestLevelGap()));
		}
		Catalog catalog = system.getCatalog();
		Profile profile = system.getProfile();
		TargetTemplate template = targets.getTemplate();
		return new GapReport(system.getName(), catalog.getName(), catalog.getVersion(),
				profile == null || profile.eIsProxy() ? null : profile.getName(), targets.getName(),
				template == null || template.eIsProxy() ? null : template.getName(),
				assessment == null ? null : assessment.getName(), assessment == null ? null : assessment.getDate(),
				ctx.elementRefs(), ctx.practiceRefs(), rows, rollUps, coverage, roadmap, unmatched, trend, progress,
				ctx.refs);
	}

	/**
	 * Compares two assessments of the same system, per practice and element (see {@link Trend}).
	 * IllegalArgumentException if either belongs to another system.
	 */
	public Trend compare(org.iotsmm.smm.System system, Assessment from, Assessment to) {
		Context ctx = new Context(system, locator);
		if (from == null || to == null) {
			throw new IllegalArgumentException("Comparing needs two assessments; got " + (from == null ? "none" : from.getName())
					+ " and " + (to == null ? "none" : to.getName()) + ".");
		}
		ctx.requireOwn(from, "Assessment");
		ctx.requireOwn(to, "Assessment");
		return ctx.trend(from, to);
	}

	private static RollUp overall(List<RollUp> rollUps) {
		return rollUps.stream().filter(r -> r.group().equals(RollUp.CATALOG) && r.element() == null).findFirst()
				.orElseThrow();
	}

	/** By date (undated first), then name. */
	static final Comparator<Assessment> BY_DATE = Comparator
			.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
			.thenComparing(a -> Objects.toString(a.getName(), ""));

	private static void requireSystem(org.iotsmm.smm.System system) {
		if (system == null) {
			throw new IllegalArgumentException("No system given to analyse.");
		}
	}

	static int rank(Scope scope) {
		return scope == null ? 0 : scope.getValue();
	}

	static int rank(Priority priority) {
		return priority == null ? 0 : priority.getValue();
	}

	// ------------------------------------------------------------------ the work, for one system

	private static final class Context {
		final org.iotsmm.smm.System system;
		final SourceLocator locator;
		final List<ArchitectureElement> elements = new ArrayList<>();
		final Map<ArchitectureElement, ElementRef> refs = new IdentityHashMap<>();
		final Map<ArchitectureElement, ArchitectureElement> parents = new IdentityHashMap<>();
		final Map<ArchitectureElement, List<ArchitectureElement>> children = new IdentityHashMap<>();
		final List<Practice> practices = new ArrayList<>();
		final Map<Practice, PracticeRef> practiceRefs = new IdentityHashMap<>();

		Context(org.iotsmm.smm.System system, SourceLocator locator) {
			requireSystem(system);
			this.system = system;
			// one lookup per model object and run: many rows share a target entry or finding
			Map<EObject, SourceLocator.SourceLocation> located = new IdentityHashMap<>();
			this.locator = object -> located.computeIfAbsent(object, locator::locate);
			Catalog catalog = system.getCatalog();
			if (catalog == null || catalog.eIsProxy()) {
				throw new IllegalArgumentException("System " + system.getName()
						+ " does not name a catalog that could be loaded ('uses catalog ...'); fix its errors first.");
			}
			add(system, null, "");
			for (Component c : system.getComponents()) {
				add(c, system, "");
			}
			for (Zone z : system.getZones()) {
				addZone(z, system, "");
			}
			for (Domain d : catalog.getDomains()) {
				for (Subdomain s : d.getSubdomains()) {
					for (Practice p : s.getPractices()) {
						practiceRefs.put(p, new PracticeRef(d.getName() + "." + p.getName(), p.getCode(), p.getName(),
								p.getTitle(), d.getName(), s.getName(), practices.size()));
						practices.add(p);
					}
				}
			}
		}

		private void addZone(Zone zone, ArchitectureElement parent, String prefix) {
			String path = add(zone, parent, prefix);
			for (Component c : zone.getComponents()) {
				add(c, zone, path);
			}
			for (Zone z : zone.getZones()) {
				addZone(z, zone, path);
			}
		}

		private String add(ArchitectureElement element, ArchitectureElement parent, String prefix) {
			String kind = element instanceof org.iotsmm.smm.System ? ElementRef.SYSTEM
					: element instanceof Zone ? ElementRef.ZONE : ElementRef.COMPONENT;
			String path = parent == null ? "" : prefix.isEmpty() ? element.getName() : prefix + "." + element.getName();
			refs.put(element, new ElementRef(path, kind, element.getName(), element.getTitle(),
					parent == null ? null : refs.get(parent).path(), elements.size()));
			elements.add(element);
			if (parent != null) {
				parents.put(element, parent);
				children.computeIfAbsent(parent, p -> new ArrayList<>()).add(element);
			}
			return path;
		}

		List<ElementRef> elementRefs() {
			return elements.stream().map(refs::get).toList();
		}

		List<PracticeRef> practiceRefs() {
			return practices.stream().map(practiceRefs::get).toList();
		}

		void requireOwn(EObject object, String what) {
			if (object == null) {
				return;
			}
			String name = object instanceof org.iotsmm.smm.NamedElement n ? n.getName() : "?";
			EObject owner = object.eContainer();
			if (owner != system) {
				String other = owner instanceof org.iotsmm.smm.System s ? "system " + s.getName() : "no system";
				throw new IllegalArgumentException(what + " " + name + " belongs to " + other + ", not to system "
						+ system.getName() + ": analyse it with its own system.");
			}
		}

		/** E, its enclosing zones innermost first, the system. */
		List<ArchitectureElement> chain(ArchitectureElement element) {
			List<ArchitectureElement> chain = new ArrayList<>();
			for (ArchitectureElement e = element; e != null; e = parents.get(e)) {
				chain.add(e);
			}
			return chain;
		}

		String path(ArchitectureElement element) {
			return refs.get(element).path();
		}

		ArchitectureElement own(ArchitectureElement element, EObject user, String what) {
			if (element == null || element.eIsProxy() || !refs.containsKey(element)) {
				throw new IllegalArgumentException(what + " at " + locator.locate(user) + " names an element "
						+ (element == null || element.eIsProxy() ? "that could not be resolved"
								: element.getName() + " of another system")
						+ "; fix the model's errors before analysing.");
			}
			return element;
		}

		static void checkLevel(int level, EObject user, String what, SourceLocator locator) {
			if (level < 0 || level > 4) {
				throw new IllegalArgumentException(what + " at " + locator.locate(user) + " has level " + level
						+ "; levels run from 0 to 4. Fix the model's errors before analysing.");
			}
		}

		// -------------------------------------------------------------- targets

		private record Candidate(TargetEntry entry, int layer, int order, int subjectRank, String template,
				List<ArchitectureElement> on) {
		}

		Map<Practice, Map<ArchitectureElement, EffectiveTarget>> effectiveTargets(TargetSet set) {
			List<Candidate> candidates = new ArrayList<>();
			for (TargetEntry entry : set.getEntries()) {
				candidates.add(candidate(entry, 0, candidates.size(), null));
			}
			TargetTemplate template = set.getTemplate();
			if (template != null) {
				if (template.eIsProxy()) {
					throw new IllegalArgumentException("Target set " + set.getName() + " at " + locator.locate(set)
							+ " names a template that could not be resolved; fix the model's errors first.");
				}
				for (TargetEntry entry : template.getEntries()) {
					candidates.add(candidate(entry, 1, candidates.size(), template.getName()));
				}
			}
			Map<Practice, Map<ArchitectureElement, EffectiveTarget>> result = new IdentityHashMap<>();
			for (Practice practice : practices) {
				Map<ArchitectureElement, EffectiveTarget> perElement = new IdentityHashMap<>();
				// the relevant entries indexed by the element they name, so each element only looks at
				// the entries on itself and its enclosing zones
				Map<ArchitectureElement, List<Candidate>> byOn = new IdentityHashMap<>();
				for (Candidate c : candidates) {
					if (covers(c.entry().getSubject(), practice)) {
						for (ArchitectureElement on : c.on()) {
							byOn.computeIfAbsent(on, o -> new ArrayList<>()).add(c);
						}
					}
				}
				for (ArchitectureElement element : elements) {
					List<ArchitectureElement> chain = chain(element);
					Candidate best = null;
					ArchitectureElement bestOn = null;
					long bestKey = Long.MAX_VALUE;
					for (int tier = 0; tier < chain.size(); tier++) {
						ArchitectureElement on = chain.get(tier);
						for (Candidate c : byOn.getOrDefault(on, List.of())) {
							long key = (((long) c.layer() * 1000 + tier) * 10 + c.subjectRank()) * 1_000_000L + c.order();
							if (key < bestKey) {
								bestKey = key;
								best = c;
								bestOn = on;
							}
						}
					}
					if (best != null) {
						TargetEntry e = best.entry();
						CatalogElement subject = e.getSubject();
						TargetOrigin origin = new TargetOrigin(set.getName(), best.template(), subjectKind(subject),
								subject.getName(), bestOn == system ? "" : path(bestOn), e, locator.locate(e),
								e.getRationale());
						perElement.put(element, new EffectiveTarget(practiceRefs.get(practice), refs.get(element),
								e.getLevel(), e.getScope() == null ? Scope.GENERAL : e.getScope(),
								e.getPriority() == null ? Priority.UNSPECIFIED : e.getPriority(), origin));
					}
				}
				result.put(practice, perElement);
			}
			return result;
		}

		private Candidate candidate(TargetEntry entry, int layer, int order, String template) {
			CatalogElement subject = entry.getSubject();
			if (subject == null || subject.eIsProxy()) {
				throw new IllegalArgumentException("Target entry at " + locator.locate(entry)
						+ " names a practice, subdomain or domain that could not be resolved; fix the model's errors first.");
			}
			checkLevel(entry.getLevel(), entry, "Target entry", locator);
			List<ArchitectureElement> on = new ArrayList<>();
			for (ArchitectureElement element : entry.getAppliesTo()) {
				on.add(own(element, entry, "Target entry"));
			}
			if (on.isEmpty()) {
				on.add(system);
			}
			int subjectRank = subject instanceof Practice ? 0 : subject instanceof Subdomain ? 1 : 2;
			return new Candidate(entry, layer, order, subjectRank, template, on);
		}

		private static boolean covers(CatalogElement subject, Practice practice) {
			return subject == practice || subject == practice.eContainer()
					|| (practice.eContainer() != null && subject == practice.eContainer().eContainer());
		}

		private static String subjectKind(CatalogElement subject) {
			return subject instanceof Practice ? "practice" : subject instanceof Subdomain ? "subdomain" : "domain";
		}

		// -------------------------------------------------------------- findings

		Map<Practice, Map<ArchitectureElement, Achieved>> achieved(Assessment assessment) {
			Map<Practice, Map<ArchitectureElement, Achieved>> result = new IdentityHashMap<>();
			if (assessment == null) {
				return result;
			}
			Map<Practice, List<Finding>> byPractice = new IdentityHashMap<>();
			for (Finding finding : assessment.getFindings()) {
				Practice practice = finding.getPractice();
				if (practice == null || practice.eIsProxy() || !practiceRefs.containsKey(practice)) {
					throw new IllegalArgumentException("Finding at " + locator.locate(finding)
							+ " names a practice that is not in catalog " + system.getCatalog().getName()
							+ "; fix the model's errors first.");
				}
				checkLevel(finding.getLevel(), finding, "Finding", locator);
				byPractice.computeIfAbsent(practice, p -> new ArrayList<>()).add(finding);
			}
			Map<Finding, List<ArchitectureElement>> onOf = new IdentityHashMap<>();
			for (Finding f : assessment.getFindings()) {
				List<ArchitectureElement> on = new ArrayList<>();
				for (ArchitectureElement a : f.getAppliesTo()) {
					on.add(own(a, f, "Finding"));
				}
				if (on.isEmpty()) {
					on.add(system);
				}
				onOf.put(f, on);
			}
			for (Map.Entry<Practice, List<Finding>> entry : byPractice.entrySet()) {
				Map<ArchitectureElement, Achieved> perElement = new IdentityHashMap<>();
				// findings of this practice by the element they name, in the order written
				Map<ArchitectureElement, List<Finding>> byOn = new IdentityHashMap<>();
				for (Finding f : entry.getValue()) {
					for (ArchitectureElement a : onOf.get(f)) {
						byOn.computeIfAbsent(a, o -> new ArrayList<>()).add(f);
					}
				}
				for (ArchitectureElement element : elements) {
					List<ArchitectureElement> chain = chain(element);
					Finding best = null;
					ArchitectureElement bestOn = null;
					for (ArchitectureElement a : chain) { // nearest first: the most specific finding wins
						List<Finding> here = byOn.get(a);
						if (here != null) {
							best = here.get(0);
							bestOn = a;
							break;
						}
					}
					if (best != null) {
						perElement.put(element, new Achieved(best.getLevel(),
								best.getScope() == null ? Scope.GENERAL : best.getScope(), assessment.getName(),
								bestOn == system ? "" : path(bestOn), best, best.getEvidence().size(),
								locator.locate(best)));
					}
				}
				derive(perElement, assessment);
				result.put(entry.getKey(), perElement);
			}
			return result;
		}

		/**
		 * A zone or the system without an applicable finding whose elements inside (its components
		 * and zones) are all assessed takes their lowest level and narrowest scope, marked derived.
		 * Elements are visited inside-out (reverse element order), so a nested zone is derived before
		 * the zone around it.
		 */
		private void derive(Map<ArchitectureElement, Achieved> perElement, Assessment assessment) {
			for (int i = elements.size() - 1; i >= 0; i--) {
				ArchitectureElement element = elements.get(i);
				List<ArchitectureElement> inside = children.get(element);
				if (inside == null || perElement.containsKey(element)) {
					continue;
				}
				Achieved lowest = null;
				Scope narrowest = null;
				for (ArchitectureElement child : inside) {
					Achieved a = perElement.get(child);
					if (a == null) {
						lowest = null;
						break;
					}
					if (lowest == null || a.level() < lowest.level()) {
						lowest = a;
					}
					if (narrowest == null || rank(a.scope()) < rank(narrowest)) {
						narrowest = a.scope();
					}
				}
				if (lowest != null) {
					perElement.put(element, new Achieved(lowest.level(), narrowest, assessment.getName(), lowest.on(),
							lowest.finding(), lowest.evidenceCount(), lowest.location(), true));
				}
			}
		}

		// -------------------------------------------------------------- rows

		List<GapRow> rows(Map<Practice, Map<ArchitectureElement, EffectiveTarget>> targets, Assessment assessment) {
			Map<Practice, Map<ArchitectureElement, Achieved>> achieved = achieved(assessment);
			List<GapRow> rows = new ArrayList<>();
			for (Practice practice : practices) {
				Map<ArchitectureElement, EffectiveTarget> t = targets.getOrDefault(practice, Map.of());
				Map<ArchitectureElement, Achieved> a = achieved.getOrDefault(practice, Map.of());
				for (ArchitectureElement element : elements) {
					rows.add(row(practiceRefs.get(practice), refs.get(element), t.get(element), a.get(element)));
				}
			}
			return rows;
		}

		static GapRow row(PracticeRef practice, ElementRef element, EffectiveTarget target, Achieved achieved) {
			int levelGap = 0;
			int scopeGap = 0;
			if (target != null && achieved != null) {
				levelGap = Math.max(0, target.level() - achieved.level());
				scopeGap = Math.max(0, rank(target.scope()) - rank(achieved.scope()));
			}
			Status status = Status.of(target != null, target == null ? 0 : target.level(),
					target == null ? 0 : rank(target.scope()), achieved != null,
					achieved == null ? 0 : achieved.level(), achieved == null ? 0 : rank(achieved.scope()));
			return new GapRow(practice, element, target, achieved, levelGap, scopeGap, status);
		}

		// -------------------------------------------------------------- roll-ups

		List<RollUp> rollUps(List<GapRow> rows, boolean perElement) {
			// rows indexed once: by practice (for the whole system) and by element then practice, so
			// a per-element roll-up looks its rows up instead of scanning all of them
			Map<PracticeRef, List<GapRow>> byPractice = new LinkedHashMap<>();
			Map<String, Map<PracticeRef, List<GapRow>>> byElement = new HashMap<>();
			for (GapRow row : rows) {
				byPractice.computeIfAbsent(row.practice(), p -> new ArrayList<>()).add(row);
				if (perElement) {
					byElement.computeIfAbsent(row.element().path(), e -> new HashMap<>())
							.computeIfAbsent(row.practice(), p -> new ArrayList<>()).add(row);
				}
			}
			List<String> scopes = new ArrayList<>();
			scopes.add(null);
			if (perElement) {
				elements.forEach(e -> scopes.add(path(e)));
			}
			List<RollUp> result = new ArrayList<>();
			Catalog catalog = system.getCatalog();
			for (String scope : scopes) {
				Map<PracticeRef, List<GapRow>> relevant = scope == null ? byPractice
						: byElement.getOrDefault(scope, Map.of());
				for (Domain d : catalog.getDomains()) {
					for (Subdomain s : d.getSubdomains()) {
						result.add(rollUp(RollUp.SUBDOMAIN, s.getName(), scope, s.getPractices(), relevant));
					}
					List<Practice> ps = d.getSubdomains().stream().flatMap(s -> s.getPractices().stream()).toList();
					result.add(rollUp(RollUp.DOMAIN, d.getName(), scope, ps, relevant));
				}
				result.add(rollUp(RollUp.CATALOG, catalog.getName(), scope, practices, relevant));
			}
			return result;
		}

		/** {@code rowsByPractice} holds only the rows in the roll-up's scope (one element, or all). */
		private RollUp rollUp(String group, String name, String elementPath, List<Practice> members,
				Map<PracticeRef, List<GapRow>> rowsByPractice) {
			int withTarget = 0, met = 0, gaps = 0, notAssessed = 0, total = 0, largest = 0, rowsNotAssessed = 0;
			Status status = Status.NO_TARGET;
			for (Practice p : members) {
				Status worst = Status.NO_TARGET;
				int gap = 0;
				for (GapRow row : rowsByPractice.getOrDefault(practiceRefs.get(p), List.of())) {
					if (!row.hasTarget()) {
						continue;
					}
					worst = Status.worst(worst, row.status());
					gap = Math.max(gap, row.levelGap());
					if (row.status() == Status.NOT_ASSESSED) {
						rowsNotAssessed++;
					}
				}
				if (worst == Status.NO_TARGET) {
					continue;
				}
				withTarget++;
				switch (worst) {
				case GAP -> gaps++;
				case NOT_ASSESSED -> notAssessed++;
				default -> met++;
				}
				total += gap;
				largest = Math.max(largest, gap);
				status = Status.worst(status, worst);
			}
			return new RollUp(group, name, elementPath, withTarget, met, gaps, notAssessed, total, largest,
					rowsNotAssessed, status);
		}

		// -------------------------------------------------------------- coverage

		Coverage coverage(List<GapRow> rows) {
			List<ComponentCoverage> components = new ArrayList<>();
			List<String> uncovered = new ArrayList<>();
			Map<ElementRef, List<GapRow>> rowsByElement = new HashMap<>();
			for (GapRow row : rows) {
				if (row.hasTarget() || row.isAssessed()) {
					rowsByElement.computeIfAbsent(row.element(), e -> new ArrayList<>()).add(row);
				}
			}
			for (ArchitectureElement element : elements) {
				ElementRef ref = refs.get(element);
				if (!ref.isComponent()) {
					continue;
				}
				List<GapRow> cells = rowsByElement.getOrDefault(ref, List.of());
				int targets = (int) cells.stream().filter(GapRow::hasTarget).count();
				int findings = (int) cells.stream().filter(GapRow::isAssessed).count();
				components.add(new ComponentCoverage(ref, cells, targets, findings));
				if (targets == 0) {
					uncovered.add(ref.path());
				}
			}
			Map<PracticeRef, List<String>> missing = new LinkedHashMap<>();
			for (GapRow row : rows) {
				if (row.status() == Status.NOT_ASSESSED) {
					missing.computeIfAbsent(row.practice(), p -> new ArrayList<>()).add(row.element().path());
				}
			}
			List<PracticeWithoutFinding> withoutFinding = missing.entrySet().stream()
					.map(e -> new PracticeWithoutFinding(e.getKey(), e.getValue())).toList();
			return new Coverage(components, uncovered, withoutFinding);
		}

		// -------------------------------------------------------------- roadmap

		List<RoadmapStep> roadmap(List<GapRow> rows, TargetSet targets, List<Planned> unmatched) {
			Map<String, GapRow> byKey = new LinkedHashMap<>();
			for (GapRow row : rows) {
				byKey.put(row.practice().qualifiedName() + "@" + row.element().path(), row);
			}
			// Each gap row belongs to its root: the highest ancestor reached through rows with the same
			// target entry and the same finding.
			Map<GapRow, List<String>> roots = new LinkedHashMap<>();
			for (GapRow row : rows) {
				if (row.status() != Status.GAP) {
					continue;
				}
				GapRow root = row;
				while (true) {
					String parent = root.element().parent();
					GapRow up = parent == null ? null : byKey.get(row.practice().qualifiedName() + "@" + parent);
					if (up != null && up.status() == Status.GAP && sameCause(up, root)) {
						root = up;
					} else {
						break;
					}
				}
				List<String> covered = roots.computeIfAbsent(root, r -> new ArrayList<>());
				if (root != row) {
					covered.add(row.element().path());
				}
			}
			PrerequisiteDepth depth = new PrerequisiteDepth(practices);
			Map<PracticeRef, Practice> practiceOf = new LinkedHashMap<>();
			practiceRefs.forEach((p, r) -> practiceOf.put(r, p));

			record Draft(GapRow row, List<String> covers, int level, boolean scopeOnly, int depth, LevelGuidance guidance) {
			}
			List<Draft> drafts = new ArrayList<>();
			for (Map.Entry<GapRow, List<String>> e : roots.entrySet()) {
				GapRow row = e.getKey();
				Practice practice = practiceOf.get(row.practice());
				int d = depth.of(practice);
				int from = row.achieved().level();
				int to = row.target().level();
				if (row.levelGap() == 0) {
					drafts.add(new Draft(row, e.getValue(), to, true, d, guidance(practice, to)));
				} else {
					for (int level = from + 1; level <= to; level++) {
						drafts.add(new Draft(row, e.getValue(), level, false, d, guidance(practice, level)));
					}
				}
			}
			drafts.sort(Comparator.<Draft>comparingInt(d -> -rank(d.row().target().priority()))
					.thenComparingInt(d -> -d.row().levelGap())
					.thenComparingInt(Draft::depth)
					.thenComparingInt(d -> d.row().practice().order())
					.thenComparingInt(d -> d.row().element().order())
					.thenComparingInt(Draft::level));

			// Plan steps, keyed by practice, element and level.
			Map<String, Planned> plannedByKey = new LinkedHashMap<>();
			for (ImprovementPlan plan : system.getPlans()) {
				if (plan.getTarget() != null && plan.getTarget() != targets) {
					continue;
				}
				for (PlannedStep step : plan.getSteps()) {
					Practice practice = step.getPractice();
					if (practice == null || practice.eIsProxy() || !practiceRefs.containsKey(practice)) {
						throw new IllegalArgumentException("Plan step at " + locator.locate(step)
								+ " names a practice that is not in the catalog; fix the model's errors first.");
					}
					ArchitectureElement element = step.getElement() == null ? system
							: own(step.getElement(), step, "Plan step");
					Planned planned = new Planned(plan.getName(), practiceRefs.get(practice).qualifiedName(),
							path(element), step.getToLevel(),
							step.getOwner() == null || step.getOwner().eIsProxy() ? null : step.getOwner().getName(),
							step.getDue(), step.getStatus(), step.getNote(), locator.locate(step));
					String key = planned.practice() + "@" + planned.element() + "#" + planned.toLevel();
					if (plannedByKey.putIfAbsent(key, planned) != null) {
						unmatched.add(planned);
					}
				}
			}
			List<RoadmapStep> steps = new ArrayList<>();
			for (Draft d : drafts) {
				GapRow row = d.row();
				String key = row.practice().qualifiedName() + "@" + row.element().path() + "#" + d.level();
				Planned planned = plannedByKey.remove(key);
				LevelGuidance g = d.guidance();
				String guidance = g == null ? null : g.getDescription();
				List<String> actions = g == null ? List.of() : g.getActions();
				List<String> indicators = g == null ? List.of() : g.getIndicators();
				if (d.scopeOnly()) {
					ScopeStep scope = new ScopeStep(system.getCatalog(), row);
					guidance = scope.guidance();
					actions = scope.actions();
					indicators = scope.indicators();
				}
				steps.add(new RoadmapStep(steps.size() + 1, row.practice(), row.element(), d.covers(),
						row.achieved().level(), d.level(), row.target().level(), row.target().scope(), d.scopeOnly(),
						row.target().priority(), row.levelGap(), d.depth(), guidance, actions, indicators,
						row.target().origin(), planned));
			}
			unmatched.addAll(plannedByKey.values());
			return steps;
		}

		/**
		 * The parent's steps close the child's gap: same target entry, and the same finding or a
		 * parent state derived from the elements inside it (never above the child's level or scope).
		 */
		private static boolean sameCause(GapRow parent, GapRow child) {
			return parent.target().origin().entry() == child.target().origin().entry()
					&& (parent.isDerived() || parent.achieved().finding() == child.achieved().finding());
		}

		private static LevelGuidance guidance(Practice practice, int level) {
			return practice.getGuidance().stream().filter(g -> g.getLevel() == level).findFirst().orElse(null);
		}

		// -------------------------------------------------------------- trend

		Trend trend(Assessment from, Assessment to) {
			Map<Practice, Map<ArchitectureElement, Achieved>> before = achieved(from);
			Map<Practice, Map<ArchitectureElement, Achieved>> after = achieved(to);
			List<Trend.Entry> entries = new ArrayList<>();
			for (Practice practice : practices) {
				for (ArchitectureElement element : elements) {
					Achieved b = before.getOrDefault(practice, Map.of()).get(element);
					Achieved a = after.getOrDefault(practice, Map.of()).get(element);
					if (a == null && b == null) {
						continue;
					}
					Trend.Change change;
					if (b == null) {
						change = Trend.Change.NEWLY_ASSESSED;
					} else if (a == null) {
						change = Trend.Change.DROPPED;
					} else {
						int cmp = a.level() != b.level() ? Integer.compare(a.level(), b.level())
								: Integer.compare(rank(a.scope()), rank(b.scope()));
						change = cmp > 0 ? Trend.Change.IMPROVED
								: cmp < 0 ? Trend.Change.REGRESSED : Trend.Change.UNCHANGED;
					}
					entries.add(new Trend.Entry(practiceRefs.get(practice), refs.get(element), b, a, change));
				}
			}
			return new Trend(from.getName(), from.getDate(), to.getName(), to.getDate(), entries);
		}
	}
}
