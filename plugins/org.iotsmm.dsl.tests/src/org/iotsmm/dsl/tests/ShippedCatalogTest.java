package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.LevelDefinition;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The shipped SMM 1.2 catalog and the industry profiles, loaded from the catalog bundle's files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class ShippedCatalogTest {

	@Inject
	private ModelLoader loader;

	private LoadedModels shipped;

	@BeforeEach
	void load() throws Exception {
		Path folder = Repo.root().resolve("plugins/org.iotsmm.catalog/org/iotsmm/catalog");
		shipped = loader.load(List.of(folder));
	}

	@Test
	void catalogAndProfilesHaveNoProblem() {
		assertEquals("", shipped.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
	}

	@Test
	void catalogHasThreeDomainsNineSubdomainsEighteenPractices() {
		Catalog smm = catalog();
		assertEquals("1.2", smm.getVersion());
		assertEquals(List.of("Governance", "Enablement", "Hardening"), smm.getDomains().stream().map(Domain::getName).toList());
		assertEquals(9, smm.getDomains().stream().mapToInt(d -> d.getSubdomains().size()).sum());
		for (Domain domain : smm.getDomains()) {
			assertNotBlank(domain.getDescription(), "description of domain " + domain.getName());
			for (Subdomain subdomain : domain.getSubdomains()) {
				assertEquals(2, subdomain.getPractices().size(), "two practices in " + subdomain.getName());
				assertNotBlank(subdomain.getDescription(), "description of subdomain " + subdomain.getName());
			}
		}
		assertEquals(18, practices().size());
		assertEquals(List.of(0, 1, 2, 3, 4), smm.getLevels().stream().map(l -> l.getLevel()).toList());
		assertEquals(3, smm.getScopes().size());
	}

	@Test
	void everyPracticeHasObjectiveAndCompleteGuidanceForLevelsOneToFour() {
		List<String> missing = new ArrayList<>();
		for (Practice practice : practices()) {
			if (blank(practice.getObjective()) || blank(practice.getCode()) || blank(practice.getTitle())) {
				missing.add(practice.getName() + ": objective, code or title");
			}
			List<Integer> levels = practice.getGuidance().stream().map(LevelGuidance::getLevel).toList();
			if (!levels.equals(List.of(1, 2, 3, 4))) {
				missing.add(practice.getName() + ": guidance levels " + levels);
			}
			for (LevelGuidance guidance : practice.getGuidance()) {
				if (blank(guidance.getDescription()) || guidance.getActions().size() < 2 || guidance.getIndicators().size() < 2) {
					missing.add(practice.getName() + " level " + guidance.getLevel()
							+ ": description and at least two actions and two indicators");
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void profilesExtendTheCatalogWithConsiderationsAndATemplate() {
		List<Profile> profiles = shipped.elements(Profile.class);
		assertEquals(List.of("ConsumerIoT", "HealthcareDevices", "Manufacturing", "RetailPOS"),
				profiles.stream().map(Profile::getName).sorted().toList());
		for (Profile profile : profiles) {
			assertTrue(profile.getCatalog() == catalog(), profile.getName() + " extends the shipped catalog");
			assertNotBlank(profile.getIndustry(), "industry of " + profile.getName());
			assertNotBlank(profile.getDescription(), "description of " + profile.getName());
			for (Consideration consideration : profile.getConsiderations()) {
				assertFalse(consideration.getPractice().eIsProxy(), "broken practice reference in " + profile.getName());
				assertNotBlank(consideration.getText(), "consideration text in " + profile.getName());
			}
			assertFalse(profile.getTemplates().isEmpty(), profile.getName() + " has a target template");
			for (TargetTemplate template : profile.getTemplates()) {
				assertFalse(template.getEntries().isEmpty(), "entries of template " + template.getName());
				for (TargetEntry entry : template.getEntries()) {
					assertFalse(entry.getSubject().eIsProxy(), "broken subject in template " + template.getName());
				}
			}
			for (ProfileRule rule : profile.getRules()) {
				for (Practice practice : rule.getPractices()) {
					assertFalse(practice.eIsProxy(), "broken practice in rule " + rule.getName() + " of " + profile.getName());
				}
			}
		}
	}

	/** Each shipped profile says something about every one of the 18 practices of the catalog. */
	@Test
	void everyProfileConsidersAllEighteenPractices() {
		List<String> missing = new ArrayList<>();
		for (Profile profile : shipped.elements(Profile.class)) {
			Set<Practice> considered = profile.getConsiderations().stream().map(Consideration::getPractice)
					.collect(Collectors.toSet());
			for (Practice practice : practices()) {
				if (!considered.contains(practice)) {
					missing.add(profile.getName() + ": " + practice.getName());
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	/** Profile rules are the profiles' own heuristics: each says so where a user reads it, in the profile. */
	@Test
	void everyProfileStatesRulesAndEveryRuleExplainsItself() {
		for (Profile profile : shipped.elements(Profile.class)) {
			assertFalse(profile.getRules().isEmpty(), profile.getName() + " states at least one rule");
			for (ProfileRule rule : profile.getRules()) {
				assertNotBlank(rule.getTitle(), "title of rule " + rule.getName() + " of " + profile.getName());
			}
		}
	}


	/**
	 * Terms that belong to one industry (mostly industrial automation) and so to a profile, never to the
	 * general scope of the catalog. Upper-case acronyms are matched case-sensitively as words, so that
	 * "OT" does not hit "IoT" or "OTA".
	 */
	private static final List<String> INDUSTRY_SPECIFIC_TERMS = List.of(
			"OT", "operational technology", "industrial", "IACS", "ICS", "PLC", "SCADA", "DCS", "HMI", "RTU",
			"SIS", "safety instrumented", "Modbus", "Profinet", "Profibus", "EtherNet/IP", "DNP3", "OPC UA",
			"fieldbus", "field bus", "IEC 62443", "62443", "IEC 61508", "plant", "plant floor", "production line",
			"line stop", "line stopped", "setpoint", "recipe", "historian", "process hazard", "CAN bus", "ECU", "UN R155",
			"UN R156", "PCI DSS", "point-of-sale", "HIPAA", "medical device");

	@Test
	void generalScopeGuidanceNamesNoIndustrySpecificTechnology() {
		List<Pattern> terms = INDUSTRY_SPECIFIC_TERMS.stream().map(ShippedCatalogTest::wordPattern).toList();
		List<String> found = new ArrayList<>();
		catalogTexts().forEach((where, text) -> {
			for (Pattern term : terms) {
				var matcher = term.matcher(text);
				if (matcher.find()) {
					found.add(where + " names '" + matcher.group() + "': " + text);
				}
			}
		});
		assertEquals("", String.join("\n", found), "industry specifics belong in a profile's considerations");
	}

	@Test
	void everyLevelOneToFourHasAtLeastOneActionAndOneIndicator() {
		List<String> empty = new ArrayList<>();
		for (Practice practice : practices()) {
			for (LevelGuidance guidance : practice.getGuidance()) {
				if (guidance.getActions().isEmpty() || guidance.getIndicators().isEmpty()) {
					empty.add(practice.getCode() + " level " + guidance.getLevel());
				}
			}
		}
		assertEquals(List.of(), empty);
	}

	/**
	 * At level 4 (formalized) every action has to be shown, so a level lists at least as many indicators as
	 * actions: an action an assessor cannot check does not make a level an assessor can confirm.
	 */
	@Test
	void everyLevelFourActionCanBeEvidenced() {
		List<String> unevidenced = new ArrayList<>();
		for (Practice practice : practices()) {
			for (LevelGuidance guidance : practice.getGuidance()) {
				if (guidance.getLevel() == 4 && guidance.getIndicators().size() < guidance.getActions().size()) {
					unevidenced.add(practice.getCode() + " level 4: " + guidance.getActions().size() + " actions, "
							+ guidance.getIndicators().size() + " indicators");
				}
			}
		}
		assertEquals(List.of(), unevidenced);
	}

	/** Wording that says a practice is absent; at level 1 it contradicts the level's own actions. */
	private static final Pattern DEFICIT = Pattern.compile(
			"(?i)\\b(no|not|nobody|none|never|absent|lacks?|lacking|without|only when|only after)\\b");

	/**
	 * Level-1 descriptions reviewed with a deficit phrase that does not deny the level's actions: practice
	 * code, then the phrase found. Each was read against the level's actions and indicators.
	 */
	private static final Map<String, String> REVIEWED_LEVEL_ONE_DEFICITS = Map.of();

	@Test
	void levelOneDescriptionsDoNotDenyTheirOwnActions() {
		List<String> contradictions = new ArrayList<>();
		for (Practice practice : practices()) {
			for (LevelGuidance guidance : practice.getGuidance()) {
				if (guidance.getLevel() != 1) {
					continue;
				}
				var matcher = DEFICIT.matcher(guidance.getDescription());
				while (matcher.find()) {
					String phrase = matcher.group().toLowerCase();
					if (!phrase.equals(REVIEWED_LEVEL_ONE_DEFICITS.get(practice.getCode()))) {
						contradictions.add(practice.getCode() + " level 1 says '" + phrase + "': " + guidance.getDescription());
					}
				}
			}
		}
		assertEquals("", String.join("\n", contradictions),
				"a level-1 description must say what is done, so that level 1 can be told from level 0");
	}

	/** Naming independent or third-party review or an audit as a requirement. */
	private static final Pattern INDEPENDENT_ROUTE = Pattern.compile(
			"(?i)\\b(independent|independently|third-party|third party|audited)\\b");

	/** Other ways of showing that a formalized practice is assured. */
	private static final Pattern OTHER_ROUTE = Pattern.compile(
			"(?i)\\b(internal|peer|management review|self-assessment|second-party)\\b");

	@Test
	void levelFourTextsDoNotMakeIndependentAuditTheOnlyRoute() {
		List<String> onlyRoute = new ArrayList<>();
		for (Practice practice : practices()) {
			for (LevelGuidance guidance : practice.getGuidance()) {
				if (guidance.getLevel() != 4) {
					continue;
				}
				List<String> texts = new ArrayList<>();
				texts.add(guidance.getDescription());
				texts.addAll(guidance.getActions());
				texts.addAll(guidance.getIndicators());
				for (String text : texts) {
					if (INDEPENDENT_ROUTE.matcher(text).find() && !OTHER_ROUTE.matcher(text).find()) {
						onlyRoute.add(practice.getCode() + " level 4: " + text);
					}
				}
			}
		}
		assertEquals("", String.join("\n", onlyRoute),
				"independent review is one way of showing a formalized practice, not the only one");
	}

	/** Phrases that make an indicator checkable only for a whole organisation. */
	private static final Pattern ORGANISATION_WIDE = Pattern.compile(
			"(?i)(every business unit|all sites|organisation-wide|organization-wide|across the organi[sz]ation"
					+ "|fleet-wide|across the fleet|enterprise|all relevant suppliers|all in-scope|for all assets)");

	@Test
	void indicatorsCanBeCheckedForTheElementAssessed() {
		List<String> wide = new ArrayList<>();
		for (Practice practice : practices()) {
			for (LevelGuidance guidance : practice.getGuidance()) {
				for (String indicator : guidance.getIndicators()) {
					if (ORGANISATION_WIDE.matcher(indicator).find()) {
						wide.add(practice.getCode() + " level " + guidance.getLevel() + ": " + indicator);
					}
				}
			}
		}
		assertEquals("", String.join("\n", wide), "targets and findings are set per system, zone or component");
	}

	/** Every text of the catalog itself (general scope), keyed by where it is. */
	private Map<String, String> catalogTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		Catalog smm = catalog();
		texts.put("catalog description", smm.getDescription());
		for (LevelDefinition level : smm.getLevels()) {
			texts.put("level " + level.getLevel() + " definition", level.getDescription());
		}
		smm.getScopes().forEach(scope -> texts.put("scope " + scope.getScope() + " definition", scope.getDescription()));
		for (Domain domain : smm.getDomains()) {
			texts.put(domain.getName(), domain.getDescription());
			for (Subdomain subdomain : domain.getSubdomains()) {
				texts.put(subdomain.getName(), subdomain.getDescription());
				for (Practice practice : subdomain.getPractices()) {
					texts.put(practice.getCode() + " objective", practice.getObjective());
					for (LevelGuidance guidance : practice.getGuidance()) {
						String at = practice.getCode() + " level " + guidance.getLevel();
						texts.put(at + " description", guidance.getDescription());
						for (int i = 0; i < guidance.getActions().size(); i++) {
							texts.put(at + " action " + (i + 1), guidance.getActions().get(i));
						}
						for (int i = 0; i < guidance.getIndicators().size(); i++) {
							texts.put(at + " indicator " + (i + 1), guidance.getIndicators().get(i));
						}
					}
				}
			}
		}
		texts.values().removeIf(text -> text == null);
		return texts;
	}

	private static Pattern wordPattern(String term) {
		boolean acronym = term.equals(term.toUpperCase()) && term.chars().anyMatch(Character::isLetter);
		String word = "\\b" + Pattern.quote(term) + "(s|es)?\\b";
		return acronym ? Pattern.compile(word) : Pattern.compile(word, Pattern.CASE_INSENSITIVE);
	}

	private Catalog catalog() {
		List<Catalog> catalogs = shipped.elements(Catalog.class);
		assertEquals(1, catalogs.size());
		return catalogs.get(0);
	}

	private List<Practice> practices() {
		return catalog().getDomains().stream().flatMap(d -> d.getSubdomains().stream())
				.flatMap(s -> s.getPractices().stream()).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void assertNotBlank(String text, String what) {
		assertNotNull(text, what);
		assertFalse(text.isBlank(), what);
	}
}
