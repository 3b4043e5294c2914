package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Completion proposals at the positions where a .smm author needs them most. */
class ContentAssistTest extends SmmLanguageServerTest {

	private static final String HEAD = """
			system Demo uses catalog SMM version 1.2 {
			  stakeholder Ana "Plant manager" role business
			  stakeholder Bo role assessor
			  zone Plant "Plant floor" {
			    gateway Gw "Edge gateway"
			    controller Plc
			  }
			  zone Office {
			    controller Plc
			  }
			  device Cam "Camera"
			""";

	private Map<String, CompletionItem> complete(String snippet) {
		Map<String, CompletionItem>[] result = new Map[1];
		testCompletion(it -> {
			atCursor(it, snippet);
			it.setAssertCompletionList((CompletionList list) -> result[0] = list.getItems().stream()
					.collect(Collectors.toMap(CompletionItem::getLabel, item -> item, (a, b) -> a)));
		});
		return result[0];
	}

	@Test
	void evidenceKindsAfterEvidence() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				    practice ThreatModeling level 1
				  }
				  assessment Now date 2025-01-10 by Bo against Year1 {
				    practice ThreatModeling level 1
				      evidence <|>
				  }
				}
				""");
		for (String kind : List.of("document", "interview", "observation", "test", "configuration", "sample")) {
			assertTrue(items.containsKey(kind), kind + " proposed: " + items.keySet());
		}
		assertFalse(items.containsKey("unspecified"), "the model's default is not a kind to write");
	}

	/** Before, the open title took the brace, and inside the zone the system's statements were proposed. */
	@Test
	void insideAZoneWhoseTitleIsLeftOpen() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  zone Lab "Test lab {
				    <|>
				  }
				}
				""");
		assertTrue(items.containsKey("sensor"), items.keySet().toString());
		assertFalse(items.containsKey("stakeholder"), items.keySet().toString());
		assertFalse(items.containsKey("target"), items.keySet().toString());
	}

	@Test
	void practiceInATargetEntryWhileTyping() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				    practice <|>
				  }
				}
				""");
		assertTrue(items.containsKey("ThreatModeling"), items.keySet().toString());
		assertTrue(items.containsKey("PatchManagement"), items.keySet().toString());
		Assertions.assertEquals(18, items.size(), "the 18 practices of SMM 1.2, each once: " + items.keySet());
		assertFalse(items.containsKey("Governance"), "a domain is not a practice");
		assertFalse(items.containsKey("TM"), "codes are not proposed next to names");
		assertFalse(items.containsKey("Governance.ThreatModeling"), "qualified names only after a '.'");
		CompletionItem item = items.get("ThreatModeling");
		Assertions.assertEquals("Threat Modeling \u00b7 Governance", item.getDetail(), "a practice's title and its domain");
		assertTrue(item.getDocumentation().getLeft().startsWith("Identify and analyse threats"),
				item.getDocumentation().toString());
	}

	@Test
	void practiceBeforeAnExistingName() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				    practice <|>AccessControl level 2
				  }
				}
				""");
		Assertions.assertEquals(18, items.size(), items.keySet().toString());
		assertTrue(items.containsKey("AccessControl"));
	}

	@Test
	void subdomainEntriesProposeOnlySubdomains() {
		Map<String, CompletionItem> subdomains = complete(HEAD + """
				  target Year1 {
				    subdomain <|>
				  }
				}
				""");
		Assertions.assertEquals(9, subdomains.size(), subdomains.keySet().toString());
		assertTrue(subdomains.containsKey("ThreatModeling"), "the subdomain of that name");
		Assertions.assertEquals("Threat Modeling \u00b7 Governance", subdomains.get("ThreatModeling").getDetail());
		assertFalse(subdomains.containsKey("AccessControl"), "a practice is not a subdomain");
	}

	@Test
	void domainEntriesProposeOnlyDomains() {
		Map<String, CompletionItem> domains = complete(HEAD + """
				  target Year1 {
				    domain <|>
				  }
				}
				""");
		Assertions.assertEquals(List.of("Enablement", "Governance", "Hardening"), domains.keySet().stream().sorted().toList());
	}

	@Test
	void qualifiedPracticeNamesAfterADot() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				    practice Hardening.<|>
				  }
				}
				""");
		assertTrue(items.containsKey("Hardening.PatchManagement"), items.keySet().toString());
		assertFalse(items.containsKey("Governance.ThreatModeling"), items.keySet().toString());
	}

	@Test
	void practiceInAFinding() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				    practice ThreatModeling level 2
				  }
				  assessment Now date 2025-01-10 against Year1 {
				    practice <|>
				  }
				}
				""");
		Assertions.assertEquals(18, items.size(), items.keySet().toString());
		assertTrue(items.containsKey("ThreatModeling"));
	}

	@Test
	void zonesAndComponentsAfterOn() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				    practice ThreatModeling level 2 on <|>
				  }
				}
				""");
		assertTrue(items.keySet().containsAll(List.of("Plant", "Office", "Gw", "Cam")), items.keySet().toString());
		assertFalse(items.containsKey("Plc"), "ambiguous: only by path");
		assertTrue(items.keySet().containsAll(List.of("Plant.Plc", "Office.Plc")), items.keySet().toString());
		assertFalse(items.containsKey("Plant.Gw"), "a unique component is proposed by its simple name");
		assertFalse(items.containsKey("Ana"), "a stakeholder is not an architecture element");
		Assertions.assertEquals("Edge gateway", items.get("Gw").getDetail());
	}

	@Test
	void stakeholdersAfterOwner() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 owner <|>{
				  }
				}
				""");
		assertTrue(items.keySet().containsAll(List.of("Ana", "Bo")), items.keySet().toString());
		assertFalse(items.containsKey("Plant"), items.keySet().toString());
		Assertions.assertEquals("Plant manager", items.get("Ana").getDetail());
	}

	@Test
	void targetSetsAfterAgainst() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  target Year1 {
				  }
				  target Year2 {
				  }
				  assessment Now date 2025-01-10 against <|>{
				  }
				}
				""");
		assertTrue(items.keySet().containsAll(List.of("Year1", "Year2")), items.keySet().toString());
	}

	@Test
	void keywordsInASystemBody() {
		Map<String, CompletionItem> items = complete(HEAD + """
				  <|>
				}
				""");
		assertTrue(items.keySet().containsAll(List.of("zone", "stakeholder", "target", "assessment", "plan", "flow",
				"gateway", "controller", "service")), items.keySet().toString());
		assertFalse(items.containsKey("catalog"), items.keySet().toString());
	}
}
