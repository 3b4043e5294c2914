package org.iotsmm.dsl.ui.commands;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * A rename's edits as one change of the platform's refactoring framework (LTK), so that it is one
 * step to undo: Ctrl+Z in any editor it changed, or Edit > Undo, takes back every file's edits
 * together, files that were not open included. A file open in an editor is left unsaved, like
 * typing; the others are saved. Call on the UI thread.
 */
public final class RenameChange {

	private final RenamePlan plan;
	private final CompositeChange change;

	private RenameChange(RenamePlan plan, CompositeChange change) {
		this.plan = plan;
		this.change = change;
	}

	/** The change of the plan's edits. */
	public static RenameChange of(RenamePlan plan) {
		CompositeChange change = new CompositeChange("Rename " + plan.kind() + " " + plan.oldName() + " to " + plan.newName());
		for (Map.Entry<IFile, List<Fix>> file : plan.edits().entrySet()) {
			TextFileChange fileChange = new TextFileChange(file.getKey().getName(), file.getKey());
			MultiTextEdit edits = new MultiTextEdit();
			for (Fix fix : file.getValue()) {
				edits.addChild(new ReplaceEdit(fix.offset(), fix.length(), fix.text()));
			}
			fileChange.setEdit(edits);
			fileChange.setSaveMode(WorkspaceModels.instance().isEditorOwned(file.getKey()) ? TextFileChange.LEAVE_DIRTY
					: TextFileChange.KEEP_SAVE_STATE);
			change.add(fileChange);
		}
		return new RenameChange(plan, change);
	}

	/**
	 * Makes the edits and puts them on the undo history as one step. Returns why nothing was
	 * changed, or null when it was done: a file whose text is no longer the one the plan was
	 * worked out from (typed into or changed on disk since) would get its edits in the wrong places.
	 */
	public String perform() throws CoreException {
		for (Change fileChange : change.getChildren()) {
			TextFileChange textChange = (TextFileChange) fileChange;
			if (!textChange.getCurrentContent(new NullProgressMonitor()).equals(plan.texts().get(textChange.getFile()))) {
				return textChange.getFile().getProjectRelativePath() + " changed while the rename was worked out. Nothing was changed; rename again.";
			}
		}
		change.initializeValidationData(new NullProgressMonitor());
		PerformChangeOperation operation = new PerformChangeOperation(change);
		operation.setUndoManager(RefactoringCore.getUndoManager(), change.getName());
		ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());
		RefactoringStatus refused = operation.getValidationStatus();
		if (refused != null && refused.hasFatalError()) {
			return refused.getMessageMatchingSeverity(RefactoringStatus.FATAL);
		}
		return operation.changeExecuted() ? null : "The change could not be made.";
	}
}
