package org.iotsmm.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.RequirementStatus;
import org.iotsmm.analysis.RequirementStatus.State;
import org.iotsmm.analysis.StandardStatuses;
import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;
import org.iotsmm.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The NIST CSF 2.0 statuses of the bottling line's Reassessment (against Year1), through the
 * shipped mapping, computed by hand from bottling-line.smm:
 * <ul>
 * <li>met practices (finding reaches the target everywhere): SPM, CM, TM (3 system on EdgeGateway
 * too), RA, PSC, EMI, PP, DPM, VA, SAS, EDR, RRC (3 industry on PlantFloor);</li>
 * <li>gaps: TPD (1 of 2), AC (2 of 3 on EngWorkstation, JumpHost and the DMZ), ACM (2 of 3 on
 * PlantFloor and the DMZ), DPC (2 of 3 on the DMZ), PM (2 of 3 on LinePLCs and the DMZ), MON (1 of
 * 2 on PlantFloor, 1 of 3 on the DMZ); and SPM for ID.IM, which the mapping asks from level 3
 * while SPM is at 2.</li>
 * </ul>
 * A requirement takes the worst state of its mapped practices.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmAnalysisInjectorProvider.class)
class StandardStatusesTest {

	@Inject
	private ModelLoader loader;

	@Inject
	private ShippedLibrary library;

	@Test
	void nistCsfStatusesOfTheBottlingLineMatchTheHandComputation() throws Exception {
		org.iotsmm.smm.System system = Models.system(loader, Repo.example("bottling-line"));
		GapReport report = new GapAnalysis(Models.NODE_MODEL).analyse(system);
		assertEquals("Reassessment", report.assessment());
		Standard csf = library.elements(Standard.class).stream().filter(s -> s.getName().equals("NIST_CSF")).findFirst()
				.orElseThrow();
		List<StandardMapping> mappings = library.elements(StandardMapping.class);
		Map<String, State> states = new LinkedHashMap<>();
		for (RequirementStatus status : StandardStatuses.of(report, csf, mappings)) {
			states.put(status.id(), status.state());
		}
		assertEquals(6 + 22 + 106, states.size(), "functions, categories and subcategories");
		Map<String, State> expected = new LinkedHashMap<>();
		expected.put("GV.OC", State.MET); // SPM
		expected.put("GV.PO", State.MET); // SPM, CM partial, DPM partial
		expected.put("GV.OC-03", State.MET); // CM
		expected.put("ID.IM", State.GAP); // SPM from level 3 (SPM is at 2); VA partial is met
		expected.put("GV.SC", State.GAP); // PSC met, TPD partial at 1 of 2
		expected.put("PR.AA-01", State.MET); // EMI
		expected.put("PR.AA", State.GAP); // AC partial, 2 of 3 on the workstation and jump host
		expected.put("PR.AA-06", State.MET); // PP
		expected.put("ID.AM", State.GAP); // ACM 2 of 3 on PlantFloor
		expected.put("PR.DS", State.GAP); // DPM partial is met, DPC 2 of 3 on the DMZ
		expected.put("PR.PS-02", State.GAP); // PM 2 of 3 on LinePLCs
		expected.put("DE.CM", State.GAP); // MON 1 of 2
		expected.put("DE.AE", State.GAP); // MON partial (gap), EDR met
		expected.put("RS.CO", State.MET); // SAS partial, EDR
		expected.put("RC.RP", State.MET); // RRC 3 industry on PlantFloor
		expected.put("GV", State.NOT_MAPPED);
		expected.put("GV.OC-01", State.NOT_MAPPED);
		Map<String, State> actual = new LinkedHashMap<>();
		expected.keySet().forEach(id -> actual.put(id, states.get(id)));
		assertEquals(expected, actual);
	}
}
