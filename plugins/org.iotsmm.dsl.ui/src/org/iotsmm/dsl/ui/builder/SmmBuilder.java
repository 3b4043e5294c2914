package org.iotsmm.dsl.ui.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.editor.ProblemAnnotation.Problem;
import org.iotsmm.dsl.ui.fixes.Fix;
import org.iotsmm.dsl.ui.fixes.QuickFixes;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Problem markers for the .smm files of a project. Any change of a .smm file re-validates every
 * .smm file of the project, because files refer to each other (a system to its profile); files
 * with unchanged problems keep their markers, and only this builder's own markers are replaced.
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
		Map<IFile, List<Problem>> problems = check(project, changed, monitor);
		for (Map.Entry<IFile, List<Problem>> entry : problems.entrySet()) {
			if (monitor.isCanceled()) {
				break;
			}
			mark(entry.getKey(), entry.getValue());
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, false, IResource.DEPTH_INFINITE);
	}

	/** Brings changed files in from disk, then validates every file of the project. */
	private static Map<IFile, List<Problem>> check(IProject project, Set<IFile> changed, IProgressMonitor monitor) {
		WorkspaceModels models = WorkspaceModels.instance();
		IResourceValidator validator = SmmLanguage.injector().getInstance(IResourceValidator.class);
		return models.withProject(project, projectModels -> {
			for (IFile file : changed) {
				if (!models.isEditorOwned(file) && projectModels.syncWithDisk(file) && file.exists()) {
					long version = models.textChanged(file);
					models.fire(projectModels.snapshot(file, version, models.staleAfter(file, version)));
				}
			}
			Map<IFile, List<Problem>> result = new LinkedHashMap<>();
			CancelIndicator cancel = monitor::isCanceled;
			for (IFile file : projectModels.files()) {
				if (!file.exists() || monitor.isCanceled()) {
					continue;
				}
				var resource = projectModels.resource(file);
				List<Problem> problems = new ArrayList<>();
				for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
					problems.add(Problem.of(issue, QuickFixes.of(resource, issue)));
				}
				result.put(file, problems);
			}
			return result;
		});
	}

	/** Replaces the file's markers of this builder when its problems changed. */
	private static void mark(IFile file, List<Problem> problems) throws CoreException {
		IMarker[] existing = file.findMarkers(MARKER, false, IResource.DEPTH_ZERO);
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Problem problem : problems) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put(IMarker.MESSAGE, problem.message());
			attributes.put(IMarker.SEVERITY, severity(problem.severity()));
			attributes.put(IMarker.LINE_NUMBER, problem.line());
			attributes.put(IMarker.CHAR_START, problem.offset());
			attributes.put(IMarker.CHAR_END, problem.offset() + problem.length());
			attributes.put(IMarker.LOCATION, "line " + problem.line());
			attributes.put(CODE, problem.code() == null ? "" : problem.code());
			attributes.put(FIXES, Fix.encode(problem.fixes()));
			wanted.add(attributes);
		}
		if (same(existing, wanted)) {
			return;
		}
		file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		for (Map<String, Object> attributes : wanted) {
			file.createMarker(MARKER, attributes);
		}
	}

	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		Set<Map<String, Object>> have = new LinkedHashSet<>();
		for (IMarker marker : existing) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			for (String key : wanted.isEmpty() ? new String[0] : wanted.get(0).keySet().toArray(String[]::new)) {
				attributes.put(key, marker.getAttribute(key));
			}
			have.add(attributes);
		}
		return have.equals(new LinkedHashSet<>(wanted));
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
