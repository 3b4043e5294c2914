package org.iotsmm.dsl.ui.commands;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/** The changes a rename will make, one line each, before any is made: OK makes them, Cancel none. */
public class RenamePreview extends Dialog {

	private final RenamePlan plan;

	public RenamePreview(Shell parent, RenamePlan plan) {
		super(parent);
		this.plan = plan;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Rename " + plan.oldName() + " to " + plan.newName());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		int files = plan.edits().size();
		new Label(area, SWT.NONE).setText("Renaming " + plan.kind() + " " + plan.oldName() + " to " + plan.newName() + " changes "
				+ plan.changes() + (plan.changes() == 1 ? " place" : " places") + " in " + files + (files == 1 ? " file" : " files")
				+ " (the lines as they read now):");
		List changes = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		plan.lines().forEach(changes::add);
		GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(80), convertHeightInCharsToPixels(12))
				.applyTo(changes);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Rename", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The lines shown (tests read them). */
	public String[] shownLines() {
		Control[] children = ((Composite) getDialogArea()).getChildren();
		return ((List) children[1]).getItems();
	}
}
