package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.Domain;
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
