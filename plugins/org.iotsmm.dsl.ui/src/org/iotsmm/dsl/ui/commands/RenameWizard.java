package org.iotsmm.dsl.ui.commands;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The platform's refactoring dialog for a rename: the new name (checked as it is typed), then
 * <em>OK</em> to rename at once or <em>Preview</em> for every changed file's old and new text side
 * by side, each change listed by its line.
 */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(RenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((RenameRefactoring) getRefactoring()));
	}

	/** The new name; a keyword, a name that is not a name, or the old name leaves OK disabled and says why. */
	static final class NamePage extends UserInputWizardPage {

		static final String NAME = "NewName";
		private final RenameRefactoring refactoring;

		NamePage(RenameRefactoring refactoring) {
			super(NAME);
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
			new Label(area, SWT.NONE).setText("New name:");
			Text name = new Text(area, SWT.BORDER | SWT.SINGLE);
			GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT).applyTo(name);
			name.setText(refactoring.oldName());
			name.selectAll();
			name.addModifyListener(event -> check(name.getText()));
			setControl(area);
			check(name.getText());
			name.setFocus();
		}

		private void check(String newName) {
			String invalid = newName.equals(refactoring.oldName()) ? null : RenamePlan.checkName(newName);
			refactoring.setNewName(newName);
			setErrorMessage(invalid);
			setPageComplete(invalid == null && !newName.equals(refactoring.oldName()));
		}
	}
}
