package org.iotsmm.dsl.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Marks a project whose .smm files the {@link SmmBuilder} checks. */
public class SmmNature implements IProjectNature {

	public static final String ID = "org.iotsmm.dsl.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(c -> SmmBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(SmmBuilder.ID);
		ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
		updated[commands.length] = command;
		description.setBuildSpec(updated);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !SmmBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject value) {
		project = value;
	}

	public static boolean has(IProject project) {
		try {
			return project.isAccessible() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/**
	 * Adds the nature in a workspace job (opening a .smm file in a project does this, so that
	 * its problems reach the Problems view); the builder then checks every .smm file.
	 */
	public static void enable(IProject project) {
		if (!project.isAccessible() || has(project)) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Enabling .smm checks in " + project.getName()) {
			@Override
			public IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				if (!has(project)) {
					IProjectDescription description = project.getDescription();
					String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
					natures[natures.length - 1] = ID;
					description.setNatureIds(natures);
					project.setDescription(description, monitor);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == org.iotsmm.dsl.ui.internal.model.WorkspaceModels.JOB_FAMILY;
			}
		};
		job.setRule(project.getWorkspace().getRoot()); // a nature change may configure builders: the whole workspace
		job.setSystem(true);
		job.schedule();
	}
}
