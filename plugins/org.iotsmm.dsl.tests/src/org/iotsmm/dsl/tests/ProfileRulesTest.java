package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Profile rules as users meet them: where the warning sits, what it says, and the defect of the
 * bottling-line example that the Manufacturing profile's SL-T rule was written to catch.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class ProfileRulesTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	@Test
	void warningSitsOnTheTargetEntryThatIsTooLowAndSaysItIsAHeuristic() throws Exception {
		List<Problem> warnings = ruleWarnings(Repo.fixture("validation/profile-rule-zone-property-warns.smm"));
		assertEquals(1, warnings.size(), warnings.toString());
		Problem warning = warnings.get(0);
		assertEquals(17, warning.line(), "the target entry 'practice MonitoringPractices level 2 on Dmz'");
		assertTrue(warning.message().startsWith("For review: the ZoneRules profile's rule HighZones"), warning.message());
		assertTrue(warning.message().contains("not an official IIC equivalence"), warning.message());
		assertTrue(warning.message().contains("level 2 general on Dmz (line 17)"), warning.message());
	}

	@Test
	void warningSitsOnTheZoneWhenNoEntryOfTheZoneIsTooLow() throws Exception {
		List<Problem> warnings = ruleWarnings(Repo.fixture("validation/profile-rule-zone-missing-target-warns.smm"));
		assertEquals(1, warnings.size(), warnings.toString());
		assertEquals(13, warnings.get(0).line(), "the zone Dmz");
		assertTrue(warnings.get(0).message().contains("no target on Dmz; no target on JumpHost"), warnings.get(0).message());
	}

	/**
	 * The bottling line as it was before this fix: the DMZ has SL-T 3 but level-2 targets (or none)
	 * for the practices the Manufacturing profile's rule SlT3Zones names. Rebuilt from the example
	 * by taking out the DMZ's level-3 entries and restoring the two entries they replaced.
	 */
	@Test
	void bottlingLineBeforeTheDmzFixBreaksTheSlT3Rule() throws Exception {
		Path example = Repo.examples().resolve("bottling-line/bottling-line.smm");
		String fixed = Files.readString(example);
		String before = fixed.lines()
				.filter(line -> !line.matches("\\s+practice \\w+ level 3 (scope industry )?on DMZ priority .*"))
				.map(line -> line.replace("practice PatchManagement level 3 scope industry on DMZ, LinePLCs",
						"practice PatchManagement level 3 scope industry on EdgeGateway, LinePLCs"))
				.map(line -> line.replace("practice MonitoringPractices level 2 on PlantFloor priority",
						"practice MonitoringPractices level 2 on PlantFloor, DMZ priority"))
				.collect(Collectors.joining("\n", "", "\n"));
		assertEquals(4, fixed.lines().count() - before.lines().count(), "four DMZ entries taken out");
		Path copy = Files.createDirectories(temp.resolve("bottling-line")).resolve("bottling-line.smm");
		Files.writeString(copy, before);

		List<Problem> warnings = ruleWarnings(copy);
		List<String> practices = List.of("AccessControl", "AssetChangeConfigurationManagement", "DataProtectionControls",
				"PatchManagement", "MonitoringPractices");
		assertEquals(practices.size(), warnings.size(), warnings.stream().map(Problem::format).collect(Collectors.joining("\n")));
		for (String practice : practices) {
			assertTrue(warnings.stream().anyMatch(w -> w.message().contains("rule SlT3Zones")
					&& w.message().contains(" for " + practice + ". Zone DMZ qualifies")), "no warning for " + practice);
		}
		// Monitoring had an entry on the DMZ at level 2: the warning points at it.
		Problem monitoring = warnings.stream().filter(w -> w.message().contains(" for MonitoringPractices.")).findFirst()
				.orElseThrow();
		assertTrue(before.lines().toList().get(monitoring.line() - 1).contains("MonitoringPractices level 2 on PlantFloor, DMZ"),
				monitoring.format());
		// The example as shipped meets the rule (ExamplesTest checks it has no warning at all).
		assertEquals(List.of(), ruleWarnings(example));
	}

	private List<Problem> ruleWarnings(Path file) throws Exception {
		LoadedModels models = loader.load(List.of(file));
		assertEquals(List.of(), models.errors());
		return models.warnings().stream().filter(p -> IssueCodes.PROFILE_RULE.equals(p.code())).toList();
	}
}
