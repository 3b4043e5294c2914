package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.ide.rename.RenameEdits;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.Links;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Alt+Shift+R on an element declared in the project (zone, component, stakeholder, target set,
 * system, catalog and its parts, profile, template, standard): renames its declaration and every
 * reference in the project's .smm files, also where its name qualifies another reference. The
 * edits are worked out in the background and shown before they are made; a name that is taken or
 * a keyword is refused. They are made as one change ({@link RenameChange}), undone in one step:
 * files open in an editor show them unsaved, the others are saved.
 */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = Editors.document(editor);
		EditorState state = EditorState.of(document);
		Links.Link link = state == null ? null : state.links().at(selection.getOffset());
		Shell shell = editor.getSite().getShell();
		if (link == null || !RenameEdits.RENAMEABLE.contains(link.type())) {
			MessageDialog.openInformation(shell, "Rename", RenameEdits.NOT_RENAMEABLE);
			return null;
		}
		if (ProjectModels.file(link.targetResource()) == null) {
			MessageDialog.openInformation(shell, "Rename", RenameEdits.READ_ONLY);
			return null;
		}
		String current = document.get().substring(link.offset(), link.offset() + link.length()).replaceAll(".*\\.", "");
		InputDialog dialog = new InputDialog(shell, "Rename", "New name:", current, RenamePlan::checkName);
		if (dialog.open() != Window.OK || dialog.getValue().equals(current)) {
			return null;
		}
		IFile file = Editors.file(document);
		String text = document.get();
		String newName = dialog.getValue();
		Job.create("Renaming to " + newName, monitor -> {
			RenamePlan plan = plan(file, text, link.target(), newName);
			shell.getDisplay().asyncExec(() -> {
				if (shell.isDisposed()) {
					return;
				}
				if (plan.clash() != null) {
					MessageDialog.openError(shell, "Rename", plan.clash() + " Nothing was changed.");
				} else if (new RenamePreview(shell, plan).open() == Window.OK) {
					String refused = perform(plan);
					if (refused != null) {
						MessageDialog.openError(shell, "Rename", refused);
					}
				}
			});
		}).schedule();
		return null;
	}

	/** What renaming the element (its EMF URI) changes, with the editor's text for its file; call off the UI thread. */
	public static RenamePlan plan(IFile file, String text, String target, String newName) {
		return WorkspaceModels.instance().withText(file, text,
				snapshot -> WorkspaceModels.instance().withProject(file.getProject(), project -> RenamePlan.compute(project, target, newName)));
	}

	/** Makes the plan's edits as one undoable change (UI thread); returns why nothing was changed, or null. */
	public static String perform(RenamePlan plan) {
		try {
			return RenameChange.of(plan).perform();
		} catch (CoreException e) {
			WorkspaceModels.log(e);
			return "The rename failed: " + e.getMessage() + " Nothing was changed.";
		}
	}
}
