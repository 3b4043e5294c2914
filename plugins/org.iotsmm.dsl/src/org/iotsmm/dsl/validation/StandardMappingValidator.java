package org.iotsmm.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;

/**
 * Checks of standards and standards mappings, composed into the language's validator (see
 * {@code GenerateSmm.mwe2}). Unknown requirements are reported by the linker
 * ({@link IssueCodes#UNKNOWN_REQUIREMENT}).
 */
public class StandardMappingValidator extends ComposedSmmValidator {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	@Check
	public void uniqueRequirements(Standard standard) {
		Map<String, Requirement> seen = new HashMap<>();
		for (Requirement requirement : standard.getRequirements()) {
			String id = requirement.getName();
			if (id == null) {
				continue;
			}
			if (id.isBlank()) {
				error("A requirement needs an identifier, as the standard writes it (for example \"GV.OC-01\").",
						requirement, SMM.getNamedElement_Name(), IssueCodes.DUPLICATE_REQUIREMENT);
			} else if (seen.putIfAbsent(id, requirement) != null) {
				error("The requirement '" + id + "' is declared twice in standard " + standard.getName() + " (line "
						+ line(seen.get(id)) + "). Remove one, or correct the identifier.", requirement,
						SMM.getNamedElement_Name(), IssueCodes.DUPLICATE_REQUIREMENT, id);
			}
		}
	}

	/** The same practice, at the same level, mapped twice to one requirement: the second says nothing new. */
	@Check
	public void uniqueMappings(StandardMapping mapping) {
		Map<String, PracticeMapping> seen = new HashMap<>();
		for (PracticeMapping entry : mapping.getEntries()) {
			if (entry.getPractice() == null || entry.getPractice().eIsProxy()) {
				continue;
			}
			for (int i = 0; i < entry.getRequirements().size(); i++) {
				Requirement requirement = entry.getRequirements().get(i);
				if (requirement.eIsProxy()) {
					continue;
				}
				String key = entry.getPractice().getName() + "@" + entry.getLevel() + "->" + requirement.getName();
				PracticeMapping first = seen.putIfAbsent(key, entry);
				if (first != null) {
					error("Practice " + entry.getPractice().getName()
							+ (entry.getLevel() > 0 ? " at level " + entry.getLevel() : "") + " is already mapped to '"
							+ requirement.getName() + "' in this mapping (line " + line(first)
							+ "). Keep one mapping per practice, level and requirement.", entry,
							SMM.getPracticeMapping_Requirements(), i, IssueCodes.DUPLICATE_MAPPING,
							requirement.getName());
				}
			}
		}
	}

	@Check
	public void mappingLevel(PracticeMapping entry) {
		boolean written = !NodeModelUtils.findNodesForFeature(entry, SMM.getPracticeMapping_Level()).isEmpty();
		if (written && (entry.getLevel() < 1 || entry.getLevel() > 4)) {
			error("Level " + entry.getLevel() + " is out of range for a mapping: comprehensiveness levels run from 1 to 4;"
					+ " leave the level out when the mapping holds at any level.", SMM.getPracticeMapping_Level(),
					IssueCodes.LEVEL_OUT_OF_RANGE, Integer.toString(entry.getLevel()), "1"); // the lowest level allowed, for the quick fix
		}
	}

	private static int line(org.eclipse.emf.ecore.EObject object) {
		var node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
