package org.iotsmm.dsl.ide.fixes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.scoping.SmmLinkingDiagnosticMessageProvider;
import org.iotsmm.dsl.validation.IssueCodes;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.TargetSet;

/**
 * The quick fixes of an issue, worked out while the model is at hand (in the workbench with the
 * project lock held; in the language server as code actions, {@link SmmCodeActionService}): the
 * nearest names for an unknown reference, the qualified names for an ambiguous one, an evidence
 * skeleton for a level-3/4 finding without evidence, a free name for a duplicate, the nearest level
 * in range, today for a date in the future, and a target set for an assessment without one.
 */
public final class QuickFixes {

	private static final int SUGGESTIONS = 3;
	/** Fixes are worked out for this many fixable issues of a file; a text broken in thousands of places gets them for its first ones. */
	public static final int MAX_FIXED_ISSUES = 50;

	private QuickFixes() {
	}

	public static boolean hasFixes(String code) {
		return IssueCodes.UNKNOWN_REFERENCE.equals(code) || IssueCodes.AMBIGUOUS_REFERENCE.equals(code)
				|| IssueCodes.EVIDENCE_REQUIRED.equals(code) || IssueCodes.DUPLICATE_NAME.equals(code)
				|| IssueCodes.LEVEL_OUT_OF_RANGE.equals(code) || IssueCodes.FUTURE_DATE.equals(code)
				|| IssueCodes.MISSING_TARGET_SET.equals(code);
	}

	/** The fixes of each issue, for the first {@link #MAX_FIXED_ISSUES} fixable ones. */
	public static List<List<Fix>> of(XtextResource resource, List<Issue> issues, org.eclipse.xtext.util.CancelIndicator cancel) {
		List<List<Fix>> result = new ArrayList<>(issues.size());
		int fixed = 0;
		for (Issue issue : issues) {
			boolean fixable = fixed < MAX_FIXED_ISSUES && !cancel.isCanceled() && issue.getOffset() != null && hasFixes(issue.getCode());
			result.add(fixable ? of(resource, issue) : List.of());
			fixed += fixable ? 1 : 0;
		}
		return result;
	}

	public static List<Fix> of(XtextResource resource, Issue issue) {
		if (issue.getOffset() == null || !hasFixes(issue.getCode())) {
			return List.of();
		}
		try {
			return switch (issue.getCode()) {
			case IssueCodes.UNKNOWN_REFERENCE -> didYouMean(resource, issue);
			case IssueCodes.AMBIGUOUS_REFERENCE -> qualify(resource, issue);
			case IssueCodes.EVIDENCE_REQUIRED -> evidence(resource, issue);
			case IssueCodes.DUPLICATE_NAME -> rename(resource, issue);
			case IssueCodes.LEVEL_OUT_OF_RANGE -> levelInRange(resource, issue);
			case IssueCodes.FUTURE_DATE -> List.of(new Fix("Change to today (" + LocalDate.now() + ")", issue.getOffset(),
					issue.getLength(), LocalDate.now().toString()));
			case IssueCodes.MISSING_TARGET_SET -> against(resource, issue);
			default -> List.of();
			};
		} catch (RuntimeException e) {
			return List.of(); // a fix is a convenience; a model too broken to offer one offers none
		}
	}

	private static List<Fix> didYouMean(XtextResource resource, Issue issue) {
		String written = text(resource, issue);
		int limit = Math.max(2, written.length() / 3);
		java.util.Map<String, Integer> near = new java.util.HashMap<>();
		for (String name : candidates(resource, issue)) {
			if (name.contains(".") && !written.contains(".")) {
				continue;
			}
			int distance = SmmLinkingDiagnosticMessageProvider.distance(written.toLowerCase(), name.toLowerCase());
			if (distance <= limit) {
				near.put(name, distance);
			}
		}
		return near.entrySet().stream()
				.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
				.limit(SUGGESTIONS).map(e -> new Fix("Change to '" + e.getKey() + "'", issue.getOffset(), issue.getLength(), e.getKey()))
				.toList();
	}

	private static List<Fix> qualify(XtextResource resource, Issue issue) {
		String written = text(resource, issue);
		List<Fix> fixes = new ArrayList<>();
		for (String name : candidates(resource, issue)) {
			if (name.endsWith("." + written)) {
				fixes.add(new Fix("Qualify as '" + name + "'", issue.getOffset(), issue.getLength(), name));
			}
		}
		return fixes;
	}

