package org.iotsmm.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
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
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.dsl.library.ShippedLibrary;
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

	/**
	 * The guidance at an offset as plain text, or null; never call it on the UI thread. In a
	 * shipped file opened read-only it comes from the library's own model of that file.
	 */
	public static String guidance(IDocument document, int offset) {
		IFile file = Editors.file(document);
		URI shipped = file == null ? ShippedDocuments.of(document) : null;
		if (file == null && shipped == null) {
			return null;
		}
		String text = document.get();
		String markdown = file != null
				? WorkspaceModels.instance().withText(file, text,
						snapshot -> markdown(snapshot.resource(), text, offset, snapshot.cancelIndicator()))
				: SmmLanguage.injector().getInstance(ShippedLibrary.class).read(shipped,
						resource -> markdown(resource, text, offset, CancelIndicator.NullImpl));
		return markdown == null || markdown.isBlank() ? null : Editors.plain(markdown);
	}

	/** The language server's hover of the model of {@code text}. */
	private static String markdown(XtextResource resource, String text, int offset, CancelIndicator cancel) {
		Document lspDocument = new Document(1, text);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()),
				lspDocument.getPosition(offset));
		Hover hover = SmmLanguage.injector().getInstance(IHoverService.class).hover(lspDocument, resource, params, cancel);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		return hover.getContents().getRight().getValue();
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
