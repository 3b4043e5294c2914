package org.iotsmm.dsl.ui.internal.model;

import java.io.IOException;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.dsl.loading.InputLimits;

/**
 * Brings a resource's model to a new text, re-parsing only the region that changed when it can
 * (Xtext's partial parsing, {@link XtextResource#update}): an edit in a large file then builds a
 * node model for the edited statement instead of the whole text, which on a file of 10,000
 * components was megabytes of garbage per reconcile. Linking and validation stay whole-file.
 * <p>
 * The changed region is the text between the common prefix and the common suffix of the old and
 * the new text. Whatever the partial parser cannot do well falls back to a full parse: no
 * previous parse (or an empty one), a change of more than half the text, a text beyond the input limits or ending
 * in a carriage return (both handled by the resource's full {@code reparse}), and a partial parse
 * that throws or whose result does not cover the new text.
 */
public final class TextUpdate {

	/** How the model was brought to the new text. */
	public enum Kind {
		/** The text was the same: nothing parsed. */
		UNCHANGED,
		/** Only the changed region was re-parsed. */
		PARTIAL,
		/** The whole text was parsed. */
		FULL
	}

	private TextUpdate() {
	}

	/** Re-parses {@code resource} so that its model is that of {@code text}. */
	public static Kind apply(XtextResource resource, String text) throws IOException {
		IParseResult previous = resource.getParseResult();
		ICompositeNode root = previous == null ? null : previous.getRootNode();
		if (root == null || !partialParsingFits(text)) {
			resource.reparse(text);
			return Kind.FULL;
		}
		String old = root.getText();
		if (old.isEmpty()) {
			resource.reparse(text); // also what an oversized text was read as: its error must go or stay
			return Kind.FULL;
		}
		if (old.equals(text)) {
			return Kind.UNCHANGED;
		}
		int prefix = commonPrefix(old, text);
		int suffix = commonSuffix(old, text, prefix);
		int replaced = old.length() - prefix - suffix;
		String inserted = text.substring(prefix, text.length() - suffix);
		if (Math.max(replaced, inserted.length()) * 2L > Math.max(old.length(), text.length())) {
			resource.reparse(text); // most of the text changed (a paste over it, a reload): nothing to keep
			return Kind.FULL;
		}
		try {
			resource.update(prefix, replaced, inserted);
			IParseResult result = resource.getParseResult();
			if (result != null && result.getRootNode() != null && result.getRootNode().getTotalLength() == text.length()) {
				return Kind.PARTIAL;
			}
		} catch (RuntimeException | StackOverflowError e) {
			// the partial parser gave up on this edit: the full parse below replaces whatever it left
		}
		resource.reparse(text);
		return Kind.FULL;
	}

	/**
	 * The cases the resource's full parse treats specially (org.iotsmm.dsl.loading.SmmResource):
	 * a text beyond the input limits is read as empty with one error, and a final carriage return
	 * is read as a line feed. The check is a light scan of the text, far cheaper than the parse.
	 */
	private static boolean partialParsingFits(String text) {
		if (text.endsWith("\r") || text.length() * 3L > InputLimits.MAX_FILE_BYTES) {
			return false;
		}
		return InputLimits.check(text) == null;
	}

	public static int commonPrefix(String a, String b) {
		int limit = Math.min(a.length(), b.length());
		int i = 0;
		while (i < limit && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	/** The common suffix, not reaching into the common prefix of either text. */
	public static int commonSuffix(String a, String b, int prefix) {
		int limit = Math.min(a.length(), b.length()) - prefix;
		int i = 0;
		while (i < limit && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
			i++;
		}
		return i;
	}
}
