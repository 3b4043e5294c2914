package org.iotsmm.dsl.ui.highlighting;

import org.eclipse.swt.graphics.RGB;
import org.iotsmm.dsl.ide.highlighting.SmmHighlightingStyles;

/**
 * The colours of the .smm editor. The lexical ones come from the editor's own scanner at once;
 * the semantic ones from dsl.ide's highlighting calculator after each background reconcile.
 * Each has a default for light and one for dark editor backgrounds.
 */
public enum SmmStyle {
	KEYWORD("Keywords", new RGB(127, 0, 85), new RGB(204, 120, 50), true),
	COMMENT("Comments", new RGB(63, 127, 95), new RGB(128, 150, 128), false),
	STRING("Strings and text blocks", new RGB(42, 0, 255), new RGB(106, 171, 115), false),
	NUMBER("Numbers, levels, versions and dates", new RGB(125, 80, 0), new RGB(104, 151, 187), false),
	PRACTICE("Practices, subdomains, domains", new RGB(0, 102, 153), new RGB(102, 204, 255), false),
	ARCHITECTURE("Zones and components", new RGB(128, 0, 128), new RGB(220, 150, 220), false),
	STAKEHOLDER("Stakeholders", new RGB(153, 76, 0), new RGB(255, 190, 120), false),
	OTHER_REFERENCE("Catalogs, profiles, target sets, templates, assessments, plans", new RGB(0, 110, 60),
			new RGB(150, 210, 150), false),
	COMPONENT_KIND("Component kinds", new RGB(127, 0, 85), new RGB(204, 120, 50), false),
	ENUM_LITERAL("Scopes, roles, priorities, statuses", new RGB(90, 90, 90), new RGB(190, 190, 190), false);

	private final String label;
	private final RGB light;
	private final RGB dark;
	private final boolean bold;

	SmmStyle(String label, RGB light, RGB dark, boolean bold) {
		this.label = label;
		this.light = light;
		this.dark = dark;
		this.bold = bold;
	}

	public String label() {
		return label;
	}

	public RGB defaultColor(boolean onDark) {
		return onDark ? dark : light;
	}

	public boolean bold() {
		return bold;
	}

	public String preferenceKey(boolean onDark) {
		return "color." + name().toLowerCase() + (onDark ? ".dark" : "");
	}

	/**
	 * The style of a semantic token type of dsl.ide, or null for those the lexical scanner
	 * colours already (keywords, comments, strings, numbers).
	 */
	public static SmmStyle ofSemantic(String type) {
		return switch (type) {
		case SmmHighlightingStyles.PRACTICE -> PRACTICE;
		case SmmHighlightingStyles.ARCHITECTURE -> ARCHITECTURE;
		case SmmHighlightingStyles.STAKEHOLDER -> STAKEHOLDER;
		case SmmHighlightingStyles.OTHER_REFERENCE -> OTHER_REFERENCE;
		case SmmHighlightingStyles.COMPONENT_KIND -> COMPONENT_KIND;
		case SmmHighlightingStyles.ENUM_LITERAL -> ENUM_LITERAL;
		default -> null;
		};
	}
}
