package org.iotsmm.oscal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.oscal.OscalExport;
import org.iotsmm.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * A changed finding changes only its finding, its observation and what links to them: the
 * Reassessment of the bottling line finds PatchManagement on LinePLCs at level 2 (target 3,
 * industry); raised to 3, that row is met, so its finding and observation change, and the POA&M
 * loses the one item of that gap. Nothing else in the findings, observations or items moves.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmOscalInjectorProvider.class)
class ChangedModelTest {

	private static final String FINDING = "    practice PatchManagement level 2 scope industry on LinePLCs\n";

	@Inject
	private ModelLoader loader;

	@Inject
	private ShippedLibrary library;

	@Test
	void aChangedFindingChangesOnlyItsFindingAndWhatLinksToIt(@TempDir Path dir) throws Exception {
		String model = Files.readString(Repo.example("bottling-line").resolve("bottling-line.smm"));
		assertEquals(model.indexOf(FINDING), model.lastIndexOf(FINDING), "the finding line is unique");
		assertTrue(model.contains(FINDING));
		Path original = Files.createDirectories(dir.resolve("original")).resolve("bottling-line.smm");
		Path changed = Files.createDirectories(dir.resolve("changed")).resolve("bottling-line.smm");
		Files.writeString(original, model);
		Files.writeString(changed, model.replace(FINDING, FINDING.replace("level 2", "level 3")));

		Map<String, String> before = Exports.of(loader, library, original);
		Map<String, String> after = Exports.of(loader, library, changed);
		assertEquals(before.get(OscalExport.CATALOG), after.get(OscalExport.CATALOG), "the catalog does not change");

		JsonObject arBefore = result(before), arAfter = result(after);
		Set<String> changedFindings = changed(byUuid(arBefore, "findings"), byUuid(arAfter, "findings"));
		Set<String> changedObservations = changed(byUuid(arBefore, "observations"), byUuid(arAfter, "observations"));
		assertEquals(1, changedFindings.size(), "exactly one finding changes: " + changedFindings);
		assertEquals(1, changedObservations.size(), "exactly its observation changes: " + changedObservations);
		JsonObject finding = byUuid(arAfter, "findings").get(changedFindings.iterator().next()).getAsJsonObject();
		assertEquals("Patch Management on PlantFloor.LinePLCs", finding.get("title").getAsString());
		assertEquals("satisfied", finding.getAsJsonObject("target").getAsJsonObject("status").get("state").getAsString());
		assertEquals(changedObservations.iterator().next(), finding.getAsJsonArray("related-observations").get(0)
				.getAsJsonObject().get("observation-uuid").getAsString());

		JsonObject poamBefore = poam(before), poamAfter = poam(after);
		Map<String, JsonElement> itemsBefore = byUuid(poamBefore, "poam-items");
		Map<String, JsonElement> itemsAfter = byUuid(poamAfter, "poam-items");
		Set<String> changedItems = changed(itemsBefore, itemsAfter);
		assertFalse(changedItems.isEmpty());
		for (String item : changedItems) {
			assertFalse(itemsAfter.containsKey(item), "only the closed gap's items go; no other item changes");
			assertEquals(changedFindings.iterator().next(), itemsBefore.get(item).getAsJsonObject()
					.getAsJsonArray("related-findings").get(0).getAsJsonObject().get("finding-uuid").getAsString());
		}
	}

	private static JsonObject result(Map<String, String> documents) {
		return JsonParser.parseString(documents.get(OscalExport.ASSESSMENT_RESULTS)).getAsJsonObject()
				.getAsJsonObject("assessment-results").getAsJsonArray("results").get(0).getAsJsonObject();
	}

	private static JsonObject poam(Map<String, String> documents) {
		return JsonParser.parseString(documents.get(OscalExport.POAM)).getAsJsonObject()
				.getAsJsonObject("plan-of-action-and-milestones");
	}

	private static Map<String, JsonElement> byUuid(JsonObject parent, String key) {
		Map<String, JsonElement> map = new HashMap<>();
		parent.getAsJsonArray(key).forEach(e -> map.put(e.getAsJsonObject().get("uuid").getAsString(), e));
		return map;
	}

	/** UUIDs present in only one map, or with different content. */
	private static Set<String> changed(Map<String, JsonElement> before, Map<String, JsonElement> after) {
		Set<String> all = new HashSet<>(before.keySet());
		all.addAll(after.keySet());
		all.removeIf(uuid -> before.containsKey(uuid) && before.get(uuid).equals(after.get(uuid)));
		return all;
	}
}
