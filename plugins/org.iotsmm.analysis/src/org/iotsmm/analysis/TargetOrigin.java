package org.iotsmm.analysis;

import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.smm.TargetEntry;

/**
 * Where an effective target came from: the target set, the profile template if the entry is one
 * of the template's ({@code null} for the set's own entries), the entry's subject ({@code kind} is
 * practice, subdomain or domain; {@code subject} its name), the element the entry names
 * ({@code on}, a path; {@code ""} for a system-wide entry), the entry object itself (for
 * navigation only; the analysis never changes the model) and where it was written.
 */
public record TargetOrigin(String targetSet, String template, String subjectKind, String subject, String on,
		TargetEntry entry, SourceLocation location, String rationale) {

	public boolean fromTemplate() {
		return template != null;
	}

	/** For messages: {@code target set Year1, practice ThreatModeling on EdgeGateway (file:12)}. */
	public String describe() {
		String where = fromTemplate() ? "template " + template + " (seeding target set " + targetSet + ")"
				: "target set " + targetSet;
		return where + ", " + subjectKind + " " + subject + (on.isEmpty() ? " (system-wide)" : " on " + on) + " ("
				+ location + ")";
	}
}
