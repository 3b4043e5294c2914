package org.iotsmm.analysis.tests;

import org.iotsmm.testing.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.ProgressPoint;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.analysis.Status;
import org.iotsmm.analysis.Trend;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.StepStatus;
import org.iotsmm.smm.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Hand-computed expectations on examples/bottling-line: the newest assessment (Reassessment,
 * 2026-05-12) and the Baseline, both against target set Year1. The computation is written out in
 * the comments; the model lines are those of bottling-line.smm.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmAnalysisInjectorProvider.class)
class BottlingLineTest {

	@Inject
	private ModelLoader loader;

	private org.iotsmm.smm.System system;
	private GapReport report;

	@BeforeEach
	void load() throws Exception {
		system = Models.system(loader, Repo.example("bottling-line"));
		report = new GapAnalysis(Models.NODE_MODEL).analyse(system);
	}

	@Test
	void newestAssessmentAgainstItsTargetSet() {
		assertEquals("Reassessment", report.assessment());
		assertEquals("Year1", report.targetSet());
		// 1 system + 5 zones (PlantFloor, its nested SafetyZone, PlantIT, DMZ, Cloud) + 13 components
		// (5 + 1 + 3 + 3 + 1) = 19 elements, 18 practices.
		assertEquals(19, report.elements().size());
		assertEquals(18, report.practices().size());
		assertEquals(19 * 18, report.rows().size());
		assertEquals("PlantFloor.SafetyZone.SafetyPLC",
				report.ref(zone("PlantFloor").getZones().get(0).getComponents().get(0)).path());
		assertEquals("PlantFloor.LinePLCs", report.ref(component("PlantFloor", "LinePLCs")).path());
	}

	@Test
	void domainDefaultFlowsToPracticeUnlessAComponentEntryOverrides() {
		// ThreatModeling: "domain Governance level 2" (system-wide) everywhere, but
		// "practice ThreatModeling level 3 scope system on EdgeGateway" on the gateway.
		GapRow onSystem = report.row("TM", "");
		assertEquals(2, onSystem.target().level());
		assertEquals("domain", onSystem.target().origin().subjectKind());
		assertEquals("Governance", onSystem.target().origin().subject());
		assertEquals(Status.MET, onSystem.status()); // finding TM level 2, system-wide
		GapRow gateway = report.row("TM", "DMZ.EdgeGateway");
		assertEquals(3, gateway.target().level());
		assertEquals(Scope.SYSTEM, gateway.target().scope());
		assertEquals("practice", gateway.target().origin().subjectKind());
		assertEquals("DMZ.EdgeGateway", gateway.target().origin().on());
		assertEquals(3, gateway.achieved().level()); // finding on EdgeGateway, not the system-wide one
		assertEquals(Status.MET, gateway.status());
		// the entry's own line in bottling-line.smm
		assertTrue(gateway.target().origin().location().file().endsWith("bottling-line.smm"));
		assertEquals(93, gateway.target().origin().location().line());
		assertEquals(2, report.row("TM", "DMZ.JumpHost").target().level());
	}

	@Test
	void zoneTargetsApplyToTheirComponents() {
		// "practice AssetChangeConfigurationManagement level 3 scope industry on PlantFloor"; the
		// finding "level 2 scope industry on PlantFloor" also applies to its components.
		GapRow plc = report.row("ACM", "PlantFloor.LinePLCs");
		assertEquals(3, plc.target().level());
		assertEquals("PlantFloor", plc.target().origin().on());
		assertEquals(2, plc.achieved().level());
		assertEquals("PlantFloor", plc.achieved().on());
		assertEquals(1, plc.levelGap());
		assertEquals(Status.GAP, plc.status());
		assertEquals(Status.NO_TARGET, report.row("ACM", "PlantIT.Historian").status());
		assertEquals(Status.NO_TARGET, report.row("ACM", "").status());
	}

