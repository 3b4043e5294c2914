package org.iotsmm.dsl.loading;

import java.io.StringReader;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.SyntheticCompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.parser.impl.PartialParsingPointers;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

/**
 * Xtext's partial parsing, which also keeps a half-typed statement to the braced block around it.
 * Xtext re-parses the smallest statement around an edit, but when that parse has a syntax error
 * (every keystroke of a statement being typed) it re-parses the whole file: 400 ms and 175 MB of
 * garbage for 10,000 components, for each pause in the typing. Here the block that encloses the
 * edit and every earlier syntax error (a target set, a zone, an assessment) is re-parsed instead,
 * and its result kept when the block still ends at its own closing brace: the braces around the
 * edit are intact, so the tokens after the block parse as before. Otherwise, or when the parser
 * looked past the block's end to parse it, the whole file is re-parsed as before.
 */
public class BlockReparsing extends PartialParsingHelper {

	@Inject
	private NodeModelBuilder nodeModelBuilder;

	/** Xtext's partial parse, its edit widened to whole tokens near the edit ({@link NearbyTokenRegions}). */
	@Override
	public IParseResult reparse(IParser parser, IParseResult previous, ReplaceRegion region) {
		return NearbyTokenRegions.updating(previous == null ? null : previous.getRootNode(), () -> super.reparse(parser, previous, region));
	}

	/** Tells the linker what the parse replaced ({@link IncrementalLinker}), then unloads it as Xtext does. */
	@Override
	public void unloadSemanticObject(EObject object) {
		if (object != null) {
			ReplacedPart.replacing(object);
		}
		super.unloadSemanticObject(object);
	}

	@Override
	protected IParseResult fullyReparse(IParser parser, IParseResult previous, ReplaceRegion region) {
		ICompositeNode previousRoot = previous.getRootNode();
		if (previousRoot != null && previous.getRootASTElement() != null && region.getEndOffset() <= previousRoot.getTotalLength()) {
			IParseResult block = reparseEnclosingBlock(parser, previous, region);
			if (block != null) {
				return block;
			}
		}
		// Xtext's, but the old model unloaded after the parse: a parse stopped by a newer text
		// (CancellableParser) then leaves the model as it was
		IParseResult result = parser.parse(NodeModelUtils.getEntryParserRule(previousRoot),
				new StringReader(insertChangeIntoReplaceRegion(previousRoot, region)));
		unloadSemanticObject(previous.getRootASTElement());
		return result;
	}

	private IParseResult reparseEnclosingBlock(IParser parser, IParseResult previous, ReplaceRegion region) {
		ICompositeNode root = previous.getRootNode();
		// the edit and every syntax error so far: a block that holds them all can be re-parsed alone
		int from = region.getOffset();
		int to = region.getEndOffset();
		for (INode error : previous.getSyntaxErrors()) {
			from = Math.min(from, error.getTotalOffset());
			to = Math.max(to, error.getTotalEndOffset());
		}
		PartialParsingPointers pointers = calculatePartialParsingPointers(previous, region.getOffset(), region.getLength());
		List<ICompositeNode> candidates = pointers.getValidReplaceRootNodes();
		for (int i = candidates.size() - 1; i >= 0; i--) { // the innermost first
			ICompositeNode block = candidates.get(i);
			if (block == root || block instanceof SyntheticCompositeNode || !block.hasDirectSemanticElement()) {
				continue;
			}
			ILeafNode open = firstKeyword(block, "{");
			ILeafNode close = lastToken(block);
			if (open == null || close == null || !isKeyword(close, "}") || from < open.getTotalEndOffset()
					|| to > close.getTotalOffset() || looksPastItsEnd(block)) {
				continue;
			}
			IParseResult result = reparse(parser, pointers, block, region);
			if (result != null) {
				return result;
			}
		}
		return null;
	}

	/** The block re-parsed with the edit and grafted into the old tree, or null if it no longer ends at its brace. */
	private IParseResult reparse(IParser parser, PartialParsingPointers pointers, ICompositeNode block, ReplaceRegion region) {
		String text = insertChangeIntoReplaceRegion(block, region);
		EObject entry = pointers.findEntryRuleOrRuleCall(block);
		IParseResult result;
		try {
			result = entry instanceof RuleCall call ? parser.parse(call, new StringReader(text), block.getLookAhead())
					: parser.parse((ParserRule) entry, new StringReader(text));
		} catch (RuntimeException e) {
			return null;
		}
		EObject oldElement = block.getSemanticElement();
		EObject container = oldElement.eContainer();
		EStructuralFeature feature = oldElement.eContainingFeature();
		EObject newElement = result == null ? null : result.getRootASTElement();
		ILeafNode newClose = result == null ? null : lastToken(result.getRootNode());
		ILeafNode oldClose = lastToken(block);
		if (newElement == null || container == null || feature == null || !feature.getEType().isInstance(newElement)
				|| newClose == null || newClose.getSyntaxErrorMessage() != null
				|| newClose.getGrammarElement() != oldClose.getGrammarElement() // else junk after an early end
				|| text.length() - newClose.getTotalOffset() != block.getTotalEndOffset() - oldClose.getTotalOffset()) {
			return null; // the block's own brace no longer closes it: the text after it may parse differently
		}
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> siblings = (List<EObject>) container.eGet(feature);
			int index = siblings.indexOf(oldElement);
			unloadSemanticObject(oldElement);
			siblings.set(index, newElement);
		} else {
			unloadSemanticObject(oldElement);
			container.eSet(feature, newElement);
		}
		ICompositeNode root = pointers.getRootNode();
		EObject rootElement = root.getSemanticElement();
		nodeModelBuilder.replaceAndTransferLookAhead(block, result.getRootNode());
		StringBuilder whole = new StringBuilder(root.getText());
		region.applyTo(whole);
		nodeModelBuilder.setCompleteContent(root, whole.toString());
		((ParseResult) result).setRootNode(root);
		((ParseResult) result).setRootASTElement(rootElement);
		return result;
	}

	private static ILeafNode firstKeyword(ICompositeNode node, String keyword) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (isKeyword(leaf, keyword)) {
				return leaf;
			}
		}
		return null;
	}

	private static ILeafNode lastToken(ICompositeNode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last;
	}

	private static boolean isKeyword(ILeafNode leaf, String keyword) {
		return leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword) && !leaf.isHidden();
	}

	/**
	 * Whether the parser, to parse this node, looked at tokens after it (a node records how many
	 * tokens ahead of its start the parser looked): then it cannot be re-parsed on its own.
	 */
	private static boolean looksPastItsEnd(ICompositeNode node) {
		int ahead = 0;
		for (INode each : node.getAsTreeIterable()) {
			if (each instanceof ICompositeNode composite) {
				ahead = Math.max(ahead, composite.getLookAhead());
			} else if (each instanceof ILeafNode leaf && !leaf.isHidden()) {
				ahead--;
			}
		}
		return ahead > 0;
	}
}
