package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.ide.SmmIdeSetup;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ide.fixes.QuickFixes;
import org.iotsmm.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Every quick fix the workbench (Ctrl+1, the Problems view) and the language server (code actions)
 * offer, applied to the text it was offered for: the problem it names is gone afterwards and nothing else breaks.
 */
class QuickFixesTest {

	private static final Injector INJECTOR = new SmmIdeSetup().createInjectorAndDoEMFRegistration();

	/** {@code %s} marks where each test puts its mistake. */
	private static final String PLANT = """
			system Plant "A small plant" uses catalog SMM version 1.2 {
			  stakeholder Olga "Owner" role business
			  zone Floor "Shop floor" {
			    controller LinePLC "Line controller"
			    gateway Edge "Edge gateway"
			  }
			  zone Office "Office" {
			    gateway Edge "Office gateway"
			  }
			  flow Data: LinePLC -> Floor.Edge protocol "OPC UA"
			  target Year1 "First year" {
			    practice AccessControl level 2 on Floor
			  }
			  %s
			}
			""";

	/** A catalog of one domain and subdomain; {@code %s} marks its practices. */
	private static final String MINI_CATALOG = """
			catalog Mini version 1.0 "A catalog of our own" {
			  domain Governance "Governance" {
			    subdomain Policy "Policy" {
			      %s
			    }
			  }
			}
			""";

	@Test
	void anUnknownPracticeIsChangedToTheNearestName() throws IOException {
		String text = PLANT.formatted("target Year2 \"Second year\" {\n    practice AccesControl level 3\n  }");
		assertFixed(text, IssueCodes.UNKNOWN_REFERENCE, "Change to 'AccessControl'", "practice AccessControl level 3");
	}

	@Test
	void anAmbiguousComponentIsQualified() throws IOException {
		String text = PLANT.formatted("flow Back: Edge -> LinePLC");
		assertFixed(text, IssueCodes.AMBIGUOUS_REFERENCE, "Qualify as 'Floor.Edge'", "flow Back: Floor.Edge -> LinePLC");
	}

