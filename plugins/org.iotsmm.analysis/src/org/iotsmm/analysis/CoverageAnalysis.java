package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;

/**
 * docs/method.md, "Coverage": per component the practices with a target or a finding there; the
 * components no target covers; the practices with a target where no finding applies.
 */
final class CoverageAnalysis {

	private CoverageAnalysis() {
	}

	static Coverage of(AnalysedSystem s, List<GapRow> rows) {
		int n = s.size();
		int practices = s.practices.size();
		List<ComponentCoverage> components = new ArrayList<>();
		List<String> uncovered = new ArrayList<>();
		for (int e = 0; e < n; e++) {
			ElementRef ref = s.elementRefs.get(e);
			if (!ref.isComponent()) {
				continue;
			}
			List<GapRow> cells = new ArrayList<>();
			int targets = 0;
			int findings = 0;
			for (int p = 0; p < practices; p++) {
				GapRow row = rows.get(p * n + e);
				if (row.hasTarget() || row.isAssessed()) {
					cells.add(row);
					targets += row.hasTarget() ? 1 : 0;
					findings += row.isAssessed() ? 1 : 0;
				}
			}
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
}
