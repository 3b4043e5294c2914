package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.iotsmm.testing.Repo;
import org.iotsmm.ui.wizards.NewSmmFileWizard;
import org.iotsmm.ui.wizards.NewSmmProjectWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both wizards, opened in their dialogs as File > New opens them, finished, and their result validated. */
class WizardsTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void bothWizardsAreInFileNew() throws Exception {
		for (String id : new String[] { NewSmmProjectWizard.ID, NewSmmFileWizard.ID }) {
			IWizardDescriptor d = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id);
			assertNotNull(d, id + " registered under File > New");
		}
		// the perspective's new-wizard shortcuts: File > New and the Project Explorer's empty-workspace links
		PlatformUI.getWorkbench().showPerspective(org.iotsmm.ui.SecurityMaturityPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Workbench.page().resetPerspective();
		assertTrue(java.util.List.of(Workbench.page().getNewWizardShortcuts()).containsAll(
				java.util.List.of(NewSmmProjectWizard.ID, NewSmmFileWizard.ID)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void newProjectValidatesClean(String example) throws Exception {
		String name = "wizard-" + (example.isEmpty() ? "empty" : example);
		IProject old = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (old.exists()) {
			old.delete(true, true, null);
		}
		NewSmmProjectWizard wizard = new NewSmmProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.setInitialProjectName(name);
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.setExample(example.isEmpty() ? null : example);
		assertTrue(wizard.canFinish(), "the page is complete with a project name");
		assertTrue(wizard.performFinish());
		dialog.close();
		IProject project = wizard.created();
		assertEquals(name, project.getName());
		IFile file = project.getFile((example.isEmpty() ? "wizardempty" : example) + ".smm");
		assertTrue(file.exists(), file + " created");
		if (!example.isEmpty()) {
			assertEquals(Files.readString(Repo.example(example).resolve(example + ".smm"), StandardCharsets.UTF_8),
					new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8), "the example as in the repository");
		}
		assertTrue(project.hasNature(org.iotsmm.ui.wizards.SmmTemplates.NATURE), "the .smm project nature (its builder makes the markers)");
		Workbench.waitForJobs();
		assertEquals(java.util.List.of(), Validation.errors(file));
		assertTrue(project.findMaxProblemSeverity(org.eclipse.core.resources.IMarker.PROBLEM, true,
				org.eclipse.core.resources.IResource.DEPTH_INFINITE) < org.eclipse.core.resources.IMarker.SEVERITY_ERROR,
				"no error markers from the builder");
	}

	@Test
	void newFileWithAnIndustryProfileValidatesClean() throws Exception {
		IProject project = Workbench.project("wizard-file");
		NewSmmFileWizard wizard = new NewSmmFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.fill("/wizard-file", "plant.smm", "Plant", "Manufacturing");
		assertTrue(wizard.canFinish(), "page complete");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile file = wizard.created();
		assertEquals("/wizard-file/plant.smm", file.getFullPath().toString());
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("system Plant") && text.contains("profile Manufacturing version 1.0"), text);
		Workbench.waitForJobs();
		assertEquals(java.util.List.of(), Validation.errors(file));
	}
}
