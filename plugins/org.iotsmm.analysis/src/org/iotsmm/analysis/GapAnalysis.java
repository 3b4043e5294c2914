package org.iotsmm.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Priority;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TargetTemplate;

/**
 * The gap analysis engine: targets &times; assessment &times; catalog &rarr; {@link GapReport}.
 * Pure Java on loaded EMF objects; it never changes the model. The rules are {@code docs/method.md}
 * ({@link #method()}, printed in reports); each of its sections is one class of this package:
 * <ul>
 * <li>Elements: {@link AnalysedSystem} (elements and practices of one run, by index);</li>
 * <li>Effective targets: {@link EffectiveTargets};</li>
 * <li>Achieved level and scope, derived rows: {@link AchievedLevels};</li>
 * <li>Gap and status: {@link GapRows} and {@link Status};</li>
 * <li>Roll-ups: {@link RollUps} (the rule is also on {@link RollUp});</li>
 * <li>Coverage: {@link CoverageAnalysis};</li>
 * <li>Roadmap: {@link RoadmapPlanner}, with {@link PrerequisiteDepth} and {@link ScopeStep};</li>
 * <li>Trend and progress: {@link TrendAnalysis} and {@link #analyse(org.iotsmm.smm.System, Assessment, TargetSet)}.</li>
 * </ul>
 * This class chooses what to analyse (which assessment, which target set) and puts the parts
 * together; each assessment's achieved states are computed once per run.
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
	 * Analyses the newest assessment (by date, then name) of the system against the target set it
	 * names; with no assessment, the system's only target set with every targeted row NOT_ASSESSED.
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
		AnalysedSystem s = new AnalysedSystem(system, locator);
		s.requireOwn(assessment, "Assessment");
		if (targets == null) {
			throw new IllegalArgumentException("No target set given for system " + system.getName() + ".");
		}
		s.requireOwn(targets, "Target set");
		EffectiveTarget[][] effective = EffectiveTargets.of(s, targets);
		Map<Assessment, Achieved[][]> achieved = new IdentityHashMap<>();
		Achieved[][] current = achieved(s, assessment, achieved);
		List<GapRow> rows = GapRows.of(s, effective, current);
		RollUps rollUpsOf = new RollUps(s);
		List<RollUp> rollUps = rollUpsOf.of(rows, true);
		Coverage coverage = CoverageAnalysis.of(s, rows);
		List<Planned> unmatched = new ArrayList<>();
		List<RoadmapStep> roadmap = RoadmapPlanner.of(s, rows, targets, unmatched);

		Trend trend = null;
		if (assessment != null) {
			Assessment previous = system.getAssessments().stream()
					.filter(a -> a != assessment && BY_DATE.compare(a, assessment) < 0).max(BY_DATE).orElse(null);
			if (previous != null) {
				trend = TrendAnalysis.of(s, previous, achieved(s, previous, achieved), assessment, current);
			}
		}
		// Progress: every assessment against this target set; only the headline roll-up is needed,
		// so the other assessments' rows are never built.
		List<ProgressPoint> progress = new ArrayList<>();
		for (Assessment a : system.getAssessments().stream().sorted(BY_DATE).toList()) {
			RollUp all = a == assessment ? overall(rollUps) : rollUpsOf.overall(effective, achieved(s, a, achieved));
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
				s.elementRefs, s.practiceRefs, rows, rollUps, coverage, roadmap, unmatched, trend, progress, s.refs);
	}

	/**
	 * Compares two assessments of the same system, per practice and element (see {@link Trend}).
	 * IllegalArgumentException if either belongs to another system.
	 */
	public Trend compare(org.iotsmm.smm.System system, Assessment from, Assessment to) {
		AnalysedSystem s = new AnalysedSystem(system, locator);
		if (from == null || to == null) {
			throw new IllegalArgumentException("Comparing needs two assessments; got " + (from == null ? "none" : from.getName())
					+ " and " + (to == null ? "none" : to.getName()) + ".");
		}
		s.requireOwn(from, "Assessment");
		s.requireOwn(to, "Assessment");
		return TrendAnalysis.of(s, from, AchievedLevels.of(s, from), to, AchievedLevels.of(s, to));
	}

	private static Achieved[][] achieved(AnalysedSystem s, Assessment assessment, Map<Assessment, Achieved[][]> cache) {
		if (assessment == null) {
			return AchievedLevels.of(s, null);
		}
		Achieved[][] known = cache.get(assessment);
		if (known == null) {
			known = AchievedLevels.of(s, assessment);
			cache.put(assessment, known);
		}
		return known;
	}

	private static RollUp overall(List<RollUp> rollUps) {
		return rollUps.stream().filter(r -> r.group().equals(RollUp.CATALOG) && r.element() == null).findFirst()
				.orElseThrow();
	}

	/** By date (undated first), then name: "newest" is the last in this order. */
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
}
