package org.iotsmm.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Security Maturity perspective: models on the left, the editor in the middle, outline on
 * the right, problems (validation of .smm files) below. The gap views join it as they arrive.
 */
public class SecurityMaturityPerspective implements IPerspectiveFactory {

	public static final String ID = "org.iotsmm.ui.perspective";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("models", IPageLayout.LEFT, 0.22f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("results", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout right = layout.createFolder("outline", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
