package org.iotsmm.analysis;

/**
 * One practice on one element: the effective target ({@code null} when none applies), what was
 * achieved ({@code null} when no finding applies: "not assessed", never level 0), the level gap
 * {@code max(0, target - achieved)}, the scope gap (how many scope steps the achieved scope is
 * short of the target: general 0, industry 1, system 2) and the status. Gaps are 0 unless both a
 * target and a finding exist. A zone or system row may be {@linkplain #isDerived() derived} from
 * the elements inside it.
 */
public record GapRow(PracticeRef practice, ElementRef element, EffectiveTarget target, Achieved achieved,
		int levelGap, int scopeGap, Status status) {

	public boolean hasTarget() {
		return target != null;
	}

	public boolean isAssessed() {
		return achieved != null;
	}

	/** True when the achieved state is derived from the elements inside (no finding applies here). */
	public boolean isDerived() {
		return achieved != null && achieved.derived();
	}
}
