package org.iotsmm.dsl.ui.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextEditChangeGroup;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Renaming an element declared in the project's .smm files, as a refactoring of the platform
 * (LTK): the refactoring wizard asks for the name, shows each file's old and new text side by side,
 * and makes the edits as one change that is one step to undo (Ctrl+Z in any editor it changed, or
 * Edit > Undo), files that were not open included. A file open in an editor is left unsaved, like
 * typing; the others are saved. The edits are worked out by {@link RenamePlan} while the wizard's
 * progress bar runs, off the UI thread.
 */
public class RenameRefactoring extends Refactoring {

	private final IFile file;
	private final String text;
	private final String target;
	private final String oldName;
	private String newName;
	private RenamePlan plan;
	private List<TextFileChange> fileChanges;

	/**
	 * Renames the element whose EMF URI is {@code target}, referred to in {@code file} whose editor
	 * holds {@code text} (the text the edits are worked out from).
	 */
	public RenameRefactoring(IFile file, String text, String target, String oldName) {
		this.file = file;
		this.text = text;
		this.target = target;
		this.oldName = oldName;
		this.newName = oldName;
	}

	public String oldName() {
		return oldName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** Also the name of the step on the undo history, so it says what was renamed to what once that is known. */
	@Override
	public String getName() {
		return plan == null ? "Rename " + oldName : "Rename " + plan.kind() + " " + plan.oldName() + " to " + plan.newName();
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		return new RefactoringStatus(); // the command only starts on a renameable element of the project
	}

	/**
	 * Works out the edits. Refused when the new name is taken, or when a file's text is no longer
	 * the one they were worked out from (typed into or changed on disk since): they would land in
	 * the wrong places.
	 */
	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws CoreException {
		String invalid = RenamePlan.checkName(newName);
		if (invalid != null) {
			return RefactoringStatus.createFatalErrorStatus(invalid);
		}
		plan = WorkspaceModels.instance().withText(file, text, snapshot -> WorkspaceModels.instance()
				.withProject(file.getProject(), project -> RenamePlan.compute(project, target, newName)));
		if (plan.clash() != null) {
			return RefactoringStatus.createFatalErrorStatus(plan.clash() + " Nothing was changed.");
		}
		fileChanges = fileChanges(plan);
		for (TextFileChange fileChange : fileChanges) {
			if (!fileChange.getCurrentContent(new NullProgressMonitor()).equals(plan.texts().get(fileChange.getFile()))) {
				return RefactoringStatus.createFatalErrorStatus(fileChange.getFile().getProjectRelativePath()
						+ " changed while the rename was worked out. Nothing was changed; rename again.");
			}
		}
		return new RefactoringStatus();
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		CompositeChange change = new CompositeChange(getName());
		fileChanges.forEach(change::add);
		return change;
	}

	/** One change per file; each edit is a group of its own, so that the preview lists it by its line. */
	private static List<TextFileChange> fileChanges(RenamePlan plan) {
		List<TextFileChange> changes = new ArrayList<>();
		List<Map.Entry<IFile, List<Fix>>> files = new ArrayList<>(plan.edits().entrySet());
		files.sort(Comparator.comparing(entry -> entry.getKey().getProjectRelativePath().toString()));
		for (Map.Entry<IFile, List<Fix>> entry : files) {
			IFile changed = entry.getKey();
			TextFileChange fileChange = new TextFileChange(changed.getProjectRelativePath().toString(), changed);
			MultiTextEdit edits = new MultiTextEdit();
			fileChange.setEdit(edits);
			List<Fix> inOrder = new ArrayList<>(entry.getValue());
			inOrder.sort(Comparator.comparingInt(Fix::offset));
			String fileText = plan.texts().get(changed);
			for (Fix fix : inOrder) {
				ReplaceEdit edit = new ReplaceEdit(fix.offset(), fix.length(), fix.text());
				edits.addChild(edit);
				fileChange.addTextEditChangeGroup(new TextEditChangeGroup(fileChange,
						new TextEditGroup(RenamePlan.line(fileText, fix.offset()), edit)));
			}
			fileChange.setSaveMode(WorkspaceModels.instance().isEditorOwned(changed) ? TextFileChange.LEAVE_DIRTY
					: TextFileChange.KEEP_SAVE_STATE);
			changes.add(fileChange);
		}
		return changes;
	}
}
