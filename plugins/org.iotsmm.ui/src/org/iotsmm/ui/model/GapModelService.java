package org.iotsmm.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.iotsmm.dsl.ui.BackgroundThreads;
import org.iotsmm.dsl.ui.model.ModelSnapshot;
import org.iotsmm.dsl.ui.model.SmmModelListener;
import org.iotsmm.dsl.ui.model.SmmModels;
import org.iotsmm.ui.Activator;

/**
 * The one source of the gap views: follows one .smm file, recomputes its {@link GapPicture} after
 * every re-parse of that file (each keystroke's reconcile, a save, a change on disk) or change of
 * the {@link ViewChoices}, never on the UI thread, and tells its listeners on the UI thread. A newer
 * request cancels the computation still running. While the text has syntax errors the last good
 * picture stays, with a notice.
 */
public final class GapModelService {

	/** Family of the update jobs, for tests and benchmarks that wait for them. */
	public static final Object JOB_FAMILY = GapModelService.class;

	/** How long the layout waits after the new statuses were drawn on the previous one. */
	private static final long LAYOUT_DELAY_MS = 150;

	private static GapModelService instance;

	private final List<Consumer<GapViewState>> listeners = new CopyOnWriteArrayList<>();
	private final SmmModelListener modelListener = this::modelChanged;
	private volatile IFile file;
	private volatile ViewChoices choices = ViewChoices.DEFAULT;
	private volatile GapViewState state = GapViewState.NOTHING;
	private FamilyJob running;

	private GapModelService() {
		SmmModels.get().addListener(modelListener);
	}

	public static synchronized GapModelService get() {
		if (instance == null) {
			instance = new GapModelService();
		}
		return instance;
	}

	public GapViewState state() {
		return state;
	}

	public IFile file() {
		return file;
	}

	public ViewChoices choices() {
		return choices;
	}

	/** Listener is called on the UI thread with each new state (and now, with the current one). */
	public void addListener(Consumer<GapViewState> listener) {
		listeners.add(listener);
		listener.accept(state);
	}

	public void removeListener(Consumer<GapViewState> listener) {
		listeners.remove(listener);
	}

	/** Follows {@code newFile} (no-op when already following it). */
	public void follow(IFile newFile) {
		if (newFile == null || newFile.equals(file)) {
			return;
		}
		file = newFile;
		publish(new GapViewState(newFile, null, "Analysing " + newFile.getName() + " ..."));
		update();
	}

	public void choose(ViewChoices newChoices) {
		if (!Objects.equals(newChoices, choices)) {
			choices = newChoices;
			update();
		}
	}

	/** Recomputes the followed file's picture in the background, cancelling a computation still running. */
	public void update() {
		FamilyJob job = replaceRunning();
		if (job != null) {
			job.schedule();
		}
	}

	/** A new update job for the followed file (not yet scheduled), the running one cancelled; null when following nothing. */
	private synchronized FamilyJob replaceRunning() {
		IFile target = file;
		if (target == null) {
			return null;
		}
		if (running != null) {
			running.cancel();
			running.inline.setCanceled(true);
		}
		running = new FamilyJob("Updating the gap views of " + target.getName(), target, choices);
		running.setSystem(true);
		running.setPriority(Job.SHORT);
		return running;
	}

	/**
	 * A re-parse of the followed file: the statuses are analysed right here, on the thread that
	 * re-parsed and under its lock, before the file is validated, and drawn on the previous layout;
	 * the layout follows in the background. (Analysed in a job, the new statuses waited for the
	 * validation and a job start: about 50 ms of the Architecture view's 150 at 200 components,
	 * where the analysis itself takes 15.)
	 */
	private void modelChanged(ModelSnapshot snapshot) {
		if (!snapshot.file().equals(file)) {
			return;
		}
		FamilyJob job = replaceRunning();
		if (job != null && job.target.equals(snapshot.file())) {
			publishing(job.target, "Cannot analyse ", job.inline, () -> analyse(job, snapshot, job.inline, false));
		}
	}

	private IStatus compute(FamilyJob job, IFile target, IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		return publishing(target, "Cannot analyse ", monitor,
				() -> SmmModels.get().read(target, snapshot -> analyse(job, snapshot, monitor, true)));
	}

