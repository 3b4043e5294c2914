package org.iotsmm.dsl.ide.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.validation.EvidenceValidator;
import org.iotsmm.dsl.validation.ProfileRuleValidator;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.smm.TargetEntry;

/**
 * Fixes of entries (targets, findings, requirements, guidance levels) and flows: remove a
 * duplicate or a flow from a component to itself, add the finding an assessment lacks for a
 * targeted practice, raise a target to the level a profile rule asks for, bring an evidence's
 * indicator number into the range of the claimed level.
 */
final class EntryFixes {

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
}
