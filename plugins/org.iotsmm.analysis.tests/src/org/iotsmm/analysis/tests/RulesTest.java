package org.iotsmm.analysis.tests;

import org.iotsmm.testing.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.Coverage;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.analysis.Status;
import org.iotsmm.analysis.Trend;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.StepStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/** One fixture per rule (fixtures/*.smm); the hand computation is the comment at the top of each. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmAnalysisInjectorProvider.class)
class RulesTest {

	@Inject
	private ModelLoader loader;

	private GapReport analyse(String fixture) throws Exception {
		return new GapAnalysis(Models.NODE_MODEL).analyse(Models.system(loader, Repo.fixture(fixture)));
	}

	@Test
	void templateSeedsTheTargetSetAndOwnEntriesOverrideIt() throws Exception {
		GapReport r = analyse("template-seeds-target-set.smm");
		assertEquals("LineBaseline", r.template());
		GapRow spm = r.row("SPM", "");
		assertEquals(2, spm.target().level());
		assertEquals(Scope.INDUSTRY, spm.target().scope());
		assertEquals("LineBaseline", spm.target().origin().template());
		assertTrue(spm.target().origin().location().file().endsWith("manufacturing-1.0.smm"),
				spm.target().origin().location().toString());
		assertTrue(spm.target().origin().location().line() > 0);
		GapRow tm = r.row("TM", "");
		assertEquals(2, tm.target().level());
		assertEquals(Scope.GENERAL, tm.target().scope());
		assertNull(tm.target().origin().template());
		assertEquals(3, r.row("PM", "").target().level());
		// Changed by derived rows (issue 17.5): the system's only element inside, zone Field, is
		// assessed (PM 1), so the system's row is derived 1/general against 3/industry: a gap, where
		// it used to be NOT_ASSESSED.
		assertTrue(r.row("PM", "").isDerived());
		assertEquals(Status.GAP, r.row("PM", "").status());
		assertEquals(2, r.row("PM", "").levelGap());
		GapRow pmSensors = r.row("PM", "Field.Sensors");
		assertEquals(1, pmSensors.target().level());
		assertEquals("Field", pmSensors.target().origin().on());
		assertNull(pmSensors.target().origin().template());
		assertEquals(Status.MET, pmSensors.status());
		assertEquals(3, r.row("AC", "Field.Sensors").target().level());
		assertEquals("LineBaseline", r.row("AC", "Field.Sensors").target().origin().template());
	}

	@Test
	void componentBeatsZoneBeatsSystemThenPracticeBeatsSubdomainBeatsDomain() throws Exception {
		GapReport r = analyse("precedence.smm");
		assertEquals(1, r.row("PM", "").target().level());
		assertEquals(2, r.row("PM", "Outer").target().level());
		assertEquals(2, r.row("PM", "Outer.E").target().level());
		assertEquals(3, r.row("PM", "Outer.Inner").target().level());
		assertEquals("practice", r.row("PM", "Outer.Inner").target().origin().subjectKind());
		assertEquals(4, r.row("PM", "Outer.Inner.D").target().level());
		assertEquals("domain", r.row("PM", "Outer.Inner.D").target().origin().subjectKind());
		assertEquals(2, r.row("VA", "Outer.Inner").target().level());
		assertEquals("subdomain", r.row("VA", "Outer.Inner").target().origin().subjectKind());
		assertEquals(Status.NO_TARGET, r.row("VA", "Outer").status());
		assertEquals(4, r.row("VA", "Outer.Inner.D").target().level());
		assertEquals(4, r.row("MON", "Outer.Inner.D").target().level());
		assertEquals(Status.NO_TARGET, r.row("MON", "Outer.Inner").status());
		// no assessment at all: not assessed, never level 0, no gap
		assertNull(r.assessment());
		for (GapRow row : r.rows()) {
			assertEquals(row.hasTarget() ? Status.NOT_ASSESSED : Status.NO_TARGET, row.status());
			assertEquals(0, row.levelGap());
		}
		assertTrue(r.roadmap().isEmpty());
		assertEquals(r.overall().practicesWithTarget(), r.overall().practicesNotAssessed());
	}

	@Test
	void mostSpecificFindingAndStatuses() throws Exception {
		GapReport r = analyse("findings-and-status.smm");
		assertEquals(Status.GAP, r.row("PM", "").status());
		assertEquals(1, r.row("PM", "").levelGap());
		for (String path : List.of("Outer", "Outer.E", "Outer.F", "Outer.Inner")) {
			assertEquals(Status.MET, r.row("PM", path).status(), path);
			assertEquals("Outer", r.row("PM", path).achieved().on(), path);
		}
		assertEquals(Status.EXCEEDS, r.row("PM", "Outer.Inner.D").status());
		GapRow acE = r.row("AC", "Outer.E");
		assertEquals(Status.GAP, acE.status());
		assertEquals(0, acE.levelGap());
		assertEquals(1, acE.scopeGap());
		assertEquals(Status.EXCEEDS, r.row("AC", "Outer.F").status());
		assertEquals(Status.MET, r.row("AC", "Outer.Inner.D").status());
		assertEquals(Status.NO_TARGET, r.row("AC", "").status());
		// Changed by derived rows (issue 17.5): E, F and D are all assessed for AC, so Inner (from D),
		// Outer (from E, F, Inner) and the system (from Outer) take the lowest level, 2, and the
		// narrowest scope, general; it used to be null. No target there, so the status stays NO_TARGET.
		assertTrue(r.row("AC", "").isDerived());
		assertEquals(List.of(2, 2, 2), List.of(r.row("AC", "").achieved().level(),
				r.row("AC", "Outer").achieved().level(), r.row("AC", "Outer.Inner").achieved().level()));
		assertEquals(Scope.SYSTEM, r.row("AC", "Outer.Inner").achieved().scope());
		assertEquals(Scope.GENERAL, r.row("AC", "Outer").achieved().scope());
		for (GapRow va : r.rows().stream().filter(x -> x.practice().code().equals("VA")).toList()) {
			assertEquals(Status.NOT_ASSESSED, va.status());
			assertNull(va.achieved());
		}
		assertEquals(Status.NO_TARGET, r.row("TM", "").status());
		assertEquals(2, r.row("TM", "").achieved().level());

		RollUp all = r.overall();
		assertEquals(List.of(3, 0, 2, 1, 1, 1, 6), List.of(all.practicesWithTarget(), all.practicesMet(),
				all.practicesWithGap(), all.practicesNotAssessed(), all.totalLevelGap(), all.largestLevelGap(),
				all.rowsNotAssessed()));
		RollUp d = r.rollUp(RollUp.CATALOG, "SMM", "Outer.Inner.D");
		assertEquals(List.of(3, 2, 0, 1), List.of(d.practicesWithTarget(), d.practicesMet(), d.practicesWithGap(),
				d.practicesNotAssessed()));
		assertEquals(Status.NOT_ASSESSED, d.status());

		List<String> steps = r.roadmap().stream()
				.map(s -> s.practice().code() + "@" + s.element().path() + "#" + s.level() + (s.scopeOnly() ? "s" : ""))
				.toList();
		assertEquals(List.of("PM@#2", "AC@Outer.E#2s"), steps);
		assertEquals(List.of("VA"), r.coverage().practicesWithoutFinding().stream().map(p -> p.practice().code()).toList());
		assertEquals(6, r.coverage().practicesWithoutFinding().get(0).elements().size());
	}

	@Test
	void roadmapStepsOrderedAndMergedWithThePlan() throws Exception {
		GapReport r = analyse("roadmap.smm");
		List<String> steps = r.roadmap().stream().map(s -> s.practice().code() + "#" + s.level()).toList();
		assertEquals(List.of("MON#3", "DPM#1", "DPM#2", "DPM#3", "ACM#2", "VA#2", "PM#2", "EMI#1", "EMI#2", "EMI#3"),
				steps);
		for (RoadmapStep step : r.roadmap()) {
			assertEquals("", step.element().path());
			assertEquals(List.of("Box"), step.covers());
			assertFalse(step.actions().isEmpty(), "catalog actions for " + step.practice().code() + " level " + step.level());
			assertFalse(step.indicators().isEmpty());
		}
		assertEquals(List.of(0, 0, 0, 0, 0, 1, 2, 0, 0, 0),
				r.roadmap().stream().map(RoadmapStep::prerequisiteDepth).toList());
		RoadmapStep va = r.roadmap().get(5);
		assertTrue(va.isPlanned());
		assertEquals("Bob", va.planned().owner());
		assertEquals(StepStatus.STARTED, va.planned().status());
		assertEquals(1, r.roadmap().stream().filter(RoadmapStep::isPlanned).count());
		assertEquals(1, r.unmatchedPlannedSteps().size());
		assertEquals(4, r.unmatchedPlannedSteps().get(0).toLevel());
		assertTrue(r.unmatchedPlannedSteps().get(0).location().line() > 0);
	}

	@Test
	void trendAndProgressByDate() throws Exception {
		GapReport r = analyse("trend.smm");
		assertEquals("Second", r.assessment());
		Trend t = r.trend();
		assertEquals("First", t.from());
		assertEquals(2, t.count(Trend.Change.IMPROVED));
		assertEquals(4, t.count(Trend.Change.REGRESSED));
		assertEquals(2, t.count(Trend.Change.UNCHANGED));
		assertEquals(2, t.count(Trend.Change.NEWLY_ASSESSED));
		assertEquals(2, t.count(Trend.Change.DROPPED));
		assertEquals(List.of("VA", "PM", "MON", "SAS", "EDR", "RRC"),
				t.entries().stream().filter(e -> e.element().path().isEmpty()).map(e -> e.practice().code()).toList());
		assertEquals(List.of("First", "Second"), r.progress().stream().map(p -> p.assessment()).toList());
		assertEquals(List.of(2, 3, 1, 3), List.of(r.progress().get(0).practicesMet(),
				r.progress().get(0).practicesWithGap(), r.progress().get(0).practicesNotAssessed(),
				r.progress().get(0).totalLevelGap()));
		assertEquals(List.of(2, 3, 1, 3), List.of(r.progress().get(1).practicesMet(),
				r.progress().get(1).practicesWithGap(), r.progress().get(1).practicesNotAssessed(),
				r.progress().get(1).totalLevelGap()));
	}

	@Test
	void coverageMatrix() throws Exception {
		GapReport r = analyse("coverage.smm");
		Coverage c = r.coverage();
		assertEquals(List.of("Plant.Pump", "Plant.Valve", "Office.Laptop"),
				c.components().stream().map(x -> x.component().path()).toList());
		assertEquals(List.of(1, 2, 0), c.components().stream().map(x -> x.targets()).toList());
		assertEquals(List.of(1, 1, 1), c.components().stream().map(x -> x.findings()).toList());
		assertEquals(List.of("Office.Laptop"), c.uncoveredComponents());
		assertEquals(1, c.practicesWithoutFinding().size());
		assertEquals("PM", c.practicesWithoutFinding().get(0).practice().code());
		assertEquals(List.of("Plant.Valve"), c.practicesWithoutFinding().get(0).elements());
	}

	@Test
	void assessmentOrTargetSetOfAnotherSystemIsRefused() throws Exception {
		LoadedModels models = loader.load(List.of(Repo.fixture("two-systems.smm")));
		assertTrue(models.errors().isEmpty(), models.errors().toString());
		org.iotsmm.smm.System first = models.system("First").orElseThrow();
		org.iotsmm.smm.System second = models.system("Second").orElseThrow();
		GapAnalysis analysis = new GapAnalysis();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> analysis.analyse(first, second.getAssessments().get(0)));
		assertTrue(e.getMessage().contains("Assessment B belongs to system Second, not to system First"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> analysis.analyse(first, first.getAssessments().get(0), second.getTargetSets().get(0)));
		assertTrue(e.getMessage().contains("Target set U belongs to system Second"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> analysis.compare(first, first.getAssessments().get(0), second.getAssessments().get(0)));
		assertTrue(e.getMessage().contains("belongs to system Second"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> analysis.analyse(null));
		GapReport report = analysis.analyse(first);
		assertThrows(IllegalArgumentException.class, () -> report.worstStatus(second));
	}

	@Test
	void jsonHasStableKeysAndTracesEveryNumber() throws Exception {
		GapReport r = new GapAnalysis(Models.NODE_MODEL)
				.analyse(Models.system(loader, Repo.example("bottling-line")));
		String json = GapReportJson.toJson(r);
		assertEquals(json, GapReportJson.toJson(r), "deterministic");
		JsonObject root = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(List.of("format", "system", "catalog", "catalogVersion", "profile", "targetSet", "template",
				"assessment", "assessmentDate", "elements", "practices", "rows", "rollUps", "coverage", "roadmap",
				"unmatchedPlannedSteps", "trend", "progress"), List.copyOf(root.keySet()));
		JsonObject row = root.getAsJsonArray("rows").asList().stream().map(x -> x.getAsJsonObject())
				.filter(x -> x.get("code").getAsString().equals("TM") && x.get("element").getAsString().equals("DMZ.EdgeGateway"))
				.findFirst().orElseThrow();
		assertEquals("Governance.ThreatModeling", row.get("practice").getAsString());
		assertEquals(93, row.getAsJsonObject("target").getAsJsonObject("from").get("line").getAsInt());
		assertEquals("MET", row.get("status").getAsString());
		assertEquals(12, root.getAsJsonArray("roadmap").size()); // BottlingLineTest.roadmapOrderAndMergedPlan
	}

	// ------------------------------------------------------------------ issue 17

	private GapReport analyseFile(String fixture) throws Exception {
		return new GapAnalysis(Models.NODE_MODEL).analyse(Models.system(loader, Repo.fixture(fixture)));
	}

	private static Map<String, Integer> depthByPractice(GapReport r) {
		Map<String, Integer> depths = new TreeMap<>();
		r.roadmap().forEach(s -> depths.put(s.practice().name(), s.prerequisiteDepth()));
		return depths;
	}

	@Test
	void prerequisiteDepthNeverCountsTheEdgeThatClosesACycle() throws Exception {
		Map<String, Integer> expected = new TreeMap<>(Map.of("Self", 0, "Base", 0, "PairA", 1, "PairB", 1,
				"TriA", 2, "TriB", 2, "TriC", 2, "Above", 3, "ExitA", 2, "ExitB", 1));
		GapReport a = analyseFile("cycles/catalog-order-a.smm");
		assertEquals(expected, depthByPractice(a));
		GapReport b = analyseFile("cycles/catalog-order-b.smm");
		assertEquals(expected, depthByPractice(b), "same graph, reverse catalog order");
		// steps by depth first (priority and level gap are equal), so a practice follows what it requires
		List<Integer> depths = a.roadmap().stream().map(RoadmapStep::prerequisiteDepth).toList();
		assertEquals(depths.stream().sorted().toList(), depths);
	}

	@Test
	void zoneAndSystemRowsAreDerivedFromTheAssessedElementsInside() throws Exception {
		GapReport r = analyseFile("derived-rows.smm");
		GapRow line = r.row("PM", "Line");
		assertTrue(line.isDerived());
		assertEquals(1, line.achieved().level());
		assertEquals("Line.Cell.Robot", line.achieved().on());
		assertEquals(Status.GAP, line.status());
		assertEquals(Status.GAP, r.row("PM", "Line.Cell").status());
		assertTrue(r.row("PM", "Line.Cell").isDerived());
		assertFalse(r.row("PM", "Line.Filler").isDerived());
		assertNull(r.row("PM", "").achieved(), "Office has no PM finding, so the system is not derived");
		assertEquals(Status.MET, r.row("AC", "Office").status());
		assertTrue(r.row("AC", "Office").isDerived());
		GapRow tm = r.row("TM", "");
		assertTrue(tm.isDerived());
		assertEquals(List.of(2, 0, 1), List.of(tm.achieved().level(), tm.levelGap(), tm.scopeGap()));
		assertEquals(Scope.GENERAL, tm.achieved().scope());
		assertEquals(Status.GAP, r.row("TM", "Office").status());
		assertEquals(Status.MET, r.row("TM", "Line.Cell.Robot").status());

		RollUp all = r.overall();
		assertEquals(List.of(3, 1, 2, 0, 1, 1, 0), List.of(all.practicesWithTarget(), all.practicesMet(),
				all.practicesWithGap(), all.practicesNotAssessed(), all.totalLevelGap(), all.largestLevelGap(),
				all.rowsNotAssessed()));
		// Office: AC met (derived), TM a scope gap (derived); before derivation both were not assessed
		assertEquals(List.of(2, 1, 1, 0), List.of(r.rollUp(RollUp.CATALOG, "SMM", "Office").practicesWithTarget(),
				r.rollUp(RollUp.CATALOG, "SMM", "Office").practicesMet(),
				r.rollUp(RollUp.CATALOG, "SMM", "Office").practicesWithGap(),
				r.rollUp(RollUp.CATALOG, "SMM", "Office").practicesNotAssessed()));
		assertTrue(r.coverage().practicesWithoutFinding().isEmpty());

		List<String> steps = r.roadmap().stream().map(s -> s.practice().code() + "@" + s.element().path() + "#"
				+ s.level() + (s.scopeOnly() ? "s" : "") + s.covers()).toList();
		assertEquals(List.of("PM@Line#2[Line.Cell, Line.Cell.Robot]", "TM@#2s[Office, Office.Laptop]"), steps);
	}

	@Test
	void systemScopeMeetsIndustryScopeAndAScopeOnlyStepSaysWhatTheScopeNeeds() throws Exception {
		GapReport r = analyseFile("scope-only.smm");
		assertEquals(Status.MET, r.row("TM", "").status());
		GapRow ac = r.row("AC", "");
		assertEquals(List.of(0, 2), List.of(ac.levelGap(), ac.scopeGap()));
		assertEquals(1, r.roadmap().size());
		RoadmapStep step = r.roadmap().get(0);
		assertTrue(step.scopeOnly());
		assertEquals(2, step.level());
		assertEquals(List.of("Gw"), step.covers());
		assertTrue(step.guidance().startsWith("Level 2 is exceeded (level 3 found); only the scope is short"),
				step.guidance());
		assertEquals(2, step.actions().size(), step.actions().toString());
		assertTrue(step.actions().get(0).startsWith("Apply AccessControl at industry scope: Adds the norms"),
				step.actions().get(0));
		assertTrue(step.actions().get(1).startsWith("Apply AccessControl at system scope: Adds the needs"),
				step.actions().get(1));
		assertEquals(1, step.indicators().size());
	}

	@Test
	void sameDateByNameTransitiveCoversAndPlanStepsThatDoNotMerge() throws Exception {
		GapReport r = analyseFile("documented-orders.smm");
		assertEquals("Zed", r.assessment());
		assertEquals("Alpha", r.trend().from());
		assertEquals(4, r.trend().count(Trend.Change.IMPROVED));
		assertEquals(List.of("Alpha", "Zed"), r.progress().stream().map(p -> p.assessment()).toList());
		assertEquals(1, r.roadmap().size());
		RoadmapStep step = r.roadmap().get(0);
		assertEquals(List.of("Outer", "Outer.Inner", "Outer.Inner.D"), step.covers());
		assertEquals("first", step.planned().note());
		assertEquals(List.of("second", "on D"), r.unmatchedPlannedSteps().stream().map(p -> p.note()).toList());
	}

	@Test
	void validateWarnsAboutTheComponentsTheReportListsAsUncovered() throws Exception {
		LoadedModels models = loader.load(List.of(Repo.fixture("coverage-agrees.smm")));
		List<String> warned = models.warnings().stream()
				.filter(p -> p.code().endsWith("component-not-covered")).map(p -> p.message()).toList();
		GapReport r = new GapAnalysis().analyse(models.systems().get(0));
		assertEquals(List.of("Office.Laptop"), r.coverage().uncoveredComponents());
		assertEquals(1, warned.size(), warned.toString());
		assertTrue(warned.get(0).contains("target set Focus") && warned.get(0).contains("component Laptop")
				&& warned.get(0).contains("Broad covers it"), warned.get(0));
	}

	@Test
	void methodTextIsShippedWithTheBundle() {
		String method = GapAnalysis.method();
		assertTrue(method.contains("## Roll-ups"));
		assertTrue(method.contains("GAP > NOT_ASSESSED > MET > EXCEEDS > NO_TARGET"));
	}
}
