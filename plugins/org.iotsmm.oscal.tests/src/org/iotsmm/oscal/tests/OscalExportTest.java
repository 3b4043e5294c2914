package org.iotsmm.oscal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.oscal.OscalExport;
import org.iotsmm.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/** Every example's OSCAL export is valid (schema and the rules beyond it), and the validator bites. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmOscalInjectorProvider.class)
class OscalExportTest {

	@Inject
	private ModelLoader loader;

	@Inject
	private ShippedLibrary library;

	static List<Path> examples() throws Exception {
		try (Stream<Path> list = Files.list(Repo.root().resolve("examples"))) {
			return list.filter(Files::isDirectory).sorted().toList();
		}
	}

	static List<Path> nistExamples() throws Exception {
		try (Stream<Path> list = Files.list(Repo.bundleFile("org.iotsmm.oscal.tests", "fixtures/nist"))) {
			return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExportOfEveryExampleIsValidOscal(Path example) throws Exception {
		Map<String, String> documents = Exports.of(loader, library, example);
		assertEquals(List.of(OscalExport.CATALOG, OscalExport.ASSESSMENT_RESULTS, OscalExport.POAM),
				List.copyOf(documents.keySet()), "every example has an assessment, so all three documents");
		for (Map.Entry<String, String> document : documents.entrySet()) {
			String json = document.getValue();
			assertEquals(List.of(), OscalSchemas.validate(OscalSchemas.schemaFor(json), json),
					document.getKey() + " of " + example.getFileName() + " against the OSCAL 1.1.3 schema");
			assertEquals(List.of(), OscalRules.check(json), document.getKey() + " of " + example.getFileName());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nistExamples")
	void nistPublishedExamplesPassTheValidator(Path nist) throws Exception {
		String json = Files.readString(nist);
		assertEquals(List.of(), OscalSchemas.validate(OscalSchemas.schemaFor(json), json));
	}

	@Test
	void theValidatorRejectsDocumentsWithKnownDefects() throws Exception {
		String catalog = Exports.of(loader, library, Repo.example("getting-started")).get(OscalExport.CATALOG);
		JsonObject control = firstControl(JsonParser.parseString(catalog).getAsJsonObject());
		List<String> broken = new ArrayList<>();
		// an empty array (minItems 1)
		broken.add(edit(catalog, c -> firstControl(c).add("links", new JsonArray())));
		// a version-3 UUID, as UUID.nameUUIDFromBytes makes it
		broken.add(edit(catalog, c -> c.getAsJsonObject("catalog").addProperty("uuid",
				UUID.nameUUIDFromBytes("x".getBytes()).toString())));
		// a property OSCAL does not define (additionalProperties false)
		broken.add(edit(catalog, c -> firstControl(c).addProperty("level", 3)));
		// a timestamp without a time zone
		broken.add(edit(catalog, c -> c.getAsJsonObject("catalog").getAsJsonObject("metadata")
				.addProperty("last-modified", "2026-05-12T00:00:00")));
		// a control without a title
		broken.add(edit(catalog, c -> firstControl(c).remove("title")));
		assertTrue(control.has("title"));
		for (String json : broken) {
			assertFalse(OscalSchemas.validate(OscalSchemas.CATALOG, json).isEmpty(), "must be rejected:\n"
					+ json.substring(0, Math.min(400, json.length())));
		}
		// what only the rules beyond the schema catch: a control without statement, a prop without ns
		String noStatement = edit(catalog, c -> {
			JsonArray parts = firstControl(c).getAsJsonArray("parts");
			parts.remove(0);
		});
		assertTrue(OscalRules.check(noStatement).stream().anyMatch(p -> p.contains("statement")));
		String noNs = edit(catalog, c -> firstControl(c).getAsJsonArray("props").get(1).getAsJsonObject().remove("ns"));
		assertTrue(OscalRules.check(noNs).stream().anyMatch(p -> p.contains("has no ns")));
	}

	@Test
	void reExportingAnUnchangedModelGivesIdenticalBytesAndVersion5Uuids() throws Exception {
		Map<String, String> first = Exports.of(loader, library, Repo.example("bottling-line"));
		Map<String, String> second = Exports.of(loader, library, Repo.example("bottling-line"));
		assertEquals(first, second);
		for (String json : first.values()) {
			List<String> uuids = new ArrayList<>();
			collectUuids(JsonParser.parseString(json), null, uuids);
			assertFalse(uuids.isEmpty());
			for (String uuid : uuids) {
				assertEquals(5, UUID.fromString(uuid).version(), uuid);
			}
		}
	}

	private static void collectUuids(JsonElement element, String key, List<String> uuids) {
		if (element.isJsonObject()) {
			element.getAsJsonObject().entrySet().forEach(e -> collectUuids(e.getValue(), e.getKey(), uuids));
		} else if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(e -> collectUuids(e, key, uuids));
		} else if (key != null && (key.equals("uuid") || key.endsWith("-uuid")) && !element.getAsString().startsWith("#")) {
			uuids.add(element.getAsString());
		}
	}

	static JsonObject firstControl(JsonObject document) {
		return document.getAsJsonObject("catalog").getAsJsonArray("groups").get(0).getAsJsonObject()
				.getAsJsonArray("groups").get(0).getAsJsonObject().getAsJsonArray("controls").get(0).getAsJsonObject();
	}

	private static String edit(String json, java.util.function.Consumer<JsonObject> change) {
		JsonObject document = JsonParser.parseString(json).getAsJsonObject();
		change.accept(document);
		return document.toString();
	}
}
