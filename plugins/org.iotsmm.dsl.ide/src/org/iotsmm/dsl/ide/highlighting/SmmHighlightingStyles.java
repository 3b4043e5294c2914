package org.iotsmm.dsl.ide.highlighting;

/**
 * The styles of .smm tokens. They are LSP semantic token types and modifiers, so the language
 * server passes them on unchanged; a client's theme decides the colours.
 */
public final class SmmHighlightingStyles {

	private SmmHighlightingStyles() {
	}

	public static final String KEYWORD = "keyword";
	public static final String COMMENT = "comment";
	public static final String STRING = "string";
	public static final String NUMBER = "number";
	/** Practices, subdomains and domains, declared or referenced. */
	public static final String PRACTICE = "class";
	/** Zones and components. */
	public static final String ARCHITECTURE = "variable";
	public static final String STAKEHOLDER = "parameter";
	/** Catalogs, profiles, systems, target sets, templates, assessments, plans. */
	public static final String OTHER_REFERENCE = "namespace";
	/** {@code controller}, {@code gateway}, ... */
	public static final String COMPONENT_KIND = "type";
	/** Scope, priority, role, status and assessment-kind values. */
	public static final String ENUM_LITERAL = "enumMember";
	/** The number of {@code level N}. */
	public static final String LEVEL = "number";
	/** {@code 2025-09-15}. */
	public static final String DATE = "number";

	public static final String DECLARATION = "declaration";
}
