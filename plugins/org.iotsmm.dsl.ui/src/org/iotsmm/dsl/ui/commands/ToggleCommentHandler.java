package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/** Ctrl+/: comments the selected lines out with {@code //}, or back in when all of them are. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			toggle(Editors.document(editor), selection.getStartLine(), selection.getEndLine());
		}
		return null;
	}

	public static void toggle(IDocument document, int firstLine, int lastLine) {
		try {
			boolean allCommented = true;
			for (int line = firstLine; line <= lastLine; line++) {
				String text = lineText(document, line);
				if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
					allCommented = false;
				}
			}
			for (int line = lastLine; line >= firstLine; line--) {
				IRegion region = document.getLineInformation(line);
				String text = lineText(document, line);
				int indent = text.length() - text.stripLeading().length();
				if (allCommented) {
					if (text.stripLeading().startsWith("//")) {
						int remove = text.stripLeading().startsWith("// ") ? 3 : 2;
						document.replace(region.getOffset() + indent, remove, "");
					}
				} else if (!text.isBlank()) {
					document.replace(region.getOffset() + indent, 0, "// ");
				}
			}
		} catch (BadLocationException e) {
			WorkspaceModels.log(e);
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
