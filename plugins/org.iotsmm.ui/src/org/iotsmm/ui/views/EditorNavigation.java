package org.iotsmm.ui.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.ui.Activator;
import org.iotsmm.ui.model.SmmSystems;

/** Opening a .smm file in its editor at a declaration or a line (the views' way back to the text). */
public final class EditorNavigation {

	private EditorNavigation() {
	}

	/** Opens {@code file} (or activates its editor) and selects the range; returns the editor or null. */
	public static ITextEditor reveal(IWorkbenchPage page, IFile file, int offset, int length, boolean activate) {
		try {
			IEditorPart part = IDE.openEditor(page, file, activate);
			if (part instanceof ITextEditor editor) {
				editor.selectAndReveal(offset, length);
				return editor;
			}
		} catch (PartInitException e) {
			Activator.log(e);
		}
		return null;
	}

	/** Opens the file of a report location and selects its line; false when it is not a workspace file. */
	public static boolean reveal(IWorkbenchPage page, SourceLocation location) {
		IFile file = SmmSystems.file(location);
		if (file == null) {
			return false;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file, true);
			if (part instanceof ITextEditor editor && location.line() > 0) {
				IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				IRegion line = document.getLineInformation(location.line() - 1);
				int indent = 0;
				String text = document.get(line.getOffset(), line.getLength());
				while (indent < text.length() && Character.isWhitespace(text.charAt(indent))) {
					indent++;
				}
				editor.selectAndReveal(line.getOffset() + indent, line.getLength() - indent);
			}
			return true;
		} catch (PartInitException | BadLocationException e) {
			Activator.log(e);
			return false;
		}
	}
}
