package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.validation.EvidenceValidator;
import org.iotsmm.dsl.validation.ProfileRuleValidator;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.StandardMapping;
import org.iotsmm.smm.TargetEntry;

/**
 * Fixes of entries (targets, findings, requirements, mappings) and flows: remove
 * a duplicate (from a mapping line, the repeated requirement) or a flow from a component to
 * itself, add the finding an assessment lacks for a targeted practice, raise a target to the level
 * a profile rule asks for, bring an evidence's indicator number into the range of the claimed
 * level, add evidence that shows one of the claimed level's indicators.
 */
final class EntryFixes {

	/** Indicators of the claimed level offered an evidence skeleton each. */
	private static final int INDICATOR_SKELETONS = 3;

	private EntryFixes() {
	}

	/** Removes the entry or finding the issue is on (the later of the two), with its lines when it has them to itself. */
	static List<Fix> removeDuplicate(XtextResource resource, Issue issue, Class<? extends EObject> type, String what) {
		EObject entry = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), type);
		return entry == null ? List.of() : List.of(removal(resource, entry, "Remove this duplicate " + what));
	}

	/** Removes the flow the issue is on, with its line when it has it to itself. */
	static List<Fix> removeFlow(XtextResource resource, Issue issue) {
		DataFlow flow = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), DataFlow.class);
		if (flow == null || flow.getSource() == null || flow.getSource().eIsProxy()) {
			return List.of();
		}
		return List.of(removal(resource, flow, "Remove the flow from " + flow.getSource().getName() + " to itself"));
	}

	/** The object's text removed, with its lines when it has them to itself; the label gets the line it starts on. */
	static Fix removal(XtextResource resource, EObject object, String label) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		int[] range = withLines(QuickFixes.text(resource), node.getOffset(), node.getEndOffset());
		return new Fix(label + " (line " + node.getStartLine() + ")", range[0], range[1] - range[0], "");
	}

	/** The range widened to whole lines when nothing but white space shares them with it. */
	static int[] withLines(String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
		if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
			return new int[] { lineStart, lineEnd };
		}
		return new int[] { start, end };
	}

	/**
	 * The range of item {@code i} of a comma-separated list with one of its commas: the one before
	 * it, or for the first item the one after it. The list has more than one item.
	 */
	static int[] listItem(List<INode> items, int i) {
		return i > 0 ? new int[] { items.get(i - 1).getEndOffset(), items.get(i).getEndOffset() }
				: new int[] { items.get(0).getOffset(), items.get(1).getOffset() };
	}

	/**
	 * The repeated requirement removed from the mapping line, with its comma; the whole line when
	 * everything it maps is mapped on earlier lines (or it maps only the repeated requirement).
	 */
	static List<Fix> removeDuplicateMapping(XtextResource resource, Issue issue) {
		PracticeMapping entry = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), PracticeMapping.class);
		if (entry == null || !(entry.eContainer() instanceof StandardMapping mapping)) {
			return List.of();
		}
		List<INode> items = NodeModelUtils.findNodesForFeature(entry, SmmPackage.Literals.PRACTICE_MAPPING__REQUIREMENTS);
		int i = 0;
		while (i < items.size() && items.get(i).getOffset() != issue.getOffset()) {
			i++;
		}
		if (i == items.size() || items.size() != entry.getRequirements().size()) {
			return List.of();
		}
		if (items.size() == 1 || mappedBefore(mapping, entry)) {
			return List.of(removal(resource, entry, "Remove this duplicate mapping"));
		}
		int[] range = listItem(items, i);
		return List.of(new Fix("Remove the repeated " + NodeModelUtils.getTokenText(items.get(i)) + " from this mapping",
				range[0], range[1] - range[0], ""));
	}

	/** Whether earlier lines of the mapping map the entry's practice, at its level, to each of its requirements. */
	private static boolean mappedBefore(StandardMapping mapping, PracticeMapping entry) {
		Set<List<Object>> earlier = new HashSet<>();
		for (PracticeMapping other : mapping.getEntries().subList(0, mapping.getEntries().indexOf(entry))) {
			for (Requirement requirement : other.getRequirements()) {
				earlier.add(Arrays.asList(other.getPractice(), other.getLevel(), requirement));
			}
		}
		return entry.getRequirements().stream()
				.allMatch(r -> !r.eIsProxy() && earlier.contains(Arrays.asList(entry.getPractice(), entry.getLevel(), r)));
	}

	/** A level-0 finding for the practice (the issue's data) before the newest assessment's closing brace. */
	static List<Fix> missingFinding(XtextResource resource, Issue issue) {
		Assessment assessment = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Assessment.class);
		String[] data = issue.getData();
		if (assessment == null || data == null || data.length == 0) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(assessment);
		ILeafNode brace = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				brace = leaf; // the last one: the assessment's own
			}
		}
		if (brace == null) {
			return List.of();
		}
		String text = QuickFixes.text(resource);
		String finding = "practice " + data[0] + " level 0 note \"Not assessed yet.\"";
		String label = "Add a finding for " + data[0] + " (level 0, not assessed yet)";
		int lineStart = text.lastIndexOf('\n', brace.getOffset() - 1) + 1;
		if (!text.substring(lineStart, brace.getOffset()).isBlank()) {
			return List.of(new Fix(label, brace.getOffset(), 0, finding + " "));
		}
		String indent = QuickFixes.indentOf(text, assessment.getFindings().isEmpty() ? node.getOffset()
				: NodeModelUtils.getNode(assessment.getFindings().get(assessment.getFindings().size() - 1)).getOffset());
		indent += assessment.getFindings().isEmpty() ? "  " : "";
		return List.of(new Fix(label, lineStart, 0, indent + finding + "\n"));
	}

	/** The target entry's level raised to the minimum of the rule named in the issue's data. */
	static List<Fix> raiseToRule(XtextResource resource, Issue issue) {
		EObject object = QuickFixes.objectAt(resource, issue.getOffset());
		String[] data = issue.getData();
		if (!(object instanceof TargetEntry entry) || data == null || data.length == 0) {
			return List.of(); // the rule's other warnings are on an element or a flow: no level to raise
		}
		org.iotsmm.smm.System system = EcoreUtil2.getContainerOfType(entry, org.iotsmm.smm.System.class);
		if (system == null) {
			return List.of();
		}
		for (ProfileRule rule : ProfileRuleValidator.rulesFor(system)) {
			if (data[0].equals(rule.getName()) && entry.getLevel() < rule.getMinimumLevel()) {
				return List.of(new Fix("Raise to level " + rule.getMinimumLevel() + " (rule " + rule.getName() + ")",
						issue.getOffset(), issue.getLength(), Integer.toString(rule.getMinimumLevel())));
			}
		}
		return List.of();
	}

	/** The nearest indicator number the finding's practice has at the claimed level. */
	static List<Fix> indicatorInRange(XtextResource resource, Issue issue) {
		Evidence evidence = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Evidence.class);
		if (evidence == null || !(evidence.eContainer() instanceof Finding finding)) {
			return List.of();
		}
		int available = EvidenceValidator.indicatorsOfClaimedLevel(finding).size();
		String written = QuickFixes.text(resource).substring(issue.getOffset(), issue.getOffset() + issue.getLength()).strip();
		if (available == 0 || !written.matches("[0-9]+")) {
			return List.of();
		}
		int nearest = Math.max(1, Math.min(available, Integer.parseInt(written)));
		return List.of(new Fix("Change to indicator " + nearest + " (of " + available + " at level " + finding.getLevel() + ")",
				issue.getOffset(), issue.getLength(), Integer.toString(nearest)));
	}

	/**
	 * An evidence skeleton after the finding's last evidence item that shows an indicator of the
	 * claimed level, one fix for each of the level's first indicators: the level stays as claimed
	 * and the assessor fills in what shows it.
	 */
	static List<Fix> evidenceShowingIndicator(XtextResource resource, Issue issue) {
		Finding finding = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Finding.class);
		if (finding == null || finding.getEvidence().isEmpty()) {
			return List.of();
		}
		List<String> indicators = EvidenceValidator.indicatorsOfClaimedLevel(finding);
		ICompositeNode last = NodeModelUtils.getNode(finding.getEvidence().get(finding.getEvidence().size() - 1));
		String indent = QuickFixes.indentOf(QuickFixes.text(resource), last.getOffset());
		List<Fix> fixes = new ArrayList<>();
		for (int n = 1; n <= Math.min(INDICATOR_SKELETONS, indicators.size()); n++) {
			String indicator = indicators.get(n - 1).strip();
			indicator = indicator.length() > 40 ? indicator.substring(0, 39).strip() + "\u2026" : indicator;
			String skeleton = QuickFixes.evidenceSkeleton(indent, "What shows indicator " + n) + " shows indicator " + n;
			fixes.add(new Fix("Add evidence showing indicator " + n + " (" + indicator + ")", last.getEndOffset(), 0, skeleton));
		}
		return fixes;
	}
}
