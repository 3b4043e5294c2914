package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.Links;
import org.iotsmm.dsl.ui.search.ReferencesQuery;

/**
 * Ctrl+Shift+G on an element or a reference to it (zone, component, stakeholder, target set,
 * practice, ...): lists every reference to it in the project's .smm files in the Search view, also
 * where its name qualifies another reference. The search runs in the background
 * ({@link ReferencesQuery}); elements of the shipped catalog and profiles are found too.
 */
public class ReferencesHandler extends AbstractHandler {

	/** What the command says when the caret is on nothing it can search for. */
	public static final String NOTHING = "Place the caret on an element's name or on a reference to it: a zone, component, "
			+ "stakeholder, target set, system, practice, domain, profile, template or standard.";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = Editors.document(editor);
		EditorState state = EditorState.of(document);
		Links.Link link = state == null ? null : state.links().at(selection.getOffset());
		if (link == null || Editors.file(document) == null) {
			MessageDialog.openInformation(editor.getSite().getShell(), "References in Project", NOTHING);
			return null;
		}
		String text = document.get();
		String name = text.substring(link.offset(), link.offset() + link.length()).replaceAll(".*\\.", "");
		NewSearchUI.runQueryInBackground(new ReferencesQuery(Editors.file(document), text, link.target(), name));
		return null;
	}
}