	private static List<Fix> evidence(XtextResource resource, Issue issue) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		Finding finding = EcoreUtil2.getContainerOfType(NodeModelUtils.findActualSemanticObjectFor(leaf), Finding.class);
		if (finding == null) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(finding);
		String text = resource.getParseResult().getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		String line = text.substring(lineStart, node.getOffset());
		String indent = line.substring(0, line.length() - line.stripLeading().length());
		int end = node.getEndOffset();
		String skeleton = "\n" + indent + "  evidence \"What shows the practice at this level\" ref \"Where the record is\" dated "
				+ LocalDate.now();
		return List.of(new Fix("Add an evidence skeleton", end, 0, skeleton));
	}

	private static List<Fix> rename(XtextResource resource, Issue issue) {
		String written = text(resource, issue);
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		EObject object = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (!(object instanceof NamedElement) || object.eContainer() == null) {
			return List.of();
		}
		Set<String> taken = new LinkedHashSet<>();
		for (EObject sibling : EcoreUtil2.eAllContents(EcoreUtil2.getRootContainer(object))) {
			if (sibling instanceof NamedElement named && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		String base = written.replaceAll("\\d+$", "");
		for (int i = 2;; i++) {
			if (!taken.contains(base + i)) {
				return List.of(new Fix("Rename to '" + base + i + "'", issue.getOffset(), issue.getLength(), base + i));
			}
		}
	}

	/**
	 * The nearest level in range. The issue's data are the level and, where the validator gives
	 * it, the lowest level allowed (a consideration starts at 1, a target or finding at 0).
	 */
	private static List<Fix> levelInRange(XtextResource resource, Issue issue) {
		String[] data = issue.getData();
		int written = Integer.parseInt(text(resource, issue).strip());
		int lowest = data != null && data.length > 1 ? Integer.parseInt(data[1]) : 0;
		int nearest = Math.max(lowest, Math.min(4, written));
		return nearest == written ? List.of()
				: List.of(new Fix("Change to level " + nearest, issue.getOffset(), issue.getLength(), Integer.toString(nearest)));
	}

	/** {@code against} each target set of the assessment's system, written before the assessment's brace. */
	private static List<Fix> against(XtextResource resource, Issue issue) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		Assessment assessment = EcoreUtil2.getContainerOfType(NodeModelUtils.findActualSemanticObjectFor(leaf), Assessment.class);
		if (assessment == null || !(assessment.eContainer() instanceof org.iotsmm.smm.System system)) {
			return List.of();
		}
		ILeafNode brace = null;
		for (ILeafNode candidate : NodeModelUtils.getNode(assessment).getLeafNodes()) {
			if (!candidate.isHidden() && "{".equals(candidate.getText())) {
				brace = candidate;
				break;
			}
		}
		if (brace == null) {
			return List.of();
		}
		List<Fix> fixes = new ArrayList<>();
		for (TargetSet targets : system.getTargetSets()) {
			if (targets.getName() != null && fixes.size() < SUGGESTIONS) {
				fixes.add(new Fix("Add 'against " + targets.getName() + "'", brace.getOffset(), 0, "against " + targets.getName() + " "));
			}
		}
		return fixes;
	}

	private static String text(XtextResource resource, Issue issue) {
		return resource.getParseResult().getRootNode().getText().substring(issue.getOffset(),
				issue.getOffset() + issue.getLength());
	}

	/** The names the scope offers for the cross-reference at the issue. */
	private static Set<String> candidates(XtextResource resource, Issue issue) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
		for (org.eclipse.xtext.nodemodel.INode n = leaf; assignment == null && n != null; n = n.getParent()) {
			assignment = GrammarUtil.containingAssignment(n.getGrammarElement());
		}
		EObject object = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (assignment == null || object == null) {
			return Set.of();
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(assignment.getFeature());
		if (!(feature instanceof EReference reference)) {
			return Set.of();
		}
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		Set<String> names = new LinkedHashSet<>();
		for (IEObjectDescription description : scopes.getScope(object, reference).getAllElements()) {
			names.add(description.getName().toString());
			if (names.size() > 5000) {
				break;
			}
		}
		return names;
	}
}
