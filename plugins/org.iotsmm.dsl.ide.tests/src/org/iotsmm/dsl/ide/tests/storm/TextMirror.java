package org.iotsmm.dsl.ide.tests.storm;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The client's copy of the text, kept independently of the server's code: applies a change the
 * way the LSP specification asks (a character beyond its line means the line's end, a line
 * beyond the last means the text's end), so that the final text can be validated by the CLI's
 * validator and compared with the server's diagnostics.
 */
public final class TextMirror {

	private String text;

	public TextMirror(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}

	public int length() {
		return text.length();
	}

	public int lineCount() {
		return (int) text.chars().filter(c -> c == '\n').count() + 1;
	}

	/** The length of a line (without its line break); 0 for lines past the end. */
	public int lineLength(int line) {
		int[] bounds = lineBounds(line);
		return bounds == null ? 0 : bounds[1] - bounds[0];
	}

	public Position positionAt(int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	public int offsetOf(Position position) {
		int[] bounds = lineBounds(Math.max(0, position.getLine()));
		if (bounds == null) {
			return text.length();
		}
		return Math.min(bounds[0] + Math.max(0, position.getCharacter()), bounds[1]);
	}

	/** Replaces the range (start and end taken in text order), or the whole text when it is null. */
	public void apply(Range range, String newText) {
		if (range == null) {
			text = newText;
			return;
		}
		int a = offsetOf(range.getStart());
		int b = offsetOf(range.getEnd());
		text = text.substring(0, Math.min(a, b)) + newText + text.substring(Math.max(a, b));
	}

	private int[] lineBounds(int line) {
		String[] lines = text.split("\n", -1);
		if (line >= lines.length) {
			return null;
		}
		int start = 0;
		for (int i = 0; i < line; i++) {
			start += lines[i].length() + 1;
		}
		return new int[] { start, start + lines[line].length() };
	}
}
