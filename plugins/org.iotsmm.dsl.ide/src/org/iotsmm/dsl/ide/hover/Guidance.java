package org.iotsmm.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.LevelDefinition;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;

/** Renders the catalog's guidance on a practice, subdomain or domain as Markdown. */
public final class Guidance {

	private Guidance() {
	}

	/**
	 * The element's title and objective or description; with a level, that level's name and the
	 * practice's description, actions and indicators for it; without one, a line per level.
	 */
	public static String markdown(CatalogElement element, Integer level) {
		StringBuilder md = new StringBuilder();
		md.append("**").append(title(element)).append("**");
		md.append(" (").append(kind(element)).append(" `").append(element.getName()).append('`');
		if (element instanceof Practice practice && practice.getCode() != null) {
			md.append(", code `").append(practice.getCode()).append('`');
		}
		md.append(')');
		String path = path(element);
		if (!path.isEmpty()) {
			md.append(" in ").append(path);
		}
		md.append("\n\n");
		if (element instanceof Practice practice && practice.getObjective() != null) {
			md.append("*Objective:* ").append(oneLine(practice.getObjective())).append("\n\n");
		} else if (element.getDescription() != null) {
			md.append(oneLine(element.getDescription())).append("\n\n");
		}
		Catalog catalog = EcoreUtil2.getContainerOfType(element, Catalog.class);
		if (level != null) {
			md.append("### Level ").append(level);
			LevelDefinition definition = definition(catalog, level);
			if (definition != null && definition.getName() != null) {
				md.append(" \u2014 ").append(definition.getName());
			}
			md.append("\n\n");
			LevelGuidance guidance = element instanceof Practice practice ? guidance(practice, level) : null;
			if (guidance != null) {
				if (guidance.getDescription() != null) {
					md.append(oneLine(guidance.getDescription())).append("\n\n");
				}
				list(md, "Actions", guidance.getActions());
				list(md, "Indicators", guidance.getIndicators());
			} else if (definition != null && definition.getDescription() != null) {
				md.append(oneLine(definition.getDescription())).append("\n\n");
			}
		} else if (element instanceof Practice practice && !practice.getGuidance().isEmpty()) {
			md.append("*Levels:*\n\n");
			for (LevelGuidance guidance : practice.getGuidance()) {
				LevelDefinition definition = definition(catalog, guidance.getLevel());
				md.append("- **").append(guidance.getLevel());
				if (definition != null && definition.getName() != null) {
					md.append(' ').append(definition.getName());
				}
				md.append("**");
				if (guidance.getDescription() != null) {
					md.append(": ").append(oneLine(guidance.getDescription()));
				}
				md.append('\n');
			}
		}
		return md.toString().strip();
	}

	/** Text blocks and long strings joined into one paragraph. */
	public static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static void list(StringBuilder md, String heading, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		md.append("*").append(heading).append(":*\n\n");
		for (String item : items) {
			md.append("- ").append(oneLine(item)).append('\n');
		}
		md.append('\n');
	}

	private static LevelGuidance guidance(Practice practice, int level) {
		return practice.getGuidance().stream().filter(g -> g.getLevel() == level).findFirst().orElse(null);
	}

	private static LevelDefinition definition(Catalog catalog, int level) {
		if (catalog == null) {
			return null;
		}
		return catalog.getLevels().stream().filter(d -> d.getLevel() == level).findFirst().orElse(null);
	}

	private static String title(CatalogElement element) {
		return element.getTitle() != null ? element.getTitle() : element.getName();
	}

	private static String kind(CatalogElement element) {
		return element instanceof Practice ? "practice" : element instanceof Subdomain ? "subdomain" : "domain";
	}

	/** "Governance › Threat Modeling" for a practice, "Governance" for a subdomain. */
	private static String path(CatalogElement element) {
		StringBuilder path = new StringBuilder();
		for (EObject container = element.eContainer(); container instanceof Subdomain
				|| container instanceof Domain; container = container.eContainer()) {
			String title = title((CatalogElement) container);
			path.insert(0, path.length() == 0 ? title : title + " \u203a ");
		}
		return path.toString();
	}
}
