package org.iotsmm.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;

/**
 * An open document that answers positions outside its text the way the LSP specification asks
 * instead of throwing: a character beyond the end of its line means the end of that line, a line
 * beyond the last means the end of the text, negative numbers mean the start. A range whose end
 * comes before its start covers the text between the two. Xtext's {@link Document} throws
 * {@link IndexOutOfBoundsException} for all of these, which failed the request (or dropped the
 * edit, leaving the server's text out of step with the editor's).
 */
public class TolerantDocument extends Document {

	public TolerantDocument(Integer version, String contents) {
		// the text stays out of exception messages: a log is no place for a whole model
		super(version, contents, false);
	}

	@Override
	public int getOffSet(Position position) {
		return offsetOf(getContents(), position);
	}

	/** The offset of a position in the text, clamped into it as described above. */
	public static int offsetOf(String text, Position position) {
		int line = Math.max(0, position.getLine());
		int character = Math.max(0, position.getCharacter());
		int lineStart = 0;
		for (int current = 0; current < line; current++) {
			int newline = text.indexOf('\n', lineStart);
			if (newline < 0) {
				return text.length();
			}
			lineStart = newline + 1;
		}
		int lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		return (int) Math.min((long) lineStart + character, lineEnd);
	}

	@Override
	public Position getPosition(int offset) {
		return super.getPosition(Math.clamp(offset, 0, getContents().length()));
	}

	@Override
	public String getLineContent(int lineNumber) {
		if (lineNumber < 0 || lineNumber >= getLineCount()) {
			return "";
		}
		return super.getLineContent(lineNumber);
	}

	/**
	 * The changes applied one after the other (each range refers to the text left by the ones
	 * before it), the result carrying the given version.
	 */
	public TolerantDocument apply(Integer newVersion, Iterable<? extends TextDocumentContentChangeEvent> changes) {
		String text = getContents();
		for (TextDocumentContentChangeEvent change : changes) {
			text = apply(text, change.getRange(), change.getText());
		}
		return new TolerantDocument(newVersion, text);
	}

	@Override
	public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
		return apply(getVersion() == null ? null : getVersion() + 1, changes);
	}

	/** One change: the whole text when the range is null, otherwise the clamped range replaced. */
	public static String apply(String text, Range range, String newText) {
		String inserted = newText == null ? "" : newText;
		if (range == null) {
			return inserted;
		}
		int start = offsetOf(text, range.getStart());
		int end = offsetOf(text, range.getEnd());
		return text.substring(0, Math.min(start, end)) + inserted + text.substring(Math.max(start, end));
	}
}
