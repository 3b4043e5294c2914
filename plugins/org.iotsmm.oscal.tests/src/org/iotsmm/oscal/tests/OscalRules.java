package org.iotsmm.oscal.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * OSCAL rules that the JSON schema does not check (they are Metaschema constraints or plain
 * discipline): every control has a {@code statement} part; props and parts with names of their own
 * carry an {@code ns}; no array is empty and no string blank; every UUID is version 4 or 5;
 * timestamps carry a time zone.
 */
final class OscalRules {

	/** Prop names OSCAL defines for controls (and that need no ns). */
	private static final Set<String> OSCAL_PROP_NAMES = Set.of("label", "sort-id", "alt-identifier", "status",
			"marking", "keywords", "method", "type");
	private static final Set<String> OSCAL_PART_NAMES = Set.of("overview", "statement", "guidance", "example",
			"assessment", "assessment-objective", "assessment-method", "item", "objective");
	private static final Pattern UUID_45 = Pattern
			.compile("[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
	private static final Pattern WITH_ZONE = Pattern.compile(".*T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
	private static final Set<String> TIMESTAMPS = Set.of("last-modified", "published", "start", "end", "collected",
			"date", "expires");

	private OscalRules() {
	}

	static List<String> check(String json) {
		List<String> problems = new ArrayList<>();
		walk(JsonParser.parseString(json), "", null, problems);
		return problems;
	}

	private static void walk(JsonElement element, String path, String key, List<String> problems) {
		if (element.isJsonArray()) {
			JsonArray array = element.getAsJsonArray();
			if (array.isEmpty()) {
				problems.add(path + ": empty array (OSCAL arrays have minItems 1; leave the key out)");
			}
			for (int i = 0; i < array.size(); i++) {
				walk(array.get(i), path + "[" + i + "]", key, problems);
			}
		} else if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if ("controls".equals(key)) {
				boolean statement = object.has("parts") && object.getAsJsonArray("parts").asList().stream()
						.anyMatch(p -> "statement".equals(p.getAsJsonObject().get("name").getAsString()));
				if (!statement) {
					problems.add(path + ": control without a part named statement");
				}
			}
			if ("props".equals(key) && !object.has("ns") && !OSCAL_PROP_NAMES.contains(object.get("name").getAsString())) {
				problems.add(path + ": prop '" + object.get("name").getAsString() + "' is no OSCAL name and has no ns");
			}
			if ("parts".equals(key) && !object.has("ns") && !OSCAL_PART_NAMES.contains(object.get("name").getAsString())) {
				problems.add(path + ": part '" + object.get("name").getAsString() + "' is no OSCAL name and has no ns");
			}
			for (Map.Entry<String, JsonElement> member : object.entrySet()) {
				walk(member.getValue(), path + "/" + member.getKey(), member.getKey(), problems);
			}
		} else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
			String value = element.getAsString();
			if (value.isBlank()) {
				problems.add(path + ": blank string");
			}
			if (key != null && (key.equals("uuid") || key.endsWith("-uuid") || key.endsWith("-uuids"))
					&& !UUID_45.matcher(value).matches()) {
				problems.add(path + ": '" + value + "' is no version 4 or 5 UUID");
			}
			if (key != null && TIMESTAMPS.contains(key) && !WITH_ZONE.matcher(value).matches()) {
				problems.add(path + ": timestamp '" + value + "' has no time zone");
			}
		}
	}
}
