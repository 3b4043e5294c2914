package org.iotsmm.dsl.ui.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.dsl.ui.BackgroundThreads;
import org.iotsmm.dsl.ui.model.ModelReader;
import org.iotsmm.dsl.ui.model.ModelSnapshot;
import org.iotsmm.dsl.ui.model.SmmModelListener;
import org.iotsmm.dsl.ui.model.SmmModels;

/**
 * {@link SmmModels} for the workspace: a {@link ProjectModels} per project, the files whose text
 * an editor supplies, a text version per file (so that stale work can be cancelled), and a
 * resource listener that re-loads files changed on disk in a background job.
 */
public final class WorkspaceModels implements SmmModels {

	/** Family of this bundle's background jobs (tests wait for them). */
	public static final Object JOB_FAMILY = WorkspaceModels.class;

	private static volatile WorkspaceModels instance;

	private final Map<IProject, ProjectModels> projects = new ConcurrentHashMap<>();
	private final List<SmmModelListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<IFile, AtomicInteger> editorOwned = new ConcurrentHashMap<>();
	private final Map<IFile, AtomicLong> versions = new ConcurrentHashMap<>();
	private final DiskReloadJob diskReload = new DiskReloadJob();

	public static WorkspaceModels instance() {
		WorkspaceModels result = instance;
		if (result == null) {
			synchronized (WorkspaceModels.class) {
				result = instance;
				if (result == null) {
					result = new WorkspaceModels();
					ResourcesPlugin.getWorkspace().addResourceChangeListener(result::resourceChanged,
							IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
					instance = result;
				}
			}
		}
		return result;
	}

	@Override
	public <T> T read(IFile file, ModelReader<T> reader) {
		if (Display.getCurrent() != null) {
			throw new IllegalStateException("SmmModels.read must not run on the UI thread (" + file.getFullPath() + ")");
		}
		return withProject(file.getProject(), project -> {
			long version = version(file);
			return reader.read(project.snapshot(file, version, staleAfter(file, version)));
		});
	}

	@Override
	public void addListener(SmmModelListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(SmmModelListener listener) {
		listeners.remove(listener);
	}

	/** Runs {@code work} with the project's lock held and its files loaded. */
	public <T> T withProject(IProject project, Function<ProjectModels, T> work) {
		ProjectModels models = projects.computeIfAbsent(project, ProjectModels::new);
		models.lock().lock();
		try {
			models.ensureLoaded();
			return work.apply(models);
		} finally {
			models.lock().unlock();
		}
	}

	/** The version of a file's text; it grows with every edit and every re-load from disk. */
	public long version(IFile file) {
		return versions.computeIfAbsent(file, f -> new AtomicLong()).get();
	}

	/** An edit happened in an editor of the file (called on the UI thread: cheap). */
	public long textChanged(IFile file) {
		return versions.computeIfAbsent(file, f -> new AtomicLong()).incrementAndGet();
	}

	/** Cancelled as soon as the file's text moves past {@code version}. */
	public CancelIndicator staleAfter(IFile file, long version) {
		return () -> version(file) != version;
	}

	/** An editor supplies the file's text from now on (its disk content is ignored meanwhile). */
	public void editorOpened(IFile file) {
		editorOwned.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
	}

	/** The editor closed: unsaved text is gone, so the file's model goes back to the disk content. */
	public void editorClosed(IFile file) {
		AtomicInteger count = editorOwned.get(file);
		if (count != null && count.decrementAndGet() <= 0) {
			editorOwned.remove(file);
		}
		textChanged(file);
		diskReload.add(file, true);
	}

	public boolean isEditorOwned(IFile file) {
		return editorOwned.containsKey(file);
	}

	/**
	 * Re-parses an editor's text (on a background thread), tells the listeners and runs
	 * {@code first} under the same lock; then lets go of the lock before {@code then} takes it
	 * again, so that work the listeners queued meanwhile (the gap views' analysis) runs between the
	 * two instead of after both. Returns null, doing nothing more, when the text goes stale.
	 */
	public <P, T> T reconcile(IFile file, String text, long version, Function<ModelSnapshot, P> first,
			java.util.function.BiFunction<ModelSnapshot, P, T> then) {
		P checked = withProject(file.getProject(), project -> {
			CancelIndicator cancel = staleAfter(file, version);
			if (cancel.isCanceled()) {
				return null;
			}
			project.setText(file, text, cancel); // a newer text stops the linking
			ModelSnapshot snapshot = project.snapshot(file, version, cancel);
			fire(snapshot);
			return cancel.isCanceled() ? null : first.apply(snapshot);
		});
		if (checked == null) {
			return null;
		}
		return withProject(file.getProject(), project -> {
			CancelIndicator cancel = staleAfter(file, version);
			return cancel.isCanceled() ? null : then.apply(project.snapshot(file, version, cancel), checked);
		});
	}

	/**
	 * Runs {@code work} (on a background thread) on a model of exactly {@code text}, the editor's
	 * current text: content assist, hover and format must not work on an older reconcile.
	 */
	public <T> T withText(IFile file, String text, Function<ModelSnapshot, T> work) {
		return withProject(file.getProject(), project -> {
			org.eclipse.xtext.resource.XtextResource resource = project.resource(file);
			if (resource.getParseResult() == null || !text.equals(resource.getParseResult().getRootNode().getText())) {
				project.setText(file, text);
			}
			long version = version(file);
			return work.apply(project.snapshot(file, version, staleAfter(file, version)));
		});
	}

	/** Tells every listener; called with the project's lock held. */
	public void fire(ModelSnapshot snapshot) {
		for (SmmModelListener listener : listeners) {
			if (snapshot.cancelIndicator().isCanceled()) {
				return;
			}
			try {
				listener.modelChanged(snapshot);
			} catch (RuntimeException | Error e) {
				if (isCancellation(e)) {
					return; // a newer text is on its way
				}
				log(e);
			}
		}
	}

	/** Xtext signals cancellation with an exception or an error, depending on the caller. */
	public static boolean isCancellation(Throwable e) {
		return e instanceof org.eclipse.xtext.service.OperationCanceledError
				|| e instanceof org.eclipse.core.runtime.OperationCanceledException
				|| e instanceof java.util.concurrent.CancellationException;
	}

	public static void log(Throwable e) {
		ILog.of(WorkspaceModels.class).log(Status.error(String.valueOf(e.getMessage()), e));
	}

	private void resourceChanged(IResourceChangeEvent event) {
		if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
			if (event.getResource() instanceof IProject project) {
				ProjectModels models = projects.remove(project);
				if (models != null) {
					diskReload.dispose(models);
				}
			}
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IProject project && !projects.containsKey(project)) {
					return false; // nobody has asked for this project's models yet
				}
				if (ProjectModels.isSmmFile(resource) && (delta.getKind() != IResourceDelta.CHANGED
						|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					diskReload.add((IFile) resource, false);
				}
				return true;
			});
		} catch (CoreException e) {
			log(e);
		}
	}

	/** Re-loads files changed on disk, one project lock at a time, then tells the listeners. */
	private final class DiskReloadJob extends Job {
		private final Set<IFile> pending = new LinkedHashSet<>();
		private final Set<IFile> forced = new LinkedHashSet<>();

		DiskReloadJob() {
			super("Reloading .smm models");
			setSystem(true);
		}

		synchronized void add(IFile file, boolean force) {
			pending.add(file);
			if (force) {
				forced.add(file);
			}
			schedule(50);
		}

		void dispose(ProjectModels models) {
			Job job = Job.create("Releasing .smm models of " + models.project().getName(), monitor -> {
				models.lock().lock();
				try {
					models.dispose();
				} finally {
					models.lock().unlock();
				}
			});
			job.setSystem(true);
			job.schedule();
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return BackgroundThreads.belowUi(() -> reloadPending(monitor));
		}

		private IStatus reloadPending(IProgressMonitor monitor) {
			Set<IFile> files;
			Set<IFile> force;
			synchronized (this) {
				files = new LinkedHashSet<>(pending);
				force = new LinkedHashSet<>(forced);
				pending.clear();
				forced.clear();
			}
			for (IFile file : files) {
				try {
					reload(file, force.contains(file));
				} catch (RuntimeException | Error e) {
					if (!isCancellation(e)) {
						log(e);
					}
				}
			}
			return Status.OK_STATUS;
		}

		private void reload(IFile file, boolean forced) {
			if (isEditorOwned(file) || !projects.containsKey(file.getProject())) {
					return; // the editor's text wins; unloaded projects load from disk when used
				}
				withProject(file.getProject(), project -> {
					if (forced) {
						project.setText(file, file.exists() ? ProjectModels.diskText(file) : "");
					} else if (!project.syncWithDisk(file)) {
						return null;
					}
					if (file.exists()) {
						long version = forced ? version(file) : textChanged(file);
						fire(project.snapshot(file, version, staleAfter(file, version)));
					}
					return null;
				});
		}
	}
}
