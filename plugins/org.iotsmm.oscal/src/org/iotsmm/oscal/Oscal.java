package org.iotsmm.oscal;

import java.time.LocalDate;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What every OSCAL document of the project shares: the OSCAL version, the project's namespace for
 * its own properties and part names, deterministic JSON, and the helpers that keep the schema's
 * rules (no empty arrays, no blank strings, time zones on timestamps).
 * <p>
 * OSCAL 1.1.3: it is the version current tools and published content read (FedRAMP, NIST's own
 * examples, liboscal-java 5.x schemas); 1.2's only addition that matters here, the
 * mapping-collection model, is too new for most consumers, so mappings travel as namespaced
 * properties of the controls instead.
 */
public final class Oscal {

	public static final String VERSION = "1.1.3";
	/** Namespace of the project's own props and part names (OSCAL requires one for non-OSCAL names). */
	public static final String NS = "https://iotsmm.org/ns/oscal";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private Oscal() {
	}

	public static String toJson(JsonObject document) {
		return GSON.toJson(document) + "\n";
	}

	/** Midnight UTC of a model date: models record days, OSCAL wants a time with a zone. */
	public static String timestamp(LocalDate date) {
		return date.atStartOfDay().toString() + ":00Z";
	}

	/** Sets a string member unless the value is null or blank (OSCAL strings must not be empty). */
	static void put(JsonObject object, String key, String value) {
		if (value != null && !value.isBlank()) {
			object.addProperty(key, value.strip());
		}
	}

	/** Adds the array unless it is empty: every OSCAL array has minItems 1. */
	static void put(JsonObject object, String key, JsonArray array) {
		if (array != null && !array.isEmpty()) {
			object.add(key, array);
		}
	}

	static void add(JsonArray array, JsonElement element) {
		if (element != null) {
			array.add(element);
		}
	}

	/** A property in the project's namespace (a prop without ns may only use OSCAL's own names). */
	static JsonObject prop(String name, Object value) {
		return prop(name, value, null);
	}

	static JsonObject prop(String name, Object value, String cls) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		JsonObject prop = new JsonObject();
		prop.addProperty("name", name);
		prop.addProperty("ns", NS);
		prop.addProperty("value", value.toString().strip());
		put(prop, "class", cls);
		return prop;
	}

	/** An OSCAL token (control ids, part ids): letters, digits, '.', '-', '_', starting with a letter. */
	static String token(String text) {
		String token = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
		return Character.isLetter(token.isEmpty() ? '0' : token.charAt(0)) ? token : "x-" + token;
	}

	static JsonObject metadata(String title, String lastModified, String version, String remarks) {
		JsonObject metadata = new JsonObject();
		metadata.addProperty("title", title);
		metadata.addProperty("last-modified", lastModified);
		metadata.addProperty("version", version);
		metadata.addProperty("oscal-version", VERSION);
		put(metadata, "remarks", remarks);
		return metadata;
	}

	static JsonObject wrap(String model, JsonObject body) {
		JsonObject document = new JsonObject();
		document.add(model, body);
		return document;
	}

	static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
