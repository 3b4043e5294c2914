package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.iotsmm.dsl.ide.rename.RenameEdits;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.Links;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;

/**
 * Alt+Shift+R on an element declared in the project (zone, component, stakeholder, target set,
 * system, catalog and its parts, profile, template, standard): renames its declaration and every
 * reference in the project's .smm files, also where its name qualifies another reference. The
 * platform's refactoring dialog asks for the new name and can show the changes side by side first
 * ({@link RenameWizard}); a name that is taken or a keyword is refused. The edits are one change,
 * undone in one step ({@link RenameRefactoring}).
 */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AtCaret at = AtCaret.of(event);
		if (at == null) {
			return null;
		}
		Links.Link link = at.link();
		Shell shell = at.editor().getSite().getShell();
		if (link == null || !RenameEdits.RENAMEABLE.contains(link.type())) {
			MessageDialog.openInformation(shell, "Rename", RenameEdits.NOT_RENAMEABLE);
			return null;
		}
		if (ProjectModels.file(link.targetResource()) == null) {
			MessageDialog.openInformation(shell, "Rename", RenameEdits.READ_ONLY);
			return null;
		}
		RenameRefactoring refactoring = new RenameRefactoring(Editors.file(at.document()), at.document().get(), link.target(), at.name());
		try {
			new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(shell, "Rename");
		} catch (InterruptedException cancelled) {
			// cancelled during the first check: nothing was changed, and the UI thread goes on
		}
		return null;
	}
}
