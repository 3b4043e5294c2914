package org.iotsmm.analysis;

import java.time.LocalDate;

/**
 * One assessment of the system measured against the report's target set: the whole-system,
 * whole-catalog {@link RollUp} figures (practices met, with a gap, not assessed, total and largest
 * level gap).
 */
public record ProgressPoint(String assessment, LocalDate date, int practicesWithTarget, int practicesMet,
		int practicesWithGap, int practicesNotAssessed, int totalLevelGap, int largestLevelGap) {
}
