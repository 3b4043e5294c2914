package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.Links;

/**
 * What an editor command acts on: the active .smm editor, its document and the link at the caret
 * (a declared name or a reference; null when the caret is on neither, or before the first check).
 */
record AtCaret(ITextEditor editor, IDocument document, Links.Link link) {

	/** Null when the active editor is no text editor with a text selection. */
	static AtCaret of(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = Editors.document(editor);
		EditorState state = EditorState.of(document);
		return new AtCaret(editor, document, state == null ? null : state.links().at(selection.getOffset()));
	}

	/** The name at the caret as written, without its qualifiers: {@code Olga} in {@code Plant.Olga}. */
	String name() {
		return document.get().substring(link.offset(), link.offset() + link.length()).replaceAll(".*\\.", "");
	}
}
