package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.List;

import org.iotsmm.smm.Assessment;

/**
 * docs/method.md, "Trend and progress" (the trend part): two assessments compared per practice and
 * element wherever at least one of them has an applicable (or derived) state.
 */
final class TrendAnalysis {

	private TrendAnalysis() {
	}

	static Trend of(AnalysedSystem s, Assessment from, Achieved[][] before, Assessment to, Achieved[][] after) {
		List<Trend.Entry> entries = new ArrayList<>();
		int n = s.size();
		for (int p = 0; p < s.practices.size(); p++) {
			Achieved[] b = before[p];
			Achieved[] a = after[p];
			if (a == null && b == null) {
				continue;
			}
			for (int e = 0; e < n; e++) {
				Achieved was = b == null ? null : b[e];
				Achieved is = a == null ? null : a[e];
				if (was == null && is == null) {
					continue;
				}
				entries.add(new Trend.Entry(s.practiceRefs.get(p), s.elementRefs.get(e), was, is, change(was, is)));
			}
		}
		return new Trend(from.getName(), from.getDate(), to.getName(), to.getDate(), entries);
	}

	private static Trend.Change change(Achieved before, Achieved after) {
		if (before == null) {
			return Trend.Change.NEWLY_ASSESSED;
		}
		if (after == null) {
			return Trend.Change.DROPPED;
		}
		int cmp = after.level() != before.level() ? Integer.compare(after.level(), before.level())
				: Integer.compare(GapAnalysis.rank(after.scope()), GapAnalysis.rank(before.scope()));
		return cmp > 0 ? Trend.Change.IMPROVED : cmp < 0 ? Trend.Change.REGRESSED : Trend.Change.UNCHANGED;
	}
}
