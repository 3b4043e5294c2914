package org.iotsmm.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.iotsmm.ui.views.ArchitectureView;
import org.iotsmm.ui.views.CoverageView;
import org.iotsmm.ui.views.GapsView;
import org.iotsmm.ui.views.MaturityView;

/**
 * The Security Maturity perspective, laid out for 1280x800: models and outline in a narrow column
 * on the left, the editor in the middle, the architecture diagram beside it (the widest view,
 * since it is what changes while typing), maturity charts below the diagram, and gaps, roadmap and
 * problems under the editor.
 */
public class SecurityMaturityPerspective implements IPerspectiveFactory {

	public static final String ID = "org.iotsmm.ui.perspective";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("models", IPageLayout.LEFT, 0.17f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.55f, "models");
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout diagram = layout.createFolder("diagram", IPageLayout.RIGHT, 0.48f, editors);
		diagram.addView(ArchitectureView.ID);
		diagram.addView(CoverageView.ID);
		IFolderLayout charts = layout.createFolder("charts", IPageLayout.BOTTOM, 0.62f, "diagram");
		charts.addView(MaturityView.ID);
		IFolderLayout results = layout.createFolder("results", IPageLayout.BOTTOM, 0.6f, editors);
		results.addView(GapsView.ID);
		results.addView(IPageLayout.ID_PROBLEM_VIEW);
		results.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		for (String view : new String[] { PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE, ArchitectureView.ID,
				GapsView.ID, MaturityView.ID, CoverageView.ID }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut("org.iotsmm.ui.wizards.newProject");
		layout.addNewWizardShortcut("org.iotsmm.ui.wizards.newFile");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
