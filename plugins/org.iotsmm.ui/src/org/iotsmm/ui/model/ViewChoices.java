package org.iotsmm.ui.model;

/**
 * What the user picked in the views' toolbars: target set and assessment ({@code null} means the
 * default: the newest assessment against the target set it names), the domain or practice the
 * architecture diagram is coloured by ({@code null} means all practices), and, for a large system
 * (drawn as an overview of its zones, as in the reports), the zone whose detail figure is shown
 * ({@code null}: the overview).
 */
public record ViewChoices(String targetSet, String assessment, String domain, String practice, String zone) {

	public static final ViewChoices DEFAULT = new ViewChoices(null, null, null, null, null);

	public ViewChoices withTargetSet(String value) {
		return new ViewChoices(value, assessment, domain, practice, zone);
	}

	public ViewChoices withAssessment(String value) {
		return new ViewChoices(targetSet, value, domain, practice, zone);
	}

	public ViewChoices withDomain(String value) {
		return new ViewChoices(targetSet, assessment, value, practice, zone);
	}

	public ViewChoices withPractice(String value) {
		return new ViewChoices(targetSet, assessment, domain, value, zone);
	}

	public ViewChoices withZone(String value) {
		return new ViewChoices(targetSet, assessment, domain, practice, value);
	}
}
