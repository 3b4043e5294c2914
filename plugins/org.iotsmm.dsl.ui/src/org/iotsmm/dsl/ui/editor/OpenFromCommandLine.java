package org.iotsmm.dsl.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * {@code smm-workbench path/to/model.smm}: the folder of each .smm file named on the command line
 * becomes a project of the workspace (linked, nothing is copied) and the file opens in the editor,
 * with every editor feature (the other .smm files of the folder resolve as in the command line).
 */
public class OpenFromCommandLine implements IStartup {

	@Override
	public void earlyStartup() {
		for (String argument : Platform.getApplicationArgs()) {
			if (argument.endsWith(".smm") && Files.isRegularFile(Path.of(argument))) {
				try {
					IFile file = linked(Path.of(argument).toAbsolutePath().normalize());
					PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(file));
				} catch (CoreException e) {
					WorkspaceModels.log(e);
				}
			}
		}
	}

	private static void open(IFile file) {
		try {
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			WorkspaceModels.log(e);
		}
	}

	/** The workspace file of {@code path}, through a project on its folder (made when missing). */
	static IFile linked(Path path) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IPath folder = IPath.fromOSString(path.getParent().toString());
		for (IFile candidate : workspace.getRoot().findFilesForLocationURI(path.toUri())) {
			if (candidate.getProject().isAccessible()) {
				return candidate;
			}
		}
		String base = path.getParent().getFileName() == null ? "models" : path.getParent().getFileName().toString();
		String name = base;
		for (int i = 2; workspace.getRoot().getProject(name).exists(); i++) {
			name = base + "-" + i;
		}
		IProject project = workspace.getRoot().getProject(name);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(folder);
		project.create(description, null);
		project.open(null);
		return project.getFile(path.getFileName().toString());
	}
}
