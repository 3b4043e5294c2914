package org.iotsmm.ui.model;

/**
 * What the user picked in the views' toolbars: target set and assessment ({@code null} means the
 * default: the newest assessment against the target set it names), and the domain or practice the
 * architecture diagram is coloured by ({@code null} means all practices).
 */
public record ViewChoices(String targetSet, String assessment, String domain, String practice) {

	public static final ViewChoices DEFAULT = new ViewChoices(null, null, null, null);

	public ViewChoices withTargetSet(String value) {
		return new ViewChoices(value, assessment, domain, practice);
	}

	public ViewChoices withAssessment(String value) {
		return new ViewChoices(targetSet, value, domain, practice);
	}

	public ViewChoices withDomain(String value) {
		return new ViewChoices(targetSet, assessment, value, practice);
	}

	public ViewChoices withPractice(String value) {
		return new ViewChoices(targetSet, assessment, domain, value);
	}
}