	@Test
	void aLevelThreeFindingWithoutEvidenceGetsAnEvidenceSkeleton() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 against Year1 {\n    practice AccessControl level 3 on Floor\n  }");
		assertFixed(text, IssueCodes.EVIDENCE_REQUIRED, "Add an evidence skeleton", "evidence \"What shows the practice at this level\"");
	}

	@Test
	void aLevelThreeFindingWithANoteGetsTheEvidenceSkeletonBeforeTheNote() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 against Year1 {\n    practice AccessControl level 3 on Floor\n"
				+ "      note \"Reviewed on site.\"\n  }");
		assertFixed(text, IssueCodes.EVIDENCE_REQUIRED, "Add an evidence skeleton", "dated " + LocalDate.now() + "\n      note");
	}

	@Test
	void aDuplicateNameGetsAFreeOne() throws IOException {
		String text = PLANT.formatted("zone Floor \"Second floor\" {\n  }");
		assertFixed(text, IssueCodes.DUPLICATE_NAME, "Rename to 'Floor2'", "zone Floor2 \"Second floor\"");
	}

	@Test
	void aLevelAboveFourBecomesFour() throws IOException {
		String text = PLANT.formatted("target Year2 \"Second year\" {\n    practice ThreatModeling level 7\n  }");
		assertFixed(text, IssueCodes.LEVEL_OUT_OF_RANGE, "Change to level 4", "practice ThreatModeling level 4");
	}

	@Test
	void aDateInTheFutureBecomesToday() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2999-01-01 against Year1 {\n  }");
		assertFixed(text, IssueCodes.FUTURE_DATE, "Change to today (" + LocalDate.now() + ")", "date " + LocalDate.now() + " against");
	}

	@Test
	void anAssessmentWithoutTargetSetIsMeasuredAgainstOne() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 {\n  }");
		assertFixed(text, IssueCodes.MISSING_TARGET_SET, "Add 'against Year1'", "date 2026-03-02 against Year1 {");
	}

	@Test
	void aCatalogVersionThatIsNotAvailableBecomesTheAvailableOne() throws IOException {
		// the scope offers only catalogs of the version written, so the name is what is reported
		String text = PLANT.formatted("").replace("SMM version 1.2", "SMM version 1.1");
		assertFixed(text, IssueCodes.UNKNOWN_REFERENCE, "Change to version 1.2", "uses catalog SMM version 1.2 {");
	}

	/**
	 * The same fix on the validator's version-mismatch issue (on the version), reported when a
	 * catalog was linked without the scope's version filter. Linking here always filters, so the
	 * issue is made as the validator makes it.
	 */
	@Test
	void aVersionMismatchOffersTheAvailableVersion() throws IOException {
		String text = PLANT.formatted("").replace("SMM version 1.2", "SMM version 1.1");
		int version = text.indexOf("SMM version 1.1") + "SMM version ".length();
		Issue.IssueImpl mismatch = new Issue.IssueImpl();
		mismatch.setCode(IssueCodes.VERSION_MISMATCH);
		mismatch.setSeverity(org.eclipse.xtext.diagnostics.Severity.ERROR);
		mismatch.setOffset(version);
		mismatch.setLength(3);
		assertEquals(List.of(new Fix("Change to version 1.2", version, 3, "1.2")), QuickFixes.of(parse(text), mismatch));
	}

	@Test
	void aCountOfZeroBecomesOne() throws IOException {
		String text = PLANT.formatted("controller Spare \"Spare controller\" count 0");
		assertFixed(text, IssueCodes.COUNT_NOT_POSITIVE, "Change the count to 1", "controller Spare \"Spare controller\" count 1");
	}

	@Test
	void aDuplicateTargetIsRemovedWithItsLine() throws IOException {
		String text = PLANT.formatted("target Year2 \"Second year\" {\n    practice ThreatModeling level 2\n    practice ThreatModeling level 3\n  }");
		assertFixed(text, IssueCodes.DUPLICATE_TARGET, "Remove this duplicate target (line 16)",
				"target Year2 \"Second year\" {\n    practice ThreatModeling level 2\n  }");
	}

	@Test
	void aDuplicateFindingIsRemovedWithItsLines() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 against Year1 {\n    practice AccessControl level 1 on Floor\n"
				+ "    practice AccessControl level 2 on Floor\n      evidence \"Access list reviewed\"\n  }");
		assertFixed(text, IssueCodes.DUPLICATE_FINDING, "Remove this duplicate finding (line 16)",
				"against Year1 {\n    practice AccessControl level 1 on Floor\n  }");
	}

	@Test
	void aTargetedPracticeWithoutFindingGetsALevelZeroOne() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 against Year1 {\n  }");
		assertFixed(text, IssueCodes.TARGET_WITHOUT_FINDING, "Add a finding for AccessControl (level 0, not assessed yet)",
				"against Year1 {\n    practice AccessControl level 0 note \"Not assessed yet.\"\n  }");
	}

	@Test
	void aTargetBelowTheProfileRuleIsRaised() throws IOException {
		String text = """
				system Plant "A small plant" uses catalog SMM version 1.2 profile Manufacturing version 1.0 {
				  zone Floor "Shop floor" {
				    property "SL-T" = "3"
				    controller LinePLC "Line controller"
				  }
				  target Year1 "First year" {
				    practice AccessControl level 2 on Floor
				    practice AssetChangeConfigurationManagement level 3 on Floor
				    practice DataProtectionControls level 3 on Floor
				    practice PatchManagement level 3 on Floor
				    practice MonitoringPractices level 3 on Floor
				  }
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_RULE, "Raise to level 3 (rule SlT3Zones)", "practice AccessControl level 3 on Floor");
	}

	@Test
	void aSystemUsesTheCatalogItsProfileExtends() throws IOException {
		String text = """
				catalog Mini version 1.0 "A catalog of our own" {
				}
				system Plant "A small plant" uses catalog Mini version 1.0 profile Manufacturing version 1.0 {
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_CATALOG_MISMATCH, "Use catalog SMM version 1.2, which profile Manufacturing extends",
				"uses catalog SMM version 1.2 profile Manufacturing");
	}

	@Test
	void anUnknownRequirementIsChangedToTheNearestOneQuoted() throws IOException {
		String text = """
				mapping Ours version 1.0 from catalog SMM version 1.2 to standard ETSI_EN_303_645 version 2.1.1 {
				  practice AccessControl supports "5.13-1A"
				}
				""";
		assertFixed(text, IssueCodes.UNKNOWN_REQUIREMENT, "Change to '5.13-1a'", "practice AccessControl supports \"5.13-1a\"");
	}

	@Test
	void aRequirementDeclaredTwiceIsRemoved() throws IOException {
		String text = """
				standard Ours version 1.0 "Our own requirements" {
				  requirement "A-1" "Accounts are personal"
				  requirement "A-1" "Accounts are personal, again"
				}
				""";
		assertFixed(text, IssueCodes.DUPLICATE_REQUIREMENT, "Remove this duplicate requirement (line 3)",
				"\"Accounts are personal\"\n}");
	}

	@Test
	void anIndicatorBeyondTheLevelsBecomesTheLastOne() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 against Year1 {\n    practice AccessControl level 2 on Floor\n"
				+ "      evidence \"Firewall rules reviewed\" shows indicator 9\n  }");
		assertFixed(text, IssueCodes.UNKNOWN_INDICATOR, "Change to indicator 2 (of 2 at level 2)", "shows indicator 2");
	}

	@Test
	void aControlCharacterIsRemoved() throws IOException {
		String text = PLANT.formatted("stakeholder Bea \"Be\u0007a\" role business");
		assertFixed(text, IssueCodes.CONTROL_CHARACTER, "Remove the control character", "stakeholder Bea \"Bea\" role business");
	}

	@Test
	void aFlowToItselfIsRemovedWithItsLine() throws IOException {
		String text = PLANT.formatted("flow Loop: LinePLC -> LinePLC protocol \"Modbus\"");
		assertFixed(text, IssueCodes.FLOW_TO_ITSELF, "Remove the flow from LinePLC to itself (line 14)", "on Floor\n  }\n}\n");
	}

	@Test
	void aRequirementMappedTwiceIsRemovedFromTheLineWithItsComma() throws IOException {
		String text = """
				mapping Ours version 1.0 from catalog SMM version 1.2 to standard ETSI_EN_303_645 version 2.1.1 {
				  practice AccessControl supports "5.1-1"
				  practice AccessControl supports "5.1-1", "5.1-2"
				}
				""";
		assertFixed(text, IssueCodes.DUPLICATE_MAPPING, "Remove the repeated \"5.1-1\" from this mapping",
				"supports \"5.1-1\"\n  practice AccessControl supports \"5.1-2\"\n}");
	}

	/** A mapping's level 0 becomes 1 (before, the issue did not say 1 was the lowest, and no fix was offered). */
	@Test
	void aMappingAtLevelZeroIsRaisedToOne() throws IOException {
		String text = """
				mapping Ours version 1.0 from catalog SMM version 1.2 to standard ETSI_EN_303_645 version 2.1.1 {
				  practice AccessControl level 0 supports "5.1-1"
				}
				""";
		assertFixed(text, IssueCodes.LEVEL_OUT_OF_RANGE, "Change to level 1", "practice AccessControl level 1 supports");
	}

	@Test
	void aMappingLineMappedBeforeIsRemoved() throws IOException {
		String text = """
				mapping Ours version 1.0 from catalog SMM version 1.2 to standard ETSI_EN_303_645 version 2.1.1 {
				  practice AccessControl supports "5.1-1", "5.1-2"
				  practice AccessControl partial "5.1-2", "5.1-1"
				}
				""";
		assertFixed(text, IssueCodes.DUPLICATE_MAPPING, "Remove this duplicate mapping (line 3)", "\"5.1-1\", \"5.1-2\"\n}");
	}

	@Test
	void aGuidanceLevelGivenTwiceIsRemovedWithItsLines() throws IOException {
		String text = MINI_CATALOG.formatted("""
				practice Owners "Owners" {
				        level 1 {
				          indicator "An owner is named."
				        }
				        level 1 {
				          indicator "An owner is named, again."
				        }
				      }""");
		assertFixed(text, IssueCodes.DUPLICATE_GUIDANCE_LEVEL, "Remove this duplicate guidance level (line 8)",
				"\"An owner is named.\"\n        }\n      }");
	}

	@Test
	void aGuidanceLevelGivenTwiceIsMergedIntoTheFirstBlock() throws IOException {
		String text = MINI_CATALOG.formatted("""
				practice Owners "Owners" {
				        level 1 {
				          description "Someone owns it."
				          indicator "An owner is named."
				        }
				        level 2 {
				          indicator "The owner reviews it."
				        }
				        level 1 {
				          action "Name an owner."
				          indicator "An owner  is named."
				          indicator "The owner is told."
				        }
				      }""");
		assertFixed(text, IssueCodes.DUPLICATE_GUIDANCE_LEVEL, "Merge into the level 1 guidance of line 5 (adds 1 action, indicator 2)",
				"""
				practice Owners "Owners" {
				        level 1 {
				          description "Someone owns it."
				          action "Name an owner."
				          indicator "An owner is named."
				          indicator "The owner is told."
				        }
				        level 2 {
				          indicator "The owner reviews it."
				        }
				      }
				""");
	}

	@Test
	void aGuidanceLevelGivenTwiceWithAnotherDescriptionIsOnlyRemoved() throws IOException {
		String text = MINI_CATALOG.formatted("""
				practice Owners "Owners" {
				        level 1 { description "Someone owns it." }
				        level 1 { description "Everything has an owner." indicator "An owner is named." }
				      }""");
		assertFixed(text, IssueCodes.DUPLICATE_GUIDANCE_LEVEL, "Remove this duplicate guidance level (line 6) with all it says: its "
				+ "description differs from that of line 5, so the blocks cannot be merged",
				"level 1 { description \"Someone owns it.\" }\n      }");
	}

	@Test
	void aPrerequisiteThatClosesACycleIsRemoved() throws IOException {
		String text = MINI_CATALOG.formatted("""
				practice Alpha "Alpha" {
				        requires Beta, Gamma
				      }
				      practice Beta "Beta" {
				        requires Alpha
				      }
				      practice Gamma "Gamma" {
				      }""");
		assertFixed(text, IssueCodes.REQUIRES_CYCLE, "Remove the prerequisite Beta", "practice Alpha \"Alpha\" {\n        requires Gamma\n");
	}

	@Test
	void aProfileInAnExtensionCycleExtendsTheCatalogInstead() throws IOException {
		String text = """
				profile Ours version 1.0 extends profile Theirs version 1.0 {
				}
				profile Theirs version 1.0 extends profile Ours version 1.0 {
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_CYCLE, "Extend catalog SMM version 1.2 instead",
				"profile Theirs version 1.0 extends catalog SMM version 1.2 {");
	}

	@Test
	void aLevelThreeFindingShowingNoIndicatorGetsEvidenceThatDoes() throws IOException {
		String text = PLANT.formatted("assessment Check \"Check\" date 2026-03-02 against Year1 {\n    practice AccessControl level 3 on Floor\n"
				+ "      evidence \"Firewall rules reviewed\"\n      note \"Reviewed on site.\"\n  }");
		assertFixed(text, IssueCodes.NO_INDICATOR_EVIDENCED, "Add evidence showing indicator 2 (Access review records show rights being\u2026)",
				"evidence \"Firewall rules reviewed\"\n      evidence \"What shows indicator 2\" ref \"Where the record is\" dated "
						+ LocalDate.now() + " shows indicator 2\n      note");
	}

	@Test
	void aComponentNoTargetCoversIsAddedToATarget() throws IOException {
		String text = PLANT.formatted("");
		assertFixed(text, IssueCodes.COMPONENT_NOT_COVERED, "Add Office.Edge to the AccessControl target (line 12)",
				"practice AccessControl level 2 on Floor, Office.Edge\n");
	}

	@Test
	void aFlowRuleExpectingTargetsIsMadeAZoneRule() throws IOException {
		String text = """
				profile Ours version 1.0 extends catalog SMM version 1.2 {
				  rule HighZones {
				    when flow tagged "dmz"
				    expect target level >= 3 for AccessControl
				  }
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_RULE_INVALID, "Change to 'when zone'", "when zone tagged \"dmz\"\n");
	}

	/** A rule asking for level 0 asks for nothing: the fix makes it 1 (before, the issue did not say 1 was the lowest, and no fix was offered). */
	@Test
	void aRuleExpectingLevelZeroIsRaisedToOne() throws IOException {
		String text = """
				profile Ours version 1.0 extends catalog SMM version 1.2 {
				  rule HighZones {
				    when zone tagged "dmz"
				    expect target level >= 0 for AccessControl
				  }
				}
				""";
		assertFixed(text, IssueCodes.LEVEL_OUT_OF_RANGE, "Change to level 1", "expect target level >= 1 for AccessControl\n");
	}

	@Test
	void aComponentRuleExpectingEncryptionIsMadeAFlowRule() throws IOException {
		String text = """
				profile Ours version 1.0 extends catalog SMM version 1.2 {
				  rule CardData {
				    when component carries "card data"
				    expect encrypted authenticated
				  }
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_RULE_INVALID, "Change to 'when flow'", "when flow carries \"card data\"\n");
	}

	@Test
	void aTagConditionOfAFlowRuleBecomesTheDataClassItCarries() throws IOException {
		String text = """
				profile Ours version 1.0 extends catalog SMM version 1.2 {
				  rule CardData {
				    when flow tagged 'card data'
				    expect encrypted
				  }
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_RULE_INVALID, "Change to 'carries \"card data\"'", "when flow carries 'card data'\n");
	}

	@Test
	void aDataClassConditionOfAZoneRuleBecomesATag() throws IOException {
		String text = """
				profile Ours version 1.0 extends catalog SMM version 1.2 {
				  rule PaymentZones {
				    when zone carries "card data" and tagged "pos"
				    expect target level >= 3 for AccessControl
				  }
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_RULE_INVALID, "Change to 'tagged \"card data\"'", "when zone tagged \"card data\" and tagged \"pos\"\n");
	}

	@Test
	void aComparedPropertyWithOneNumberInItBecomesThatNumber() throws IOException {
		String text = """
				profile Ours version 1.0 extends catalog SMM version 1.2 {
				  rule HighZones {
				    when zone property "SL-T" >= 3
				    expect target level >= 3 for AccessControl
				  }
				}
				system Plant "A small plant" uses catalog SMM version 1.2 profile Ours version 1.0 {
				  zone Floor "Shop floor" {
				    property "SL-T" = "SL 3 (target)"
				  }
				  target Year1 "First year" {
				    practice AccessControl level 3 on Floor
				  }
				}
				""";
		assertFixed(text, IssueCodes.PROFILE_RULE_PROPERTY_NOT_A_NUMBER, "Change the value to \"3\" (rule HighZones compares it as a number)",
				"property \"SL-T\" = \"3\"\n");
	}

	/**
	 * An issue of {@code code} in {@code text} offers {@code label}; applied, no issue of that code is left, the text reads {@code expected}, and no
	 * error has appeared that was not there before.
	 */
	private static void assertFixed(String text, String code, String label, String expected) throws IOException {
		List<Issue> before = issues(text);
		List<Issue> ofCode = before.stream().filter(i -> code.equals(i.getCode())).toList();
		if (ofCode.isEmpty()) {
			throw new AssertionError("no " + code + " in " + messages(before));
		}
		XtextResource resource = parse(text);
		List<Fix> offered = new java.util.ArrayList<>();
		Fix fix = null;
		for (Issue issue : ofCode) { // the last issue offering the label: the one the test wrote
			for (Fix candidate : QuickFixes.of(resource, issue)) {
				offered.add(candidate);
				fix = candidate.label().equals(label) ? candidate : fix;
			}
		}
		if (fix == null) {
			throw new AssertionError(label + " not among " + offered.stream().map(Fix::label).toList());
		}
		String fixed = text.substring(0, fix.offset()) + fix.text() + text.substring(fix.offset() + fix.length());
		assertTrue(fixed.contains(expected), fixed);
		List<Issue> after = issues(fixed);
		assertFalse(after.stream().anyMatch(i -> code.equals(i.getCode())), messages(after));
		java.util.Set<String> earlier = new java.util.HashSet<>(errors(before));
		assertEquals(List.of(), errors(after).stream().filter(e -> !earlier.contains(e)).toList(), "errors the fix brought");
	}

	private static List<String> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(i -> i.getCode() + ": " + i.getMessage()).toList();
	}

	private static List<Issue> issues(String text) throws IOException {
		return INJECTOR.getInstance(IResourceValidator.class).validate(parse(text), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static XtextResource parse(String text) throws IOException {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/plant.smm"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	private static String messages(List<Issue> issues) {
		return issues.stream().map(i -> i.getCode() + ": " + i.getMessage()).toList().toString();
	}
}
