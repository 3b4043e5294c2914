package org.iotsmm.analysis;

import java.util.List;

import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.Scope;

/**
 * docs/method.md, "Achieved level and scope": for each practice and element, the most specific
 * finding of one assessment that applies (the element itself, then the zones around it, then the
 * system), and the derived state of a zone or the system whose elements inside are all assessed.
 */
final class AchievedLevels {

	private AchievedLevels() {
	}

	/** Achieved states indexed [practice][element]; a practice without findings has a null row. */
	static Achieved[][] of(AnalysedSystem s, Assessment assessment) {
		Achieved[][] result = new Achieved[s.practices.size()][];
		if (assessment == null) {
			return result;
		}
		int n = s.size();
		List<Finding> findings = assessment.getFindings();
		int[] practiceOf = new int[findings.size()];
		for (int f = 0; f < findings.size(); f++) {
			Finding finding = findings.get(f);
			practiceOf[f] = s.practice(finding.getPractice(), finding, "Finding").order();
			s.checkLevel(finding.getLevel(), finding, "Finding");
		}
		int[][] onOf = new int[findings.size()][];
		for (int f = 0; f < findings.size(); f++) {
			List<ArchitectureElement> named = findings.get(f).getAppliesTo();
			int[] on = new int[Math.max(1, named.size())]; // none named: system-wide (index 0)
			for (int i = 0; i < named.size(); i++) {
				on[i] = s.own(named.get(i), findings.get(f), "Finding");
			}
			onOf[f] = on;
		}
		for (int f = 0; f < findings.size(); f++) {
			Achieved[] row = result[practiceOf[f]];
			if (row == null) {
				row = result[practiceOf[f]] = new Achieved[n];
			}
			Finding finding = findings.get(f);
			for (int on : onOf[f]) {
				if (row[on] == null) { // the first finding written for an element wins (duplicates are errors)
					row[on] = new Achieved(finding.getLevel(),
							finding.getScope() == null ? Scope.GENERAL : finding.getScope(), assessment.getName(),
							s.elementRefs.get(on).path(), finding, finding.getEvidence().size(),
							s.locator.locate(finding));
				}
			}
		}
		for (Achieved[] row : result) {
			if (row != null) {
				inherit(s, row);
				derive(s, row, assessment);
			}
		}
		return result;
	}

	/**
	 * An element without a finding of its own takes the nearest finding around it. Elements come
	 * after the element around them, so one pass in element order reaches every depth; the state
	 * object is shared, as it names the finding and where it applies, not the row's element.
	 */
	private static void inherit(AnalysedSystem s, Achieved[] row) {
		for (int e = 1; e < row.length; e++) {
			if (row[e] == null) {
				row[e] = row[s.parent[e]];
			}
		}
	}

	/**
	 * A zone or the system without an applicable finding whose elements inside (its components and
	 * zones) are all assessed takes their lowest level and narrowest scope, marked derived. Elements
	 * are visited inside-out (reverse element order), so a nested zone is derived before the zone
	 * around it.
	 */
	private static void derive(AnalysedSystem s, Achieved[] row, Assessment assessment) {
		for (int e = row.length - 1; e >= 0; e--) {
			int[] inside = s.children[e];
			if (inside.length == 0 || row[e] != null) {
				continue;
			}
			Achieved lowest = null;
			Scope narrowest = null;
			for (int child : inside) {
				Achieved a = row[child];
				if (a == null) {
					lowest = null;
					break;
				}
				if (lowest == null || a.level() < lowest.level()) {
					lowest = a;
				}
				if (narrowest == null || a.scope().getValue() < narrowest.getValue()) {
					narrowest = a.scope();
				}
			}
			if (lowest != null) {
				row[e] = new Achieved(lowest.level(), narrowest, assessment.getName(), lowest.on(), lowest.finding(),
						lowest.evidenceCount(), lowest.location(), true);
			}
		}
	}
}