	@Test
	void rollUpsOfTheReassessment() {
		// Practices with a gap somewhere, with their largest level gap: TPD 1 (target 2, found 1,
		// system-wide), AC 1 (3 vs 2 on EngWorkstation, JumpHost and the DMZ), ACM 1 (3 vs 2 on
		// PlantFloor and on the DMZ), DPC 1 (3 vs 2 on the DMZ), PM 1 (3 vs 2 on LinePLCs and on the
		// DMZ's jump host and network; the gateway's own finding 3 meets it), MON 2 (2 vs 1 on
		// PlantFloor, 3 vs 1 on the DMZ). The DMZ's level-3 targets (SL-T 3, the Manufacturing
		// profile's rule SlT3Zones) add DPC and the larger MON gap. The other 12 are met.
		RollUp all = report.overall();
		assertEquals(18, all.practicesWithTarget());
		assertEquals(12, all.practicesMet());
		assertEquals(6, all.practicesWithGap());
		assertEquals(0, all.practicesNotAssessed());
		assertEquals(7, all.totalLevelGap());
		assertEquals(2, all.largestLevelGap());
		assertEquals(Status.GAP, all.status());
		// Governance: SPM, CM, TM, RA, PSC met; TPD gap 1.
		RollUp governance = report.rollUp(RollUp.DOMAIN, "Governance", null);
		assertEquals(6, governance.practicesWithTarget());
		assertEquals(5, governance.practicesMet());
		assertEquals(Status.GAP, governance.status());
		// Threat Modeling subdomain: TM and RA met everywhere.
		assertEquals(Status.MET, report.rollUp(RollUp.SUBDOMAIN, "ThreatModeling", null).status());
		// On the system element alone: AC, TPD targeted system-wide; ACM, PP, PM, MON, RRC have no
		// system-wide target, so 13 practices have a target there and only TPD has a gap (DPC's
		// system-wide target is the DataProtection subdomain's level 2, met by the finding of 2).
		RollUp onSystem = report.rollUp(RollUp.CATALOG, "SMM", "");
		assertEquals(13, onSystem.practicesWithTarget());
		assertEquals(12, onSystem.practicesMet());
		assertEquals(1, onSystem.totalLevelGap());
	}

	@Test
	void worstStatusAndLargestGapPerElement() {
		assertEquals(Status.GAP, report.worstStatus(system));
		assertEquals(Status.GAP, report.worstStatus(zone("PlantFloor"))); // ACM, MON, PM on LinePLCs
		// Cloud.Analytics: only the system-wide targets reach it; TPD (found 1 for 2) is a gap.
		assertEquals(Status.GAP, report.worstStatus(component("Cloud", "Analytics")));
		assertEquals(2, report.largestLevelGap(zone("DMZ"))); // MON: target 3, found 1
	}

	@Test
	void roadmapOrderAndMergedPlan() {
		// Gap roots, by the documented order: priority high, each a gap of one level: AC (depth 1, as
		// AC requires EMI) on PlantIT.EngWorkstation, then the DMZ, then DMZ.JumpHost (element
		// order; the jump host has its own entry and finding, the gateway and the DMZ network are
		// covered by the DMZ's step), then PM (depth 2) on LinePLCs and on the DMZ (covering the jump
		// host and the network; the gateway meets its target). Priority medium: MON on the DMZ first,
		// its gap being two levels (1 to 3: two steps), then the one-level gaps ACM (depth 0, catalog
		// before MON) on PlantFloor and the DMZ, MON on PlantFloor, DPC (depth 1, as DPC requires
		// DPM) on the DMZ. Unspecified: TPD on the system.
		List<String> order = report.roadmap().stream().map(s -> s.practice().code() + "@" + s.element().path() + "#"
				+ s.level()).toList();
		assertEquals(List.of("AC@PlantIT.EngWorkstation#3", "AC@DMZ#3", "AC@DMZ.JumpHost#3", "PM@PlantFloor.LinePLCs#3",
				"PM@DMZ#3", "MON@DMZ#2", "MON@DMZ#3", "ACM@PlantFloor#3", "ACM@DMZ#3", "MON@PlantFloor#2", "DPC@DMZ#3",
				"TPD@#2"), order);
		// All six plan steps of Year1Roadmap match; the steps on the DMZ are not planned yet.
		assertEquals(6, report.roadmap().stream().filter(RoadmapStep::isPlanned).count());
		RoadmapStep mon = report.roadmap().get(order.indexOf("MON@PlantFloor#2"));
		assertEquals("Marco", mon.planned().owner());
		assertEquals(StepStatus.DONE, mon.planned().status());
		assertFalse(report.roadmap().get(order.indexOf("MON@DMZ#2")).isPlanned());
		assertTrue(report.unmatchedPlannedSteps().isEmpty());
		// ACM on PlantFloor covers the zone's five components, the nested SafetyZone and its safety
		// controller (same entry, same finding): 7.
		assertEquals(7, report.roadmap().get(order.indexOf("ACM@PlantFloor#3")).covers().size());
		// AC on the DMZ covers the gateway and the DMZ network (the jump host has its own finding).
		assertEquals(2, report.roadmap().get(order.indexOf("AC@DMZ#3")).covers().size());
		// TPD on the system covers every other element (18).
		assertEquals(18, report.roadmap().get(order.indexOf("TPD@#2")).covers().size());
		// Guidance of the catalog for level 3 of Access Control.
		assertFalse(report.roadmap().get(0).actions().isEmpty());
		assertFalse(report.roadmap().get(0).indicators().isEmpty());
	}

