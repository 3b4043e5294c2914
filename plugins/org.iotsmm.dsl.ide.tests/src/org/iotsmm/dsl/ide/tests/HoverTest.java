package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hovering practices and levels shows the catalog's guidance for the level in question. */
class HoverTest extends SmmLanguageServerTest {

	private static final String MODEL = """
			system Demo uses catalog SMM version 1.2 {
			  stakeholder Ana role assessor
			  gateway Gw
			  target Year1 {
			    practice <T>ThreatModeling level 3 on Gw because <B>"The gateway is exposed"
			    subdomain <S>ThreatModeling level 2
			  }
			  assessment Now date 2025-01-10 by Ana against Year1 {
			    practice ThreatModeling <L>level <N>1
			      evidence document "Sketch of the network" shows indicators 1, <I>2
			  }
			  plan Road for Year1 {
			    step practice <P>ThreatModeling to level 2
			  }
			}
			""";

	private String hover(String mark) {
		String[] result = new String[1];
		testHover(it -> {
			String snippet = MODEL.replace(mark, CURSOR).replaceAll("<[A-Z]>", "");
			atCursor(it, snippet);
			it.setAssertHover((Hover hover) -> result[0] = hover.getContents() == null ? ""
					: hover.getContents().isRight() ? hover.getContents().getRight().getValue()
							: hover.getContents().getLeft().toString());
		});
		return result[0];
	}

	@Test
	void practiceInATargetEntryShowsTheTargetLevel() {
		String hover = hover("<T>");
		assertTrue(hover.startsWith("**Threat Modeling** (practice `ThreatModeling`, code `TM`) in Governance"), hover);
		assertTrue(hover.contains("*Objective:* Identify and analyse threats, attack surfaces"), hover);
		assertTrue(hover.contains("### Level 3 \u2014 Consistent"), hover);
		assertTrue(hover.contains("One defined method is used for all systems"), "level 3 description: " + hover);
		assertTrue(hover.contains("- Adopt one documented method and template"), "level 3 action: " + hover);
		assertTrue(hover.contains("- Requirements and test plans trace back to threats."), "level 3 indicator: " + hover);
		assertFalse(hover.contains("Threat models exist for the main systems"), "not level 2: " + hover);
	}

	@Test
	void indicatorNumberOfEvidenceShowsThatIndicator() {
		String hover = hover("<I>");
		assertTrue(hover.contains("Indicator 2 of 2") && hover.contains("ThreatModeling level 1"), hover);
		assertTrue(hover.contains("An architecture sketch shows the external interfaces."), hover);
	}

	@Test
	void levelKeywordOfAFindingShowsThatLevel() {
		assertShowsLevel1("<L>");
	}

	@Test
	void levelNumberOfAFindingShowsThatLevel() {
		assertShowsLevel1("<N>");
	}

	private void assertShowsLevel1(String mark) {
		String hover = hover(mark);
		assertTrue(hover.contains("### Level 1 \u2014 Minimum"), mark + ": " + hover);
		assertTrue(hover.contains("Threats are considered informally"), mark + ": " + hover);
		assertTrue(hover.contains("- Hold a workshop to list obvious threats"), mark + ": " + hover);
		assertFalse(hover.contains("One defined method"), mark + ": " + hover);
	}

	@Test
	void practiceOfAPlannedStepShowsTheLevelToReach() {
		String hover = hover("<P>");
		assertTrue(hover.contains("### Level 2 \u2014 AdHoc"), hover);
		assertTrue(hover.contains("- Apply a simple method such as STRIDE"), hover);
	}

	@Test
	void subdomainShowsItsDescriptionAndTheLevelDefinition() {
		String hover = hover("<S>");
		assertTrue(hover.startsWith("**Threat Modeling** (subdomain `ThreatModeling`) in Governance"), hover);
		assertTrue(hover.contains("### Level 2 \u2014 AdHoc"), hover);
		assertTrue(hover.contains("Applied where it matters most, mostly in response to events"), hover);
	}

	@Test
	void rationaleTextShowsNoGuidance() {
		Assertions.assertEquals("", hover("<B>"));
	}
}
