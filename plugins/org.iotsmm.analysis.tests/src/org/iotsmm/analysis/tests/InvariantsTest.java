package org.iotsmm.analysis.tests;

import org.iotsmm.testing.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Random;
import java.util.stream.IntStream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.analysis.Status;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Priority;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.SmmFactory;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.Zone;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Property-style tests: invariants checked on 400 systems generated from fixed seeds (nested zones,
 * components, random target entries on practices, subdomains and domains, random findings), on the
 * real SMM 1.2 catalog. Written as a seeded {@link ParameterizedTest} rather than with jqwik, so
 * that a failure names its seed and replays exactly.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmAnalysisInjectorProvider.class)
class InvariantsTest {

	private static final int CASES = 400;
	private static Catalog catalog;

	@Inject
	private ModelLoader loader;

	static IntStream seeds() {
		return IntStream.range(0, CASES).map(i -> 7919 * i + 17);
	}

	private Catalog catalog() throws Exception {
		if (catalog == null) {
			catalog = Models.system(loader, Repo.example("getting-started")).getCatalog();
		}
		return catalog;
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void invariantsHold(int seed) throws Exception {
		Random random = new Random(seed);
		org.iotsmm.smm.System system = generate(random, catalog());
		GapAnalysis analysis = new GapAnalysis();
		GapReport report = analysis.analyse(system);

		for (GapRow row : report.rows()) {
			gapIsNeverNegativeAndOnlyWithTargetAndFinding(row);
			metExactlyWhenLevelAndScopeReached(row);
		}
		rollUpsAgreeWithRows(report);
		everyGapHasItsSteps(report);
		worstStatusIsTheWorstRow(report, system);
		JsonParser.parseString(GapReportJson.toJson(report));

		// Raising one finding (level, or scope at level 4) never widens any gap.
		Assessment assessment = system.getAssessments().get(0);
		if (!assessment.getFindings().isEmpty()) {
			Finding finding = assessment.getFindings().get(random.nextInt(assessment.getFindings().size()));
			if (finding.getLevel() < 4) {
				finding.setLevel(finding.getLevel() + 1);
			} else if (finding.getScope() != Scope.SYSTEM) {
				finding.setScope(Scope.get(finding.getScope().getValue() + 1));
			}
			GapReport raised = analysis.analyse(system);
			for (int i = 0; i < report.rows().size(); i++) {
				GapRow before = report.rows().get(i);
				GapRow after = raised.rows().get(i);
				assertTrue(after.levelGap() <= before.levelGap(), "level gap widened: " + before + " -> " + after);
				assertTrue(after.scopeGap() <= before.scopeGap(), "scope gap widened: " + before + " -> " + after);
				assertTrue(!before.status().meetsTarget() || after.status().meetsTarget(),
						"a met target became unmet: " + before + " -> " + after);
			}
			assertTrue(raised.overall().totalLevelGap() <= report.overall().totalLevelGap());
		}
	}

	/**
	 * The same invariants on a small random catalog whose {@code requires} graph is random (self
	 * requirements, cycles of any length, chains leaving cycles); then the prerequisite depth is
	 * checked against a brute-force longest chain that never returns to a practice on it, and against
	 * the same catalog in a shuffled order.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void prerequisiteDepthOnRandomRequiresGraphs(int seed) {
		Random random = new Random(seed);
		Catalog catalog = randomCatalog(random);
		org.iotsmm.smm.System system = generate(random, catalog);
		GapReport report = new GapAnalysis().analyse(system);
		for (GapRow row : report.rows()) {
			gapIsNeverNegativeAndOnlyWithTargetAndFinding(row);
			metExactlyWhenLevelAndScopeReached(row);
		}
		rollUpsAgreeWithRows(report);
		everyGapHasItsSteps(report);
		Map<String, Integer> depths = depths(report);
		for (Domain d : catalog.getDomains()) {
			for (Subdomain s : d.getSubdomains()) {
				for (Practice p : s.getPractices()) {
					if (depths.containsKey(p.getName())) {
						Set<Practice> chain = new HashSet<>(List.of(p));
						assertEquals(longestChain(p, chain), depths.get(p.getName()), "depth of " + p.getName());
					}
				}
			}
		}
		stepsFollowTheirPrerequisites(report);

		shuffle(catalog.getDomains(), random);
		for (Domain d : catalog.getDomains()) {
			shuffle(d.getSubdomains(), random);
			d.getSubdomains().forEach(s -> shuffle(s.getPractices(), random));
		}
		GapReport reordered = new GapAnalysis().analyse(system);
		assertEquals(depths, depths(reordered), "depth must not follow catalog order");
		stepsFollowTheirPrerequisites(reordered);
	}

	private static Map<String, Integer> depths(GapReport report) {
		Map<String, Integer> depths = new TreeMap<>();
		report.roadmap().forEach(s -> depths.put(s.practice().name(), s.prerequisiteDepth()));
		return depths;
	}

	/** Brute force: every chain from the practice that never returns to a practice already on it. */
	private static int longestChain(Practice practice, Set<Practice> onChain) {
		int best = 0;
		for (Practice pre : practice.getPrerequisites()) {
			if (onChain.add(pre)) {
				best = Math.max(best, 1 + longestChain(pre, onChain));
				onChain.remove(pre);
			}
		}
		return best;
	}

	/** With equal priority and level gap, steps come by prerequisite depth, smallest first. */
	private static void stepsFollowTheirPrerequisites(GapReport report) {
		for (int i = 1; i < report.roadmap().size(); i++) {
			RoadmapStep a = report.roadmap().get(i - 1), b = report.roadmap().get(i);
			if (a.priority() == b.priority() && a.levelGap() == b.levelGap()) {
				assertTrue(a.prerequisiteDepth() <= b.prerequisiteDepth(), a + "\n" + b);
			}
		}
	}

	private static <T> void shuffle(org.eclipse.emf.common.util.EList<T> list, Random random) {
		for (int i = list.size() - 1; i > 0; i--) {
			list.move(i, random.nextInt(i + 1));
		}
	}

	/** 2-9 practices in 1-2 domains of 1-2 subdomains; each practice requires each (itself too) with p = 0.2. */
	static Catalog randomCatalog(Random random) {
		SmmFactory f = SmmFactory.eINSTANCE;
		Catalog catalog = f.createCatalog();
		catalog.setName("Random");
		catalog.setVersion("1.0");
		List<Practice> practices = new ArrayList<>();
		int count = 2 + random.nextInt(8);
		int domains = 1 + random.nextInt(2);
		for (int d = 0; d < domains; d++) {
			Domain domain = f.createDomain();
			domain.setName("D" + d);
			catalog.getDomains().add(domain);
			int subdomains = 1 + random.nextInt(2);
			for (int s = 0; s < subdomains; s++) {
				Subdomain subdomain = f.createSubdomain();
				subdomain.setName("D" + d + "S" + s);
				domain.getSubdomains().add(subdomain);
			}
		}
		List<Subdomain> all = catalog.getDomains().stream().flatMap(d -> d.getSubdomains().stream()).toList();
		for (int i = 0; i < count; i++) {
			Practice practice = f.createPractice();
			practice.setName("P" + i);
			practice.setCode("P" + i);
			all.get(i < all.size() ? i : random.nextInt(all.size())).getPractices().add(practice);
			practices.add(practice);
		}
		for (Practice practice : practices) {
			for (Practice other : practices) {
				if (random.nextInt(5) == 0) {
					practice.getPrerequisites().add(other);
				}
			}
		}
		return catalog;
	}

	private static void gapIsNeverNegativeAndOnlyWithTargetAndFinding(GapRow row) {
		assertTrue(row.levelGap() >= 0 && row.scopeGap() >= 0, row.toString());
		if (!row.hasTarget() || !row.isAssessed()) {
			assertEquals(0, row.levelGap(), row.toString());
			assertEquals(0, row.scopeGap(), row.toString());
		} else {
			assertEquals(Math.max(0, row.target().level() - row.achieved().level()), row.levelGap());
		}
	}

	private static void metExactlyWhenLevelAndScopeReached(GapRow row) {
		boolean reached = row.hasTarget() && row.isAssessed() && row.achieved().level() >= row.target().level()
				&& row.achieved().scope().getValue() >= row.target().scope().getValue();
		assertEquals(reached, row.status().meetsTarget(), row.toString());
		assertEquals(reached && row.achieved().level() == row.target().level(), row.status() == Status.MET,
				row.toString());
		assertEquals(row.hasTarget() && row.isAssessed() && !reached, row.status() == Status.GAP, row.toString());
		assertEquals(row.hasTarget() && !row.isAssessed(), row.status() == Status.NOT_ASSESSED, row.toString());
		assertEquals(!row.hasTarget(), row.status() == Status.NO_TARGET, row.toString());
	}

	/** Recomputes every roll-up from the rows, independently of the engine's code. */
	private static void rollUpsAgreeWithRows(GapReport report) {
		for (RollUp u : report.rollUps()) {
			int withTarget = 0, met = 0, gaps = 0, notAssessed = 0, total = 0, largest = 0, rowsNotAssessed = 0;
			boolean anyGapRow = false;
			for (var practice : report.practices()) {
				boolean member = switch (u.group()) {
				case RollUp.SUBDOMAIN -> practice.subdomain().equals(u.name());
				case RollUp.DOMAIN -> practice.domain().equals(u.name());
				default -> true;
				};
				if (!member) {
					continue;
				}
				List<GapRow> rows = report.rows().stream().filter(r -> r.practice().equals(practice))
						.filter(r -> u.element() == null || r.element().path().equals(u.element()))
						.filter(GapRow::hasTarget).toList();
				if (rows.isEmpty()) {
					continue;
				}
				withTarget++;
				boolean gap = rows.stream().anyMatch(r -> r.status() == Status.GAP);
				boolean na = rows.stream().anyMatch(r -> r.status() == Status.NOT_ASSESSED);
				anyGapRow |= gap;
				if (gap) {
					gaps++;
				} else if (na) {
					notAssessed++;
				} else {
					met++;
				}
				int g = rows.stream().mapToInt(GapRow::levelGap).max().orElse(0);
				total += g;
				largest = Math.max(largest, g);
				rowsNotAssessed += (int) rows.stream().filter(r -> r.status() == Status.NOT_ASSESSED).count();
			}
			String what = u.toString();
			assertEquals(withTarget, u.practicesWithTarget(), what);
			assertEquals(met, u.practicesMet(), what);
			assertEquals(gaps, u.practicesWithGap(), what);
			assertEquals(notAssessed, u.practicesNotAssessed(), what);
			assertEquals(total, u.totalLevelGap(), what);
			assertEquals(largest, u.largestLevelGap(), what);
			assertEquals(rowsNotAssessed, u.rowsNotAssessed(), what);
			assertEquals(withTarget, met + gaps + notAssessed, what);
			// never hides a practice-level gap
			assertEquals(anyGapRow, u.status() == Status.GAP, what);
		}
	}

	/** Every gap row is the root of steps (one per level to climb) or is covered by one. */
	private static void everyGapHasItsSteps(GapReport report) {
		for (GapRow row : report.rows()) {
			if (row.status() != Status.GAP) {
				continue;
			}
			List<RoadmapStep> own = report.roadmap().stream()
					.filter(s -> s.practice().equals(row.practice()) && s.element().equals(row.element())).toList();
			if (own.isEmpty()) {
				assertTrue(report.roadmap().stream().anyMatch(s -> s.practice().equals(row.practice())
						&& s.covers().contains(row.element().path())), "gap without a step: " + row);
				continue;
			}
			List<Integer> levels = own.stream().map(RoadmapStep::level).sorted().toList();
			List<Integer> expected = row.levelGap() == 0 ? List.of(row.target().level())
					: IntStream.rangeClosed(row.achieved().level() + 1, row.target().level()).boxed().toList();
			assertEquals(expected, levels, row.toString());
		}
		for (int i = 0; i < report.roadmap().size(); i++) {
			assertEquals(i + 1, report.roadmap().get(i).rank());
			if (i > 0) {
				RoadmapStep a = report.roadmap().get(i - 1), b = report.roadmap().get(i);
				assertTrue(a.priority().getValue() >= b.priority().getValue(), "priority order");
			}
		}
	}

	private static void worstStatusIsTheWorstRow(GapReport report, org.iotsmm.smm.System system) {
		Status worst = report.rows().stream().map(GapRow::status).reduce(Status.NO_TARGET, Status::worst);
		assertEquals(worst, report.worstStatus(system));
		int largest = report.rows().stream().mapToInt(GapRow::levelGap).max().orElse(0);
		assertEquals(largest, report.largestLevelGap(system));
		// every zone and component: the indexed lookups agree with a scan of all rows by path
		report.index().forEach((element, ref) -> {
			List<GapRow> inside = report.rows().stream().filter(r -> ref.isSystem() || r.element().path().equals(ref.path())
					|| r.element().path().startsWith(ref.path() + ".")).toList();
			assertEquals(inside.stream().map(GapRow::status).reduce(Status.NO_TARGET, Status::worst),
					report.worstStatus(element), ref.path());
			assertEquals(inside.stream().mapToInt(GapRow::levelGap).max().orElse(0), report.largestLevelGap(element),
					ref.path());
			assertEquals(report.rows().stream().filter(r -> r.element().equals(ref)).toList(), report.rowsOf(ref));
		});
	}

	// ------------------------------------------------------------------ generator

	static org.iotsmm.smm.System generate(Random random, Catalog catalog) {
		SmmFactory f = SmmFactory.eINSTANCE;
		org.iotsmm.smm.System system = f.createSystem();
		system.setName("Generated");
		system.setCatalog(catalog);
		List<Zone> zones = new ArrayList<>();
		List<ArchitectureElement> targetsOn = new ArrayList<>();
		int zoneCount = 1 + random.nextInt(4);
		for (int i = 0; i < zoneCount; i++) {
			Zone zone = f.createZone();
			zone.setName("Z" + i);
			if (i == 0 || random.nextBoolean()) {
				system.getZones().add(zone);
			} else {
				zones.get(random.nextInt(zones.size())).getZones().add(zone);
			}
			zones.add(zone);
			targetsOn.add(zone);
		}
		int componentCount = 1 + random.nextInt(6);
		for (int i = 0; i < componentCount; i++) {
			Component component = f.createComponent();
			component.setName("C" + i);
			if (random.nextInt(5) == 0) {
				system.getComponents().add(component);
			} else {
				zones.get(random.nextInt(zones.size())).getComponents().add(component);
			}
			targetsOn.add(component);
		}
		List<CatalogElement> subjects = new ArrayList<>();
		List<Practice> practices = new ArrayList<>();
		for (Domain d : catalog.getDomains()) {
			subjects.add(d);
			for (Subdomain s : d.getSubdomains()) {
				subjects.add(s);
				subjects.addAll(s.getPractices());
				practices.addAll(s.getPractices());
			}
		}
		TargetSet set = f.createTargetSet();
		set.setName("T");
		system.getTargetSets().add(set);
		int entries = 1 + random.nextInt(12);
		for (int i = 0; i < entries; i++) {
			TargetEntry entry = f.createTargetEntry();
			entry.setSubject(subjects.get(random.nextInt(subjects.size())));
			entry.setLevel(random.nextInt(5));
			entry.setScope(Scope.get(random.nextInt(3)));
			entry.setPriority(Priority.get(random.nextInt(5)));
			appliesTo(random, targetsOn, entry.getAppliesTo());
			set.getEntries().add(entry);
		}
		Assessment assessment = f.createAssessment();
		assessment.setName("A");
		assessment.setDate(LocalDate.of(2026, 1, 1));
		assessment.setAgainst(set);
		system.getAssessments().add(assessment);
		int findings = random.nextInt(16);
		for (int i = 0; i < findings; i++) {
			Finding finding = f.createFinding();
			finding.setPractice(practices.get(random.nextInt(practices.size())));
			finding.setLevel(random.nextInt(5));
			finding.setScope(Scope.get(random.nextInt(3)));
			appliesTo(random, targetsOn, finding.getAppliesTo());
			assessment.getFindings().add(finding);
		}
		return system;
	}

	private static void appliesTo(Random random, List<ArchitectureElement> candidates, List<ArchitectureElement> into) {
		if (random.nextInt(10) < 4) {
			return; // system-wide
		}
		int n = 1 + random.nextInt(2);
		for (int i = 0; i < n; i++) {
			ArchitectureElement e = candidates.get(random.nextInt(candidates.size()));
			if (!into.contains(e)) {
				into.add(e);
			}
		}
	}
}
