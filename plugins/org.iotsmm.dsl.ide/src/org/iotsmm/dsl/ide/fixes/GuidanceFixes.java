package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.SmmPackage;

/**
 * Fixes of a practice's guidance given twice for one level: the later block merged into the
 * earlier one (what the validator's message asks for), or removed. A block holds a description,
 * actions and indicators, in that order. Merging adds to the earlier block the description it
 * lacks and the actions and indicators it does not already have, after its own (indicators are
 * numbered by their place, which evidence cites: the earlier block's keep their numbers, the
 * added ones follow), and removes the later block. Two different descriptions are a conflict
 * only the author can settle: then there is no merge, and the removal's label says what it drops.
 */
final class GuidanceFixes {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	private GuidanceFixes() {
	}

	static List<Fix> mergeOrRemove(XtextResource resource, Issue issue) {
		LevelGuidance later = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), LevelGuidance.class);
		if (later == null) {
			return List.of();
		}
		Fix removal = EntryFixes.removal(resource, later, "Remove this duplicate guidance level");
		LevelGuidance earlier = earlier(later);
		if (earlier == null) {
			return List.of(removal);
		}
		if (later.getDescription() != null && earlier.getDescription() != null
				&& !normal(later.getDescription()).equals(normal(earlier.getDescription()))) {
			return List.of(new Fix(removal.label() + " with all it says: its description differs from that of line "
					+ NodeModelUtils.getNode(earlier).getStartLine() + ", so the blocks cannot be merged", removal.offset(),
					removal.length(), removal.text()));
		}
		Fix merge = merge(resource, earlier, later, removal);
		return merge == null ? List.of(removal) : List.of(merge, removal);
	}

	/** The first block of the practice for the same level, before this one; null when there is none. */
	private static LevelGuidance earlier(LevelGuidance later) {
		if (!(later.eContainer() instanceof Practice practice)) {
			return null;
		}
		for (LevelGuidance guidance : practice.getGuidance()) {
			if (guidance == later) {
				return null;
			}
			if (guidance.getLevel() == later.getLevel()) {
				return guidance;
			}
		}
		return null;
	}

	/** The merge as one edit, from the first insertion into the earlier block to the end of the later block's removal; null when the later block adds nothing. */
	private static Fix merge(XtextResource resource, LevelGuidance earlier, LevelGuidance later, Fix removal) {
		String text = QuickFixes.text(resource);
		ICompositeNode block = NodeModelUtils.getNode(earlier);
		boolean oneLine = block.getStartLine() == block.getEndLine();
		String indent = itemIndent(text, earlier, block);

		List<String> description = new ArrayList<>();
		if (earlier.getDescription() == null && later.getDescription() != null) {
			description.add("description " + source(text, later, SMM.getLevelGuidance_Description()).get(0));
		}
		List<String> actions = added(text, earlier, later, SMM.getLevelGuidance_Actions(), "action ");
		List<String> indicators = added(text, earlier, later, SMM.getLevelGuidance_Indicators(), "indicator ");
		if (description.isEmpty() && actions.isEmpty() && indicators.isEmpty()) {
			return null;
		}

		// each kind goes after the earlier block's last item of that kind, else after what comes before it in the grammar
		INode brace = openingBrace(block);
		INode afterActions = last(earlier, SMM.getLevelGuidance_Actions(), last(earlier, SMM.getLevelGuidance_Description(), brace));
		INode afterIndicators = last(earlier, SMM.getLevelGuidance_Indicators(), afterActions);
		List<Insertion> insertions = List.of(new Insertion(insertionPoint(text, brace, oneLine), description),
				new Insertion(insertionPoint(text, afterActions, oneLine), actions),
				new Insertion(insertionPoint(text, afterIndicators, oneLine), indicators));

		StringBuilder replacement = new StringBuilder();
		int start = -1;
		int at = -1;
		for (Insertion insertion : insertions) {
			if (insertion.items().isEmpty()) {
				continue;
			}
			if (start < 0) {
				start = insertion.offset();
				at = start;
			}
			replacement.append(text, at, insertion.offset());
			at = insertion.offset();
			for (String item : insertion.items()) {
				replacement.append(oneLine ? " " : "\n" + indent).append(item);
			}
		}
		replacement.append(text, at, removal.offset());
		int end = removal.offset() + removal.length();

		List<String> what = new ArrayList<>();
		if (!description.isEmpty()) {
			what.add("the description");
		}
		if (!actions.isEmpty()) {
			what.add(actions.size() == 1 ? "1 action" : actions.size() + " actions");
		}
		if (!indicators.isEmpty()) {
			int first = earlier.getIndicators().size() + 1;
			int lastNumber = first + indicators.size() - 1;
			what.add(indicators.size() == 1 ? "indicator " + first : "indicators " + first + "-" + lastNumber);
		}
		String label = "Merge into the level " + earlier.getLevel() + " guidance of line " + block.getStartLine() + " (adds "
				+ String.join(", ", what) + ")";
		return new Fix(label, start, end - start, replacement.toString());
	}

	private record Insertion(int offset, List<String> items) {
	}

	/** The later block's items of the feature, as written, that the earlier block does not have (white space aside), keyword first. */
	private static List<String> added(String text, LevelGuidance earlier, LevelGuidance later, EStructuralFeature feature, String keyword) {
		Set<String> have = new LinkedHashSet<>();
		for (Object value : (List<?>) earlier.eGet(feature)) {
			have.add(normal((String) value));
		}
		List<?> values = (List<?>) later.eGet(feature);
		List<String> written = source(text, later, feature);
		List<String> added = new ArrayList<>();
		for (int i = 0; i < values.size() && i < written.size(); i++) {
			if (values.get(i) != null && have.add(normal((String) values.get(i)))) {
				added.add(keyword + written.get(i));
			}
		}
		return added;
	}

	/** The feature's values as the text writes them (quotes, text blocks and escapes kept). */
	private static List<String> source(String text, LevelGuidance guidance, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(guidance, feature).stream().map(n -> text.substring(n.getOffset(), n.getEndOffset()))
				.toList();
	}

	private static INode last(LevelGuidance guidance, EStructuralFeature feature, INode otherwise) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(guidance, feature);
		return nodes.isEmpty() ? otherwise : nodes.get(nodes.size() - 1);
	}

	private static INode openingBrace(ICompositeNode block) {
		for (ILeafNode leaf : block.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf;
			}
		}
		throw new IllegalStateException("a guidance block without its brace");
	}

	/**
	 * Just after the node; on a block of several lines, at the end of the node's line when nothing
	 * but white space or a comment follows it there (the comment stays with its line).
	 */
	private static int insertionPoint(String text, INode after, boolean oneLine) {
		int end = after.getEndOffset();
		if (oneLine) {
			return end;
		}
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		String rest = text.substring(end, lineEnd).strip();
		if (rest.isEmpty() || rest.startsWith("//")) {
			return lineEnd > end && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
		}
		return end;
	}

	/** The indentation of the earlier block's items, or one step more than the block's own when it has none. */
	private static String itemIndent(String text, LevelGuidance earlier, ICompositeNode block) {
		for (EStructuralFeature feature : List.of(SMM.getLevelGuidance_Description(), SMM.getLevelGuidance_Actions(),
				SMM.getLevelGuidance_Indicators())) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(earlier, feature);
			if (!nodes.isEmpty()) {
				return QuickFixes.indentOf(text, nodes.get(0).getOffset());
			}
		}
		return QuickFixes.indentOf(text, block.getOffset()) + "  ";
	}

	private static String normal(String value) {
		return value.strip().replaceAll("\\s+", " ");
	}
}
