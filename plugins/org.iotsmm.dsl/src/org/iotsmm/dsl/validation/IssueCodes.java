package org.iotsmm.dsl.validation;

/**
 * Stable issue codes of the .smm language. Quick fixes, suppressions and tests key on these
 * strings: never rename one; add new ones instead.
 */
public final class IssueCodes {

	private static final String PREFIX = "org.iotsmm.dsl.";

	public static final String LEVEL_OUT_OF_RANGE = PREFIX + "level-out-of-range";
	public static final String UNKNOWN_REFERENCE = PREFIX + "unknown-reference";
	public static final String AMBIGUOUS_REFERENCE = PREFIX + "ambiguous-reference";
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	public static final String FLOW_TO_ITSELF = PREFIX + "flow-to-itself";
	public static final String DUPLICATE_TARGET = PREFIX + "duplicate-target";
	public static final String DUPLICATE_FINDING = PREFIX + "duplicate-finding";
	public static final String MISSING_TARGET_SET = PREFIX + "assessment-without-target";
	public static final String FUTURE_DATE = PREFIX + "future-date";
	public static final String PROFILE_CYCLE = PREFIX + "profile-extension-cycle";
	public static final String EVIDENCE_REQUIRED = PREFIX + "evidence-required";
	public static final String VERSION_MISMATCH = PREFIX + "version-mismatch";
	public static final String PROFILE_CATALOG_MISMATCH = PREFIX + "profile-catalog-mismatch";
	public static final String DUPLICATE_GUIDANCE_LEVEL = PREFIX + "duplicate-guidance-level";
	public static final String ZONES_TOO_DEEP = PREFIX + "zones-too-deep";
	public static final String COUNT_NOT_POSITIVE = PREFIX + "count-not-positive";
	public static final String TARGET_WITHOUT_FINDING = PREFIX + "target-without-finding";
	public static final String COMPONENT_NOT_COVERED = PREFIX + "component-not-covered";
	public static final String REQUIRES_CYCLE = PREFIX + "requires-cycle";
	public static final String UNKNOWN_REQUIREMENT = PREFIX + "unknown-requirement";
	public static final String DUPLICATE_REQUIREMENT = PREFIX + "duplicate-requirement";
	public static final String DUPLICATE_MAPPING = PREFIX + "duplicate-mapping";
	public static final String UNKNOWN_INDICATOR = PREFIX + "unknown-indicator";
	public static final String NO_INDICATOR_EVIDENCED = PREFIX + "no-indicator-evidenced";
	/** A system breaks a rule of its profile (a warning, a prompt for review). */
	public static final String PROFILE_RULE = PREFIX + "profile-rule";
	/** A profile rule that cannot apply as written (wrong expectation or condition for its subject). */
	public static final String PROFILE_RULE_INVALID = PREFIX + "profile-rule-invalid";
	/** A property a profile rule compares as a number holds something else. */
	public static final String PROFILE_RULE_PROPERTY_NOT_A_NUMBER = PREFIX + "profile-rule-property-not-a-number";
	public static final String FILE_TOO_LARGE = PREFIX + "file-too-large";
	/** A control character (other than tab, LF, CR) in the text: refused before parsing. */
	public static final String CONTROL_CHARACTER = PREFIX + "control-character";
	public static final String NESTING_TOO_DEEP = PREFIX + "nesting-too-deep";
	public static final String STRING_TOO_LONG = PREFIX + "string-too-long";
	public static final String TOO_MANY_COMPONENTS = PREFIX + "too-many-components";

	private IssueCodes() {
	}
}
