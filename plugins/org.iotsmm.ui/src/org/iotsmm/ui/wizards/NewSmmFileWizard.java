package org.iotsmm.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.iotsmm.ui.Activator;

/** File > New > SMM File: a new system, optionally measured with an industry profile. */
public class NewSmmFileWizard extends Wizard implements INewWizard {

	public static final String ID = "org.iotsmm.ui.wizards.newFile";

	private IStructuredSelection selection;
	private IWorkbench workbench;
	private FilePage page;
	private IFile created;

	private final class FilePage extends WizardNewFileCreationPage {
		private Text system;
		private Text title;
		private Combo profile;

		FilePage(IStructuredSelection selection) {
			super("smmFile", selection);
			setTitle("SMM File");
			setDescription("A .smm file describing a new system.");
			setFileExtension("smm");
			setFileName("system.smm");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
			new Label(c, SWT.NONE).setText("System name:");
			system = new Text(c, SWT.BORDER);
			system.setText("MySystem");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(system);
			system.addListener(SWT.Modify, e -> setPageComplete(validatePage()));
			new Label(c, SWT.NONE).setText("Title:");
			title = new Text(c, SWT.BORDER);
			title.setText("My IoT system");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
			new Label(c, SWT.NONE).setText("Industry profile:");
			profile = new Combo(c, SWT.READ_ONLY);
			profile.add("(none)");
			SmmTemplates.PROFILES.forEach(profile::add);
			profile.select(0);
			super.createAdvancedControls(parent);
		}

		@Override
		protected boolean validatePage() {
			if (system != null && !system.getText().matches("[A-Za-z_][A-Za-z0-9_]*")) {
				setErrorMessage("The system name must be a name: letters, digits and _, not starting with a digit.");
				return false;
			}
			return super.validatePage();
		}

		@Override
		protected InputStream getInitialContents() {
			String chosenProfile = profile.getSelectionIndex() <= 0 ? null : profile.getText();
			return new ByteArrayInputStream(SmmTemplates.newSystem(system.getText(), title.getText(), chosenProfile)
					.getBytes(StandardCharsets.UTF_8));
		}
	}

	public NewSmmFileWizard() {
		setWindowTitle("New SMM File");
	}

	@Override
	public void init(IWorkbench wb, IStructuredSelection sel) {
		this.workbench = wb;
		this.selection = sel;
	}

	@Override
	public void addPages() {
		page = new FilePage(selection);
		addPage(page);
	}

	/** For tests: the page's fields. */
	public void fill(String container, String fileName, String systemName, String profileName) {
		page.setContainerFullPath(new org.eclipse.core.runtime.Path(container));
		page.setFileName(fileName);
		page.system.setText(systemName);
		page.profile.setText(profileName == null ? "(none)" : profileName);
	}

	public IFile created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		if (created == null) {
			return false;
		}
		if (workbench != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
			} catch (CoreException e) {
				Activator.log(e);
			}
		}
		return true;
	}
}
