package org.iotsmm.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * The catalog's guidance on a practice, for the level in question: the very text the language
 * server gives (dsl.ide's hover service), shown as plain text. The viewer asks for it off the UI
 * thread. Problem messages come from the generic editor's annotation hover.
 */
public class SmmTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return guidance(viewer.getDocument(), region.getOffset());
	}

	/** The guidance at an offset as plain text, or null; never call it on the UI thread. */
	public static String guidance(IDocument document, int offset) {
		IFile file = Editors.file(document);
		if (file == null) {
			return null;
		}
		String text = document.get();
		String markdown = WorkspaceModels.instance().withText(file, text, snapshot -> {
			Document lspDocument = new Document(1, text);
			HoverParams params = new HoverParams(new TextDocumentIdentifier(snapshot.resource().getURI().toString()),
					lspDocument.getPosition(offset));
			Hover hover = SmmLanguage.injector().getInstance(IHoverService.class).hover(lspDocument, snapshot.resource(),
					params, snapshot.cancelIndicator());
			if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
				return null;
			}
			return hover.getContents().getRight().getValue();
		});
		return markdown == null || markdown.isBlank() ? null : Editors.plain(markdown);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		try {
			IDocument document = viewer.getDocument();
			int start = offset;
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && Character.isJavaIdentifierPart(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return new Region(offset, 0);
		}
	}
}
