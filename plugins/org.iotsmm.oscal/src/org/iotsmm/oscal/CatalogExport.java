package org.iotsmm.oscal;

import static org.iotsmm.oscal.Oscal.add;
import static org.iotsmm.oscal.Oscal.prop;
import static org.iotsmm.oscal.Oscal.put;

import java.time.LocalDate;
import java.util.List;

import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.LevelDefinition;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.StandardMapping;
import org.iotsmm.smm.Subdomain;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The SMM catalog (with a profile's considerations, when given) as an OSCAL catalog: domains and
 * subdomains are groups, practices are controls with a {@code statement} part (the objective), a
 * {@code guidance} part (the description) and one {@code maturity-level} part per
 * comprehensiveness level (description, actions, indicators, the profile's considerations). The
 * mappings to standards are namespaced {@code mapping} properties of the controls.
 */
public final class CatalogExport {

	private CatalogExport() {
	}

	/** Control id of a practice: its code in lower case ({@code spm}), or its name when it has none. */
	public static String controlId(Practice practice) {
		return Oscal.token(practice.getCode() != null ? practice.getCode() : practice.getName());
	}

	public static String uuid(Catalog catalog, Profile profile) {
		return StableIds.of("catalog", catalog.getName(), catalog.getVersion(),
				profile == null ? "" : profile.getName() + " " + profile.getVersion());
	}

	public static JsonObject export(Catalog catalog, Profile profile, List<StandardMapping> mappings, LocalDate asOf) {
		JsonObject body = new JsonObject();
		body.addProperty("uuid", uuid(catalog, profile));
		String title = Oscal.orElse(catalog.getTitle(), catalog.getName()) + " " + catalog.getVersion()
				+ (profile == null ? "" : ", with profile " + Oscal.orElse(profile.getTitle(), profile.getName()));
		JsonObject metadata = Oscal.metadata(title, Oscal.timestamp(asOf),
				catalog.getVersion() + (profile == null ? "" : "+" + profile.getName() + "-" + profile.getVersion()),
				"Written by the IoT SMM Workbench from its catalog, in the project's own words; names and numbers follow"
						+ " the IIC IoT Security Maturity Model. Mappings to standards are the project's own, not the IIC's.");
		JsonArray props = new JsonArray();
		for (LevelDefinition level : catalog.getLevels()) {
			add(props, prop("level-" + level.getLevel(), level.getName()));
		}
		if (profile != null) {
			add(props, prop("profile", profile.getName() + " " + profile.getVersion()));
			add(props, prop("industry", profile.getIndustry()));
		}
		put(metadata, "props", props);
		body.add("metadata", metadata);
		JsonArray groups = new JsonArray();
		for (Domain domain : catalog.getDomains()) {
			JsonObject group = group(domain.getName(), "domain", domain.getTitle(), domain.getDescription());
			JsonArray subgroups = new JsonArray();
			for (Subdomain subdomain : domain.getSubdomains()) {
				JsonObject subgroup = group(subdomain.getName(), "subdomain", subdomain.getTitle(),
						subdomain.getDescription());
				JsonArray controls = new JsonArray();
				for (Practice practice : subdomain.getPractices()) {
					controls.add(control(domain, practice, profile, mappings));
				}
				put(subgroup, "controls", controls);
				subgroups.add(subgroup);
			}
			put(group, "groups", subgroups);
			groups.add(group);
		}
		put(body, "groups", groups);
		return Oscal.wrap("catalog", body);
	}

	private static JsonObject group(String name, String cls, String title, String description) {
		JsonObject group = new JsonObject();
		group.addProperty("id", Oscal.token(name));
		group.addProperty("class", cls);
		group.addProperty("title", Oscal.orElse(title, name));
		if (description != null && !description.isBlank()) {
			JsonArray parts = new JsonArray();
			parts.add(part(null, "overview", null, description));
			group.add("parts", parts);
		}
		return group;
	}

	private static JsonObject control(Domain domain, Practice practice, Profile profile,
			List<StandardMapping> mappings) {
		String id = controlId(practice);
		JsonObject control = new JsonObject();
		control.addProperty("id", id);
		control.addProperty("class", "practice");
		control.addProperty("title", Oscal.orElse(practice.getTitle(), practice.getName()));
		JsonArray props = new JsonArray();
		JsonObject label = new JsonObject();
		label.addProperty("name", "label");
		label.addProperty("value", Oscal.orElse(practice.getCode(), practice.getName()));
		props.add(label);
		add(props, prop("qualified-name", domain.getName() + "." + practice.getName()));
		for (StandardMapping mapping : mappings) {
			for (PracticeMapping entry : mapping.getEntries()) {
				if (entry.getPractice() != practice && (entry.getPractice() == null
						|| !practice.getName().equals(entry.getPractice().getName()))) {
					continue;
				}
				for (Requirement requirement : entry.getRequirements()) {
					if (requirement.eIsProxy() || mapping.getStandard() == null) {
						continue;
					}
					JsonObject mapped = prop("mapping", requirement.getName(), entry.getRelation().getLiteral());
					mapped.addProperty("group", Oscal.token(mapping.getStandard().getName() + "-"
							+ mapping.getStandard().getVersion()));
					put(mapped, "remarks", (entry.getLevel() > 0 ? "From level " + entry.getLevel() + ". " : "")
							+ mapping.getStandard().getName() + " " + mapping.getStandard().getVersion()
							+ ", mapping " + mapping.getName() + " " + mapping.getVersion() + " (the project's own).");
					props.add(mapped);
				}
			}
		}
		control.add("props", props);
		JsonArray parts = new JsonArray();
		parts.add(part(id + "_smt", "statement", null, Oscal.orElse(practice.getObjective(),
				Oscal.orElse(practice.getTitle(), practice.getName()))));
		add(parts, practice.getDescription() == null ? null : part(id + "_gdn", "guidance", null, practice.getDescription()));
		for (LevelGuidance guidance : practice.getGuidance()) {
			JsonObject level = part(id + "_lvl-" + guidance.getLevel(), "maturity-level", "Level " + guidance.getLevel(),
					guidance.getDescription());
			level.addProperty("ns", Oscal.NS);
			JsonArray levelProps = new JsonArray();
			levelProps.add(prop("level", guidance.getLevel()));
			level.add("props", levelProps);
			JsonArray inner = new JsonArray();
			for (String action : guidance.getActions()) {
				add(inner, namespaced(part(null, "action", null, action)));
			}
			for (String indicator : guidance.getIndicators()) {
				add(inner, namespaced(part(null, "indicator", null, indicator)));
			}
			if (profile != null) {
				for (Consideration consideration : profile.getConsiderations()) {
					if (consideration.getPractice() != null && practice.getName().equals(consideration.getPractice().getName())
							&& (consideration.getLevel() == 0 || consideration.getLevel() == guidance.getLevel())) {
						JsonObject considered = namespaced(part(null, "consideration", null, consideration.getText()));
						considered.addProperty("class", Oscal.token(profile.getName()));
						inner.add(considered);
					}
				}
			}
			put(level, "parts", inner);
			parts.add(level);
		}
		control.add("parts", parts);
		return control;
	}

	private static JsonObject part(String id, String name, String title, String prose) {
		JsonObject part = new JsonObject();
		put(part, "id", id);
		part.addProperty("name", name);
		put(part, "title", title);
		put(part, "prose", prose);
		return part;
	}

	private static JsonObject namespaced(JsonObject part) {
		if (part.has("prose")) {
			part.addProperty("ns", Oscal.NS);
			return part;
		}
		return null;
	}
}
