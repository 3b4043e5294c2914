package org.iotsmm.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;

/**
 * Auto-closing: typing {@code {} or {@code "} inserts its partner behind the caret; typing the
 * partner right before an identical one steps over it. Enter between braces opens an indented line.
 */
public class SmmAutoClose implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null) {
			return;
		}
		try {
			char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\0';
			char previous = command.offset > 0 ? document.getChar(command.offset - 1) : '\0';
			switch (command.text) {
			case "{" -> close(command, "{}");
			case "\"" -> {
				if (next == '"') {
					skip(command);
				} else if (!Character.isLetterOrDigit(previous) && !Character.isLetterOrDigit(next)) {
					close(command, "\"\"");
				}
			}
			case "}" -> {
				if (next == '}') {
					skip(command);
				}
			}
			default -> {
				if (isLineBreak(document, command.text) && previous == '{' && next == '}') {
					String indent = indentation(document, command.offset);
					command.text = command.text + indent + "  " + command.text + indent;
					command.caretOffset = command.offset + 1 + indent.length() + 2 + (command.text.startsWith("\r\n") ? 1 : 0);
					command.shiftsCaret = false;
				}
			}
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void close(DocumentCommand command, String pair) {
		command.text = pair;
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void skip(DocumentCommand command) {
		command.text = "";
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static boolean isLineBreak(IDocument document, String text) {
		for (String delimiter : document.getLegalLineDelimiters()) {
			if (delimiter.equals(text)) {
				return true;
			}
		}
		return false;
	}

	private static String indentation(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		int start = document.getLineOffset(line);
		int end = start;
		while (end < document.getLength() && (document.getChar(end) == ' ' || document.getChar(end) == '\t')) {
			end++;
		}
		return document.get(start, end - start);
	}
}