	@Test
	void trendFromTheBaseline() {
		Trend trend = report.trend();
		assertNotNull(trend);
		assertEquals("Baseline", trend.from());
		// MON on PlantFloor: 2 -> 1; TM on EdgeGateway: 1 -> 3; TPD on the system: 1 -> 1.
		assertEquals(Trend.Change.REGRESSED, entry(trend, "MON", "PlantFloor").change());
		assertEquals(Trend.Change.IMPROVED, entry(trend, "TM", "DMZ.EdgeGateway").change());
		assertEquals(Trend.Change.UNCHANGED, entry(trend, "TPD", "").change());
		// Baseline and reassessment cover the same practices on the same elements.
		assertEquals(0, trend.count(Trend.Change.NEWLY_ASSESSED));
		assertEquals(0, trend.count(Trend.Change.DROPPED));
	}

	@Test
	void progressAcrossAssessments() {
		// Baseline against Year1: met RA only; gaps (largest per practice) SPM 1, CM 1, TM 2
		// (EdgeGateway 1 vs 3), PSC 1, TPD 1, EMI 1, AC 2 (1 vs 3), ACM 2 (DMZ 1 vs 3), PP 1, DPM 1,
		// DPC 1 (DMZ 2 vs 3), VA 2 (0 vs 2), PM 2 (LinePLCs and DMZ 1 vs 3), MON 1 (DMZ 2 vs 3), SAS 1,
		// EDR 1, RRC 1: 17 practices, total 22. Before the DMZ got its level-3 targets DPC and MON
		// were met there and ACM's largest gap was 1 (15 practices, total 19).
		List<ProgressPoint> progress = report.progress();
		assertEquals(List.of("Baseline", "Reassessment"), progress.stream().map(ProgressPoint::assessment).toList());
		assertEquals(1, progress.get(0).practicesMet());
		assertEquals(17, progress.get(0).practicesWithGap());
		assertEquals(22, progress.get(0).totalLevelGap());
		assertEquals(2, progress.get(0).largestLevelGap());
		assertEquals(12, progress.get(1).practicesMet());
		assertEquals(7, progress.get(1).totalLevelGap());
	}

	@Test
	void baselineHasNoEarlierAssessment() {
		GapReport baseline = new GapAnalysis().analyse(system, Models.assessment(system, "Baseline"));
		assertNull(baseline.trend());
		assertEquals(22, baseline.overall().totalLevelGap());
		GapRow va = baseline.row("VA", "PlantFloor.LineHMI");
		assertEquals(0, va.achieved().level()); // a finding of level 0 is assessed, not missing
		assertEquals(2, va.levelGap());
		assertEquals(0, va.target().origin().location().line(), "resourceOnly() knows no lines");
	}

	private static Trend.Entry entry(Trend trend, String code, String path) {
		return trend.entries().stream().filter(e -> e.practice().code().equals(code) && e.element().path().equals(path))
				.findFirst().orElseThrow();
	}

	private Zone zone(String name) {
		return system.getZones().stream().filter(z -> z.getName().equals(name)).findFirst().orElseThrow();
	}

	private org.iotsmm.smm.Component component(String zone, String name) {
		return zone(zone).getComponents().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}
}
