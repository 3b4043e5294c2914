package org.iotsmm.dsl.loading;

import java.util.function.Supplier;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Widens an edit to whole tokens, as Xtext does before a partial parse, but lexes from a token
 * boundary shortly before the edit instead of from the start of the text: Xtext's lexes the whole
 * text up to the edit, which for an edit near the end of a file of 10,000 components was a quarter
 * of each reconcile. The boundary is the start of a token of the previous parse (its leaves), at
 * least {@link #LOOKAHEAD_MARGIN} characters before the edit: the text before the edit is
 * unchanged, and the lexer ends a token after looking at most a few characters past it, so the
 * tokens up to there are the ones a lexer started at the beginning finds. Without a previous parse
 * (BlockReparsing supplies it) it is Xtext's.
 */
public class NearbyTokenRegions extends TokenRegionProvider {

	/** More characters than the lexer looks past a token's end to end it ({@code """} is three). */
	static final int LOOKAHEAD_MARGIN = 64;

	private static final ThreadLocal<ICompositeNode> PREVIOUS_ROOT = new ThreadLocal<>();

	/** Runs {@code parse} (a partial parse) with the root node of the parse it updates at hand. */
	static <T> T updating(ICompositeNode previousRoot, Supplier<T> parse) {
		ICompositeNode before = PREVIOUS_ROOT.get();
		PREVIOUS_ROOT.set(previousRoot);
		try {
			return parse.get();
		} finally {
			PREVIOUS_ROOT.set(before);
		}
	}

	@Override
	public ITextRegion getTokenRegion(String text, ITextRegion region) {
		int from = tokenStartBefore(PREVIOUS_ROOT.get(), region.getOffset() - LOOKAHEAD_MARGIN);
		if (from <= 0 || from > text.length()) {
			return super.getTokenRegion(text, region);
		}
		// Xtext's own walk, over the text from that token on, its offsets shifted back
		ITextRegion near = super.getTokenRegion(text.substring(from), new TextRegion(region.getOffset() - from, region.getLength()));
		if (near.getOffset() + from == region.getOffset() && near.getLength() == region.getLength()) {
			return region;
		}
		return new TextRegion(near.getOffset() + from, near.getLength());
	}

	/** The start of the previous parse's token at {@code offset}; 0 when there is none. */
	private static int tokenStartBefore(ICompositeNode previousRoot, int offset) {
		if (previousRoot == null || offset <= 0 || offset >= previousRoot.getTotalLength()) {
			return 0;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(previousRoot, offset);
		return leaf == null ? 0 : leaf.getTotalOffset();
	}
}
