package org.iotsmm.analysis;

import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.Scope;

/**
 * The level and scope an assessment found for one practice on one element: the finding that
 * applies (the finding object is kept for navigation only), the element it names ({@code on},
 * {@code ""} when the finding is system-wide), and where it was written.
 */
public record Achieved(int level, Scope scope, String assessment, String on, Finding finding, int evidenceCount,
		SourceLocation location) {

	/** For messages: {@code assessment Baseline, on PlantFloor (file:40)}. */
	public String describe() {
		return "assessment " + assessment + (on.isEmpty() ? " (system-wide)" : ", on " + on) + " (" + location + ")";
	}
}