	/**
	 * The first step of an update, with the lock held: the state to publish, or null when the new
	 * statuses went out on the previous layout and the layout follows (or, {@code layOutHere} false,
	 * when the whole update was handed to the job because there is no previous layout to draw on).
	 */
	private GapViewState analyse(FamilyJob job, ModelSnapshot snapshot, IProgressMonitor monitor, boolean layOutHere) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		IFile target = job.target;
		GapPicture last = state.picture() != null && target.equals(state.picture().file()) ? state.picture() : null;
		if (snapshot.hasSyntaxErrors()) {
			return new GapViewState(target, last, "The text has syntax errors: showing the last good analysis"
					+ (last == null ? " (none yet)." : "."));
		}
		Optional<GapComputation.Analysed> analysed = GapComputation.analyse(snapshot, job.asked, last);
		if (analysed.isEmpty()) {
			return new GapViewState(target, null, target.getName() + " declares no system (a catalog or profile file).");
		}
		if (analysed.get().early() == null) {
			if (!layOutHere) { // the layout takes a while: not on the thread that re-parsed
				job.schedule();
				return null;
			}
			return new GapViewState(target, GapComputation.layOut(analysed.get()), null);
		}
		if (!monitor.isCanceled()) {
			publish(new GapViewState(target, analysed.get().early(), null));
		}
		// the new statuses are on their way to the screen: the layout follows a little later, so
		// that painting them (and the editor's problems, colours and outline) need not share the
		// two cores with it
		job.layOutLater(analysed.get());
		return null;
	}

	/**
	 * Runs one step of an update and publishes the state it returns (none when it returns null: it
	 * goes on later); a cancellation, or another file followed meanwhile, publishes nothing.
	 */
	private IStatus publishing(IFile target, String failure, IProgressMonitor monitor, java.util.function.Supplier<GapViewState> step) {
		try {
			GapViewState next = step.get();
			if (next == null) {
				return Status.OK_STATUS;
			}
			if (monitor.isCanceled() || !target.equals(file)) {
				return Status.CANCEL_STATUS;
			}
			publish(next);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Activator.log(e);
			publish(new GapViewState(target, state.picture(), failure + target.getName() + ": " + e.getMessage()));
			return Status.OK_STATUS;
		}
	}

	/** The layout of what the first hold analysed, when the model is still the one analysed; else all again (the project was re-loaded). */
	private GapViewState layOut(GapComputation.Analysed analysed, ModelSnapshot snapshot, ViewChoices asked, IProgressMonitor monitor) {
		if (monitor.isCanceled() || snapshot.textVersion() != analysed.model().textVersion()) {
			throw new OperationCanceledException(); // a newer text: its re-parse brings a new update
		}
		if (snapshot.resource() == analysed.model().resource()) {
			// the same text in the same objects (only a re-parse replaces them, and it brings a newer version)
			return new GapViewState(snapshot.file(), GapComputation.layOut(analysed), null);
		}
		return GapComputation.compute(snapshot, asked, null, null).map(p -> new GapViewState(snapshot.file(), p, null))
				.orElseThrow(OperationCanceledException::new);
	}

	private void publish(GapViewState next) {
		state = next;
		Display display = Display.getDefault();
		if (display.isDisposed()) {
			return;
		}
		// one UI-thread task per view: the views' updates together held the UI thread too long
		for (Consumer<GapViewState> listener : listeners) {
			display.asyncExec(() -> {
				if (state == next && listeners.contains(listener)) {
					listener.accept(next);
				}
			});
		}
	}

	private final class FamilyJob extends Job {
		private final IFile target;
		private final ViewChoices asked;

		FamilyJob(String name, IFile target, ViewChoices asked) {
			super(name);
			this.target = target;
			this.asked = asked;
		}

		/** What the last run analysed and drew on the previous layout, still to be laid out. */
		private volatile GapComputation.Analysed toLayOut;
		/** Cancels the analysis that runs outside the job, on the re-parsing thread. */
		final org.eclipse.core.runtime.NullProgressMonitor inline = new org.eclipse.core.runtime.NullProgressMonitor();

		void layOutLater(GapComputation.Analysed analysed) {
			toLayOut = analysed;
			schedule(LAYOUT_DELAY_MS);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return BackgroundThreads.belowUi(() -> analyseOrLayOut(monitor));
		}

		private IStatus analyseOrLayOut(IProgressMonitor monitor) {
			GapComputation.Analysed analysed = toLayOut;
			toLayOut = null;
			if (analysed == null) {
				return compute(this, target, monitor);
			}
			return publishing(target, "Cannot lay out ", monitor,
					() -> SmmModels.get().read(target, snapshot -> layOut(analysed, snapshot, asked, monitor)));
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}
}
