package org.iotsmm.dsl.ui.editor;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the generic editor an outline page when it shows a .smm file (the LSP4E route). */
public class SmmOutlineAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& (Editors.file(Editors.document(editor)) != null || editor.getEditorInput() instanceof SmmHyperlinks.ShippedFile)
				&& editor.getEditorInput().getName().endsWith(".smm")) {
			return adapterType.cast(new SmmOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
