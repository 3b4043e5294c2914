package org.iotsmm.ui.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.iotsmm.ui.Activator;

/** File > New > SMM Project: an empty system or one of the four examples, with the .smm project nature. */
public class NewSmmProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.iotsmm.ui.wizards.newProject";

	private WizardNewProjectCreationPage page;
	private String example;
	private IWorkbench workbench;
	private IProject created;
	private String initialName;

	public NewSmmProjectWizard() {
		setWindowTitle("New SMM Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench wb, IStructuredSelection selection) {
		this.workbench = wb;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("smmProject") {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				Composite c = new Composite((Composite) getControl(), SWT.NONE);
				GridLayoutFactory.swtDefaults().applyTo(c);
				new Label(c, SWT.NONE).setText("Start from:");
				radio(c, "An empty system", null, true);
				for (String e : SmmTemplates.EXAMPLES) {
					radio(c, "Example: " + e, e, false);
				}
			}
		};
		if (initialName != null) {
			page.setInitialProjectName(initialName);
		}
		page.setTitle("SMM Project");
		page.setDescription("A project for .smm models: an empty system, or one of the examples to learn from.");
		addPage(page);
	}

	private void radio(Composite parent, String text, String value, boolean selected) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		b.setSelection(selected);
		b.addListener(SWT.Selection, e -> {
			if (b.getSelection()) {
				example = value;
			}
		});
	}

	/** The project name the page starts with. */
	public void setInitialProjectName(String name) {
		initialName = name;
	}

	/** For tests: which example to start from (null: empty). */
	public void setExample(String name) {
		example = name;
	}

	/** The project made by {@link #performFinish()}. */
	public IProject created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
		String chosen = example;
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					create(project, location, chosen);
				}
			});
		} catch (InvocationTargetException e) {
			Activator.log(e.getCause());
			MessageDialog.openError(getShell(), "New SMM Project", e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		created = project;
		IFile main = project.getFile((chosen == null ? project.getName().replaceAll("[^A-Za-z0-9_]", "") : chosen) + ".smm");
		if (workbench != null && main.exists()) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), main);
			} catch (CoreException e) {
				Activator.log(e);
			}
		}
		return true;
	}

	/** Makes the project with its nature and its first .smm file. */
	public static void create(IProject project, java.net.URI location, String example) throws CoreException {
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		if (ResourcesPlugin.getWorkspace().getNatureDescriptor(SmmTemplates.NATURE) != null) {
			description.setNatureIds(new String[] { SmmTemplates.NATURE });
		}
		project.create(description, null);
		project.open(null);
		String name;
		String text;
		try {
			if (example == null) {
				name = project.getName().replaceAll("[^A-Za-z0-9_]", "");
				if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
					name = "MySystem" + name;
				}
				text = SmmTemplates.newSystem(name, project.getName(), null);
			} else {
				name = example;
				text = SmmTemplates.example(example);
			}
		} catch (java.io.IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
		}
		project.getFile(name + ".smm").create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}
}
