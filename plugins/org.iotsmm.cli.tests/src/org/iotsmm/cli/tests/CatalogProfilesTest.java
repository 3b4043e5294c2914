package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** smm catalog --profile: every shipped profile prints its considerations and its rules. */
class CatalogProfilesTest {

	@ParameterizedTest
	@ValueSource(strings = { "Manufacturing", "RetailPOS", "ConsumerIoT", "HealthcareDevices" })
	void everyShippedProfilePrintsConsiderationsAndRules(String profile) {
		Run run = Run.smm("catalog", "--profile", profile);
		assertEquals(0, run.code(), run.toString());
		assertTrue(run.out().contains("        [" + profile + "] "), "considerations of " + profile);
		assertTrue(run.out().contains("RULES of profile " + profile + " (the profile's own heuristics"), run.out());
	}

	@Test
	void theManufacturingRuleIsPrintedAsWritten() {
		Run run = Run.smm("catalog", "--profile", "Manufacturing");
		assertTrue(run.out().contains("    when zone property \"SL-T\" >= 3\n"), run.out());
		assertTrue(run.out().contains("    expect target level >= 3 for AccessControl, AssetChangeConfigurationManagement, "
				+ "DataProtectionControls, PatchManagement, MonitoringPractices\n"), run.out());
	}

	@Test
	void anUnknownProfileListsTheShippedOnes() {
		Run run = Run.smm("catalog", "--profile", "Aviation");
		assertEquals(2, run.code(), run.toString());
		assertTrue(run.err().contains("unknown profile 'Aviation'; available: Manufacturing, RetailPOS, ConsumerIoT, HealthcareDevices"),
				run.err());
	}
}
