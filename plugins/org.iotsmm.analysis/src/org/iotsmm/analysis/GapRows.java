package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * docs/method.md, "Gap and status": one row per practice and element from its effective target and
 * achieved state. Rows are practice-major: the row of practice p on element e is at
 * {@code p * elements + e}.
 */
final class GapRows {

	private GapRows() {
	}

	static List<GapRow> of(AnalysedSystem s, EffectiveTarget[][] targets, Achieved[][] achieved) {
		int n = s.size();
		List<GapRow> rows = new ArrayList<>(s.practices.size() * n);
		for (int p = 0; p < s.practices.size(); p++) {
			PracticeRef practice = s.practiceRefs.get(p);
			EffectiveTarget[] t = targets[p];
			Achieved[] a = achieved[p];
			for (int e = 0; e < n; e++) {
				rows.add(row(practice, s.elementRefs.get(e), t[e], a == null ? null : a[e]));
			}
		}
		return rows;
	}

	static GapRow row(PracticeRef practice, ElementRef element, EffectiveTarget target, Achieved achieved) {
		return new GapRow(practice, element, target, achieved, levelGap(target, achieved), scopeGap(target, achieved),
				status(target, achieved));
	}

	static int levelGap(EffectiveTarget target, Achieved achieved) {
		return target == null || achieved == null ? 0 : Math.max(0, target.level() - achieved.level());
	}

	static int scopeGap(EffectiveTarget target, Achieved achieved) {
		return target == null || achieved == null ? 0
				: Math.max(0, GapAnalysis.rank(target.scope()) - GapAnalysis.rank(achieved.scope()));
	}

	static Status status(EffectiveTarget target, Achieved achieved) {
		return Status.of(target != null, target == null ? 0 : target.level(),
				target == null ? 0 : GapAnalysis.rank(target.scope()), achieved != null,
				achieved == null ? 0 : achieved.level(), achieved == null ? 0 : GapAnalysis.rank(achieved.scope()));
	}
}
