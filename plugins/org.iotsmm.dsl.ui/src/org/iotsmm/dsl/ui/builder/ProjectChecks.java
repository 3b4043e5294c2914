package org.iotsmm.dsl.ui.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ide.fixes.QuickFixes;
import org.iotsmm.dsl.ui.BackgroundThreads;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.editor.ProblemAnnotation.Problem;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Checks every .smm file of a project and writes the {@link SmmBuilder}'s markers, in a job of its
 * own with no scheduling rule. The builder only hands the changed files over: the auto-build
 * holds the whole workspace while builders run, and checking a large project there made every
 * other workspace operation wait (the first keystroke in an editor waited seconds for it). The
 * markers are written in a workspace operation of their own that holds only the marker rules.
 * A newer request cancels a running check, which then starts again with both requests' files.
 */
final class ProjectChecks extends Job {

	private static final Map<IProject, ProjectChecks> CHECKS = new ConcurrentHashMap<>();

	private final IProject project;
	private final Set<IFile> pending = new LinkedHashSet<>();
	private final Set<IFile> reload = new LinkedHashSet<>();

	private ProjectChecks(IProject project) {
		super("Checking .smm files of " + project.getName());
		this.project = project;
		setSystem(true);
	}

	/**
	 * Checks the project soon. {@code changed} are files whose disk content may be newer than the
	 * model; {@code reload} are files whose model must be read from disk again, even unchanged
	 * there (an editor's unsaved text is gone).
	 */
	static void request(IProject project, Set<IFile> changed, Set<IFile> reload) {
		ProjectChecks checks = CHECKS.computeIfAbsent(project, ProjectChecks::new);
		synchronized (checks) {
			checks.pending.addAll(changed);
			checks.pending.addAll(reload);
			checks.reload.addAll(reload);
		}
		checks.cancel(); // a running check works on older files: start over with both requests
		checks.schedule();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == WorkspaceModels.JOB_FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return BackgroundThreads.belowUi(() -> check(monitor));
	}

	private IStatus check(IProgressMonitor monitor) {
		Set<IFile> changed;
		Set<IFile> reloaded;
		synchronized (this) {
			changed = new LinkedHashSet<>(pending);
			reloaded = new LinkedHashSet<>(reload);
			pending.clear();
			reload.clear();
		}
		if (!project.isAccessible()) {
			CHECKS.remove(project, this);
			return Status.OK_STATUS;
		}
		try {
			Map<IFile, List<Problem>> problems = check(changed, reloaded, monitor);
			if (!monitor.isCanceled()) {
				mark(problems, monitor);
			}
		} catch (CoreException e) {
			if (project.isAccessible()) {
				WorkspaceModels.log(e);
			}
		} catch (RuntimeException | Error e) {
			if (!WorkspaceModels.isCancellation(e)) {
				throw e;
			}
		}
		if (monitor.isCanceled()) {
			synchronized (this) {
				pending.addAll(changed); // the next run brings them in from disk
				reload.addAll(reloaded);
			}
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}

	/** Brings changed files in from disk, then validates every file of the project. */
	private Map<IFile, List<Problem>> check(Set<IFile> changed, Set<IFile> reloaded, IProgressMonitor monitor) {
		WorkspaceModels models = WorkspaceModels.instance();
		IResourceValidator validator = SmmLanguage.injector().getInstance(IResourceValidator.class);
		return models.withProject(project, projectModels -> {
			for (IFile file : changed) {
				if (models.isEditorOwned(file)) {
					continue; // the editor's text wins
				}
				boolean modelChanged = reloaded.contains(file) ? projectModels.reloadFromDisk(file) : projectModels.syncWithDisk(file);
				if (modelChanged && file.exists()) {
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
				if (models.isEditorOwned(file) && projectModels.differsFromDisk(file)) {
					// markers tell the saved file's problems; the editor's annotations tell the unsaved text's
					continue;
				}
				var resource = projectModels.resource(file);
				List<Problem> problems = new ArrayList<>();
				List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
				List<List<Fix>> fixes = QuickFixes.of(resource, issues, cancel);
				for (int i = 0; i < issues.size(); i++) {
					problems.add(Problem.of(issues.get(i), fixes.get(i)));
				}
				result.put(file, problems);
			}
			return result;
		});
	}

	/** Replaces the markers of the files whose problems changed, in one workspace operation. */
	private static void mark(Map<IFile, List<Problem>> problems, IProgressMonitor monitor) throws CoreException {
		if (problems.isEmpty()) {
			return;
		}
		IWorkspace workspace = problems.keySet().iterator().next().getWorkspace();
		IResourceRuleFactory rules = workspace.getRuleFactory();
		ISchedulingRule rule = null;
		for (IFile file : problems.keySet()) {
			rule = MultiRule.combine(rule, rules.markerRule(file));
		}
		workspace.run(inner -> {
			for (Map.Entry<IFile, List<Problem>> entry : problems.entrySet()) {
				if (entry.getKey().exists()) {
					mark(entry.getKey(), entry.getValue());
				}
			}
		}, rule, IWorkspace.AVOID_UPDATE, monitor);
	}

	/** Replaces the file's markers of the builder when its problems changed. */
	private static void mark(IFile file, List<Problem> problems) throws CoreException {
		IMarker[] existing = file.findMarkers(SmmBuilder.MARKER, false, IResource.DEPTH_ZERO);
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Problem problem : problems) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put(IMarker.MESSAGE, problem.message());
			attributes.put(IMarker.SEVERITY, severity(problem.severity()));
			attributes.put(IMarker.LINE_NUMBER, problem.line());
			attributes.put(IMarker.CHAR_START, problem.offset());
			attributes.put(IMarker.CHAR_END, problem.offset() + problem.length());
			attributes.put(IMarker.LOCATION, "line " + problem.line());
			attributes.put(SmmBuilder.CODE, problem.code() == null ? "" : problem.code());
			attributes.put(SmmBuilder.FIXES, Fix.encode(problem.fixes()));
			wanted.add(attributes);
		}
		if (same(existing, wanted)) {
			return;
		}
		file.deleteMarkers(SmmBuilder.MARKER, false, IResource.DEPTH_ZERO);
		for (Map<String, Object> attributes : wanted) {
			file.createMarker(SmmBuilder.MARKER, attributes);
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
