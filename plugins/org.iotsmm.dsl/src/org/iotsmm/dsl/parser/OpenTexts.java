package org.iotsmm.dsl.parser;

import org.antlr.runtime.CharStream;

/**
 * A quoted text left open in a block's header ends before the block's opening brace: a zone's
 * header {@code zone Plant "Plant floor} followed by its brace is the zone's title without its
 * closing quote and then the zone's block, not a title that took the brace, which made the zone's
 * statements the enclosing block's and its closing brace end that block. A text ends at its line's end without its closing
 * quote (the grammar's STRING), so only a brace that ends the line can be meant as a block's.
 * Used by the runtime lexer and the content-assist lexer alike, so that both read the same tokens.
 */
public final class OpenTexts {

	private OpenTexts() {
	}

	/**
	 * Called when the lexer has just matched a quoted text starting at {@code start}: if the text
	 * ends before a block's brace, the input goes back to there, so that the brace and the blanks
	 * in front of it are lexed as their own tokens.
	 */
	public static void endBeforeBlockBrace(CharStream input, int start) {
		int last = input.LA(-1);
		if (last != '{' && !Character.isWhitespace(last)) {
			return; // closed, or open without a brace at the end: most texts, read without copying them
		}
		int end = input.index();
		int newEnd = start + length(input.substring(start, end - 1));
		if (newEnd < end) {
			// a quoted text is on one line: going back moves along that line only (seek does not)
			input.setCharPositionInLine(input.getCharPositionInLine() - (end - newEnd));
			input.seek(newEnd);
		}
	}

	/**
	 * How much of a quoted text as matched (from its opening quote to its closing quote or its
	 * line's end) is the text: all of it, unless it has no closing quote and its last word is an
	 * opening brace, which then ends it with the blanks in front of it.
	 */
	public static int length(CharSequence matched) {
		char quote = matched.charAt(0);
		int brace = -1;
		for (int i = 1; i < matched.length(); i++) {
			char c = matched.charAt(i);
			if (c == '\\') {
				i++; // an escaped character, a brace too, stays in the text
				brace = -1;
			} else if (c == quote) {
				return matched.length(); // closed (a text ends at its closing quote)
			} else if (c == '{') {
				brace = i;
			} else if (!Character.isWhitespace(c)) {
				brace = -1;
			}
		}
		if (brace < 0) {
			return matched.length();
		}
		int length = brace;
		while (length > 1 && Character.isWhitespace(matched.charAt(length - 1))) {
			length--;
		}
		return length;
	}
}
