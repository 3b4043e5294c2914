package org.iotsmm.dsl.ui.builder;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;

/**
 * Problem markers for the .smm files of a project. Any change of a .smm file re-validates every
 * .smm file of the project, because files refer to each other (a system to its profile); files
 * with unchanged problems keep their markers, and only this builder's own markers are replaced.
 * <p>
 * The builder itself only collects the changed files and hands them to {@link ProjectChecks},
 * which validates and marks in a job of its own: the auto-build holds the whole workspace while
 * any builder runs, so the build must end quickly. The builder's own rule is its project (the
 * delta it reads and the markers {@link #clean} deletes are in it); it touches no other project.
 */
public class SmmBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.iotsmm.dsl.ui.builder";
	/** The marker type (a problem marker and a text marker). */
	public static final String MARKER = "org.iotsmm.dsl.ui.problem";
	/** Marker attribute: the issue code of org.iotsmm.dsl.validation.IssueCodes. */
	public static final String CODE = "code";
	/** Marker attribute: the quick fixes, {@link Fix#encode encoded}. */
	public static final String FIXES = "fixes";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		Set<IFile> changed = new LinkedHashSet<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta != null) {
			delta.accept(d -> {
				if (ProjectModels.isSmmFile(d.getResource())) {
					changed.add((IFile) d.getResource());
				}
				return true;
			});
			if (changed.isEmpty()) {
				return null;
			}
		}
		ProjectChecks.request(project, changed, Set.of());
		return null;
	}

	/**
	 * An editor of the file closed: its unsaved text is gone, so the markers go back to what the
	 * file on disk says (no build follows when nothing was saved).
	 */
	public static void editorClosed(IFile file) {
		if (SmmNature.has(file.getProject())) {
			ProjectChecks.request(file.getProject(), Set.of(), Set.of(file));
		}
	}

	@Override
	public ISchedulingRule getRule(int kind, Map<String, String> args) {
		return getProject();
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, false, IResource.DEPTH_INFINITE);
	}
}
