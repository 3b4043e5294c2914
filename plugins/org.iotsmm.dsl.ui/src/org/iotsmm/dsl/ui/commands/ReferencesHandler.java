package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.search.ui.NewSearchUI;
import org.iotsmm.dsl.ui.editor.Editors;
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
		AtCaret at = AtCaret.of(event);
		if (at == null) {
			return null;
		}
		IFile file = Editors.file(at.document());
		if (at.link() == null || file == null) {
			MessageDialog.openInformation(at.editor().getSite().getShell(), "References in Project", NOTHING);
			return null;
		}
		NewSearchUI.runQueryInBackground(new ReferencesQuery(file, at.document().get(), at.link().target(), at.name()));
		return null;
	}
}
