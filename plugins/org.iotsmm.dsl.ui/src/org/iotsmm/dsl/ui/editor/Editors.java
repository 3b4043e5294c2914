package org.iotsmm.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/** Small look-ups shared by the editor contributions. */
public final class Editors {

	private Editors() {
	}

	/** The workspace file behind a document an editor shows, or null. */
	public static IFile file(IDocument document) {
		return document == null ? null : SmmReconciler.fileOf(document);
	}

	public static IDocument document(IEditorPart part) {
		if (part instanceof ITextEditor editor && editor.getDocumentProvider() != null) {
			return editor.getDocumentProvider().getDocument(editor.getEditorInput());
		}
		return null;
	}

	/** Converts the language server's Markdown (bold, italics, code, headings, lists) to plain text. */
	public static String plain(String markdown) {
		return markdown.replaceAll("(?m)^#+\\s*", "").replace("**", "").replaceAll("(?<![\\w*])\\*(?!\\s)([^*]+?)\\*", "$1")
				.replace("`", "").replaceAll("(?m)^- ", "\u2022 ");
	}
}
