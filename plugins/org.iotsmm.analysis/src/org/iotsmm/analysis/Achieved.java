package org.iotsmm.analysis;

import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.Scope;

/**
 * The level and scope an assessment found for one practice on one element: the finding that
 * applies (the finding object is kept for navigation only), the element it names ({@code on},
 * {@code ""} when the finding is system-wide), and where it was written.
 * <p>
 * {@code derived} marks a zone or the system that no finding applies to, but whose elements inside
 * are all assessed: its level is the lowest and its scope the narrowest of theirs (docs/method.md,
 * "Achieved level and scope"). {@code finding}, {@code on} and {@code location} then name the finding
 * of the inner element that holds the lowest level (the first in element order), so the derived
 * figure can be traced to a written finding.
 */
public record Achieved(int level, Scope scope, String assessment, String on, Finding finding, int evidenceCount,
		SourceLocation location, boolean derived) {

	/** A state found by a finding that applies to the element itself (not derived). */
	public Achieved(int level, Scope scope, String assessment, String on, Finding finding, int evidenceCount,
			SourceLocation location) {
		this(level, scope, assessment, on, finding, evidenceCount, location, false);
	}

	/**
	 * How many catalog indicators of the found level the finding's evidence shows (for a derived
	 * state: those of the finding it names). Computed on demand: fleets hold millions of rows.
	 */
	public IndicatorEvidence indicators() {
		return IndicatorEvidence.of(finding);
	}

	/** For messages: {@code assessment Baseline, on PlantFloor (file:40)}. */
	public String describe() {
		if (derived) {
			return "assessment " + assessment + ", derived from the elements inside (lowest level on " + on + ", "
					+ location + ")";
		}
		return "assessment " + assessment + (on.isEmpty() ? " (system-wide)" : ", on " + on) + " (" + location + ")";
	}
}
