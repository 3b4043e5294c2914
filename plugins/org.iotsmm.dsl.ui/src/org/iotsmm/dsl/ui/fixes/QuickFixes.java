package org.iotsmm.dsl.ui.fixes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.validation.IssueCodes;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.NamedElement;

/**
 * The quick fixes of an issue, worked out while the model is at hand (project lock held): the
 * nearest names for an unknown reference, the qualified names for an ambiguous one, an evidence
 * skeleton for a level-3/4 finding without evidence, a free name for a duplicate.
 */
public final class QuickFixes {

	private static final int SUGGESTIONS = 3;

	private QuickFixes() {
	}

	public static boolean hasFixes(String code) {
		return IssueCodes.UNKNOWN_REFERENCE.equals(code) || IssueCodes.AMBIGUOUS_REFERENCE.equals(code)
				|| IssueCodes.EVIDENCE_REQUIRED.equals(code) || IssueCodes.DUPLICATE_NAME.equals(code);
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
			default -> List.of();
			};
		} catch (RuntimeException e) {
			return List.of(); // a fix is a convenience; a model too broken to offer one offers none
		}
	}

	private static List<Fix> didYouMean(XtextResource resource, Issue issue) {
		String written = text(resource, issue);
		List<String> names = new ArrayList<>(candidates(resource, issue));
		names.removeIf(name -> name.contains(".") && !written.contains("."));
		int limit = Math.max(2, written.length() / 3);
		names.sort(Comparator.comparingInt((String name) -> distance(written.toLowerCase(), name.toLowerCase()))
				.thenComparing(Comparator.naturalOrder()));
		List<Fix> fixes = new ArrayList<>();
		for (String name : names) {
			if (fixes.size() == SUGGESTIONS || distance(written.toLowerCase(), name.toLowerCase()) > limit) {
				break;
			}
			fixes.add(new Fix("Change to '" + name + "'", issue.getOffset(), issue.getLength(), name));
		}
		return fixes;
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
		IScopeProvider scopes = SmmLanguage.injector().getInstance(IScopeProvider.class);
		Set<String> names = new LinkedHashSet<>();
		for (IEObjectDescription description : scopes.getScope(object, reference).getAllElements()) {
			names.add(description.getName().toString());
			if (names.size() > 5000) {
				break;
			}
		}
		return names;
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
