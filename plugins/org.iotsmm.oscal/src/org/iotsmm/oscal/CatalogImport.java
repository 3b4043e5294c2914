package org.iotsmm.oscal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * Turns an OSCAL catalog (JSON, OSCAL 1.x) into the text of a {@code standard} declaration of the
 * .smm language: every group and control becomes a requirement named by its label (or id), with
 * its title, and its statement as description; nested controls and groups name their parent as
 * group. Hostile input is refused before anything is produced: files over {@link #MAX_BYTES},
 * nesting deeper than {@link #MAX_DEPTH}, other documents than a catalog, other OSCAL versions.
 */
public final class CatalogImport {

	/** NIST's largest catalog (SP 800-53 rev. 5 with everything) is about 10 MB. */
	public static final long MAX_BYTES = 32L * 1024 * 1024;
	public static final int MAX_DEPTH = 64;
	public static final int MAX_REQUIREMENTS = 20_000;

	/** What an import produced: the .smm text and how many requirements it holds. */
	public record Imported(String name, String version, String text, int requirements) {
	}

	private CatalogImport() {
	}

	/** IllegalArgumentException with a message for the user when the file is no usable OSCAL catalog. */
	public static Imported read(Path file, String name) throws IOException {
		long size = Files.size(file);
		if (size > MAX_BYTES) {
			throw new IllegalArgumentException("the file has " + size + " bytes; an OSCAL catalog is accepted up to "
					+ MAX_BYTES + " bytes");
		}
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new IllegalArgumentException("not OSCAL JSON: the file is not UTF-8 text");
		}
		return parse(new StringReader(text), name, file.getFileName().toString());
	}

	static Imported parse(Reader in, String name, String source) {
		JsonElement root;
		try {
			JsonReader reader = new JsonReader(in);
			reader.setStrictness(Strictness.STRICT);
			reader.setNestingLimit(MAX_DEPTH);
			root = JsonParser.parseReader(reader);
		} catch (JsonParseException | StackOverflowError e) {
			throw new IllegalArgumentException("not OSCAL JSON: " + reason(e));
		}
		if (!root.isJsonObject()) {
			throw new IllegalArgumentException("not an OSCAL document: the top level must be an object with a \"catalog\"");
		}
		JsonObject document = root.getAsJsonObject();
		if (!document.has("catalog") || !document.get("catalog").isJsonObject()) {
			String found = document.keySet().stream().findFirst().orElse("nothing");
			throw new IllegalArgumentException("not an OSCAL catalog: the document holds \"" + found
					+ "\" where \"catalog\" is expected (profiles must be resolved into a catalog first)");
		}
		JsonObject catalog = document.getAsJsonObject("catalog");
		JsonObject metadata = object(catalog, "metadata");
		if (metadata == null) {
			throw new IllegalArgumentException("not an OSCAL catalog: it has no metadata");
		}
		String oscalVersion = string(metadata, "oscal-version");
		if (oscalVersion == null || !oscalVersion.matches("1\\.[0-2]\\.\\d+.*")) {
			throw new IllegalArgumentException("OSCAL version " + (oscalVersion == null ? "(missing)" : "'" + oscalVersion + "'")
					+ " is not supported; this importer reads OSCAL 1.0 to 1.2 catalogs");
		}
		String title = orElse(string(metadata, "title"), "Imported catalog");
		String documentVersion = orElse(string(metadata, "version"), "1");
		String standardName = name != null ? name : identifier(title);
		if (!standardName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("'" + standardName + "' is not a valid standard name (letters, digits, _)");
		}
		String version = documentVersion.matches("\\d+(\\.\\d+)*") ? documentVersion : numericPart(documentVersion);
		List<String> lines = new ArrayList<>();
		collect(catalog, null, lines, 0);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("the catalog has no groups or controls to import");
		}
		StringBuilder out = new StringBuilder();
		out.append("// Imported with smm import --oscal-catalog from ").append(oneLine(source)).append(":\n");
		out.append("// \"").append(oneLine(title)).append("\", version ").append(oneLine(documentVersion))
				.append(", OSCAL ").append(oneLine(oscalVersion)).append(".\n");
		out.append("standard ").append(standardName).append(" version ").append(version).append(' ')
				.append(quote(title)).append(" {\n");
		for (String line : lines) {
			out.append("  ").append(line).append('\n');
		}
		out.append("}\n");
		return new Imported(standardName, version, out.toString(), lines.size());
	}

	private static void collect(JsonObject parent, String parentId, List<String> lines, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("groups and controls nest deeper than " + MAX_DEPTH + " levels");
		}
		for (String key : List.of("groups", "controls")) {
			JsonArray children = array(parent, key);
			if (children == null) {
				continue;
			}
			for (JsonElement element : children) {
				if (!element.isJsonObject()) {
					throw new IllegalArgumentException("an entry of \"" + key + "\" is not an object");
				}
				JsonObject child = element.getAsJsonObject();
				String id = requirementId(child);
				if (id == null) {
					throw new IllegalArgumentException("a " + key.substring(0, key.length() - 1)
							+ " has neither an id nor a label" + (parentId == null ? "" : " (in " + parentId + ")"));
				}
				if (lines.size() >= MAX_REQUIREMENTS) {
					throw new IllegalArgumentException("the catalog has more than " + MAX_REQUIREMENTS + " groups and controls");
				}
				StringBuilder line = new StringBuilder("requirement ").append(quote(id));
				String title = string(child, "title");
				if (title != null && !title.isBlank()) {
					line.append(' ').append(quote(title));
				}
				if (parentId != null) {
					line.append(" group ").append(quote(parentId));
				}
				String statement = statement(child);
				if (statement != null) {
					line.append("\n  description ").append(quote(statement));
				}
				lines.add(line.toString());
				collect(child, id, lines, depth + 1);
			}
		}
	}

	/** The identifier as the standard writes it: the {@code label} prop, else the OSCAL id. */
	private static String requirementId(JsonObject child) {
		JsonArray props = array(child, "props");
		if (props != null) {
			for (JsonElement prop : props) {
				if (prop.isJsonObject() && "label".equals(string(prop.getAsJsonObject(), "name"))
						&& !prop.getAsJsonObject().has("ns")) {
					String label = string(prop.getAsJsonObject(), "value");
					if (label != null && !label.isBlank()) {
						return oneLine(label);
					}
				}
			}
		}
		String id = string(child, "id");
		return id == null || id.isBlank() ? null : oneLine(id);
	}

	private static String statement(JsonObject control) {
		JsonArray parts = array(control, "parts");
		if (parts == null) {
			return null;
		}
		for (JsonElement part : parts) {
			if (part.isJsonObject() && "statement".equals(string(part.getAsJsonObject(), "name"))) {
				String prose = string(part.getAsJsonObject(), "prose");
				if (prose != null && !prose.isBlank()) {
					String text = oneLine(prose);
					return text.length() > 2000 ? text.substring(0, 2000) + " ..." : text;
				}
			}
		}
		return null;
	}

	/** Gson's message without its exception class names, and the nesting limit said plainly. */
	private static String reason(Throwable e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		if (message.startsWith("Nesting limit")) {
			return "nested deeper than " + MAX_DEPTH + " levels";
		}
		String firstLine = message.lines().findFirst().orElse(message); // Gson adds a troubleshooting link below
		return firstLine.replaceFirst("^[\\w.]+Exception: ", "").replaceAll(" path \\$\\S*", "");
	}

	private static JsonObject object(JsonObject parent, String key) {
		JsonElement value = parent.get(key);
		return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
	}

	private static JsonArray array(JsonObject parent, String key) {
		JsonElement value = parent.get(key);
		if (value == null) {
			return null;
		}
		if (!value.isJsonArray()) {
			throw new IllegalArgumentException("\"" + key + "\" must be an array");
		}
		return value.getAsJsonArray();
	}

	private static String string(JsonObject parent, String key) {
		JsonElement value = parent.get(key);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	/** A name for the standard from the catalog's title: letters and digits, '_' between words. */
	static String identifier(String title) {
		String id = title.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (id.length() > 60) {
			id = id.substring(0, 60).replaceAll("_+$", "");
		}
		return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "Imported_" + id : id;
	}

	private static String numericPart(String version) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*").matcher(version);
		return m.find() ? m.group() : "1";
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/** A .smm string literal. */
	static String quote(String text) {
		return "\"" + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
