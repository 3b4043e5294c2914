package org.iotsmm.analysis;

import java.util.BitSet;

import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;

/**
 * How many of the catalog indicators of the level a finding claims its evidence shows
 * ({@code evidenced} of {@code ofLevel}): each indicator counts once however many evidence items
 * name it; ordinals outside the level's indicators (a validation error) do not count.
 */
public record IndicatorEvidence(int evidenced, int ofLevel) {

	public static final IndicatorEvidence NONE = new IndicatorEvidence(0, 0);

	/** The figure for {@code finding}; {@link #NONE} when there is no finding or its practice is unresolved. */
	public static IndicatorEvidence of(Finding finding) {
		if (finding == null) {
			return NONE;
		}
		Practice practice = finding.getPractice();
		if (practice == null || practice.eIsProxy()) {
			return NONE;
		}
		int ofLevel = 0;
		for (LevelGuidance guidance : practice.getGuidance()) {
			if (guidance.getLevel() == finding.getLevel()) {
				ofLevel = guidance.getIndicators().size();
				break;
			}
		}
		BitSet shown = new BitSet();
		for (Evidence evidence : finding.getEvidence()) {
			for (int ordinal : evidence.getIndicators()) {
				if (ordinal >= 1 && ordinal <= ofLevel) {
					shown.set(ordinal);
				}
			}
		}
		return new IndicatorEvidence(shown.cardinality(), ofLevel);
	}

	/** For reports: {@code 2 of 3 indicators evidenced}, or {@code no indicators at this level}. */
	public String describe() {
		if (ofLevel == 0) {
			return "no indicators at this level";
		}
		return evidenced + " of " + ofLevel + " indicator" + (ofLevel == 1 ? "" : "s") + " evidenced";
	}
}
