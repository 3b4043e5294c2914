package org.iotsmm.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.SmmPackage;

/**
 * Checks that tie evidence to the catalog indicators of the level a finding claims, composed into
 * the language's validator (see {@code GenerateSmm.mwe2}). An evidence item names indicators by
 * their ordinal (1-based) among the {@code indicator} entries of the finding's practice at the
 * finding's level.
 * <p>
 * Level 3 and 4 are argued from records, so a finding at those levels whose evidence shows none of
 * the level's indicators is warned about (the finding without any evidence is already an error).
 */
public class EvidenceValidator extends ComposedSmmValidator {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	/** Lowest level whose findings should show at least one indicator of their level. */
	public static final int INDICATOR_LINK_FROM_LEVEL = SmmValidator.EVIDENCE_REQUIRED_FROM_LEVEL;

	/**
	 * The indicators the catalog gives for the finding's practice at the finding's level; empty
	 * when the practice is unresolved or the level has no guidance.
	 */
	public static List<String> indicatorsOfClaimedLevel(Finding finding) {
		Practice practice = finding.getPractice();
		if (practice == null || practice.eIsProxy()) {
			return List.of();
		}
		for (LevelGuidance guidance : practice.getGuidance()) {
			if (guidance.getLevel() == finding.getLevel()) {
				return guidance.getIndicators();
			}
		}
		return List.of();
	}

	@Check
	public void knownIndicators(Evidence evidence) {
		if (evidence.getIndicators().isEmpty() || !(evidence.eContainer() instanceof Finding finding)) {
			return;
		}
		Practice practice = finding.getPractice();
		if (practice == null || practice.eIsProxy()) {
			return; // the unresolved practice is reported by the linker
		}
		int available = indicatorsOfClaimedLevel(finding).size();
		for (int i = 0; i < evidence.getIndicators().size(); i++) {
			int ordinal = evidence.getIndicators().get(i);
			if (ordinal >= 1 && ordinal <= available) {
				continue;
			}
			String has = available == 0 ? "has no indicators at level " + finding.getLevel()
					: "has " + available + " indicator" + (available == 1 ? "" : "s") + " at level " + finding.getLevel()
							+ " (numbered 1 to " + available + ")";
			error("Indicator " + ordinal + " does not exist: practice " + label(practice) + " " + has
					+ ". Name the indicators of the claimed level by their number in the catalog"
					+ (available == 0 ? ", or remove 'shows'." : " (hover a number to see its text)."),
					evidence, SMM.getEvidence_Indicators(), i, IssueCodes.UNKNOWN_INDICATOR);
		}
	}

	@Check
	public void levelShownByIndicators(Finding finding) {
		if (finding.getLevel() < INDICATOR_LINK_FROM_LEVEL || finding.getEvidence().isEmpty()) {
			return;
		}
		int available = indicatorsOfClaimedLevel(finding).size();
		if (available == 0) {
			return; // nothing the evidence could show
		}
		boolean shown = finding.getEvidence().stream().flatMap(e -> e.getIndicators().stream())
				.anyMatch(ordinal -> ordinal >= 1 && ordinal <= available);
		if (!shown) {
			warning("The evidence of practice " + label(finding.getPractice()) + " at level " + finding.getLevel()
					+ " shows none of that level's " + available + " catalog indicator" + (available == 1 ? "" : "s")
					+ ": add 'shows indicators N, ...' to the evidence item that shows them (numbers 1 to " + available
					+ ", as listed in the catalog and the hover), add evidence that does, or lower the level.",
					finding, SMM.getFinding_Level(), IssueCodes.NO_INDICATOR_EVIDENCED);
		}
	}

	private static String label(Practice practice) {
		return practice.getTitle() != null ? practice.getName() + " (" + practice.getTitle() + ")" : practice.getName();
	}
}
