package org.iotsmm.dsl.ui;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an action once its triggers have been quiet for a delay: each trigger puts the action off
 * again. Eclipse's {@code Job.schedule(delay)} cannot do this: scheduling a job that is already
 * sleeping has no effect, so the job ran the delay after the first keystroke of a word, in the
 * middle of the typing; and a job woken from its sleep usually started 50 ms after the delay
 * (the job pool found it not yet due within the same millisecond and slept 50 ms more). The
 * action runs on one shared timer thread and should only hand work on, e.g. {@code job.schedule()}.
 */
public final class Debouncer {

	private static final ScheduledThreadPoolExecutor TIMER = timer();
	private static final AtomicInteger PENDING = new AtomicInteger();

	private final long delayMs;
	private final Runnable action;
	private Run pending;

	public Debouncer(long delayMs, Runnable action) {
		this.delayMs = delayMs;
		this.action = action;
	}

	/** Runs the action {@code delayMs} from now unless triggered again before. */
	public synchronized void trigger() {
		cancel();
		Run run = new Run();
		PENDING.incrementAndGet();
		run.future = TIMER.schedule(run, delayMs, TimeUnit.MILLISECONDS);
		pending = run;
	}

	/** Drops a pending run; one whose action has started runs to its end. */
	public synchronized void cancel() {
		if (pending != null && pending.claim()) {
			pending.future.cancel(false);
			PENDING.decrementAndGet(); // it never ran
		}
		pending = null;
	}

	/**
	 * One scheduled run, counted as pending until its action has ended or it is dropped. Whoever
	 * claims it first, the timer or a cancel, settles the count: a future still cancels while its
	 * task runs, so its result cannot tell whether the action started.
	 */
	private final class Run implements Runnable {
		private final AtomicBoolean claimed = new AtomicBoolean();
		private ScheduledFuture<?> future;

		boolean claim() {
			return claimed.compareAndSet(false, true);
		}

		@Override
		public void run() {
			if (!claim()) {
				return; // dropped by a cancel, which settled the count
			}
			try {
				action.run();
			} finally {
				PENDING.decrementAndGet(); // after the action: the work it started is visible by then
			}
		}
	}

	/**
	 * How many runs of all debouncers wait for their quiet time: with the jobs they start, what a
	 * caller waits for to see the effect of an edit (the checks start only after the quiet time).
	 */
	public static int pendingRuns() {
		return PENDING.get();
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
			Thread thread = new Thread(runnable, "smm debounce timer");
			thread.setDaemon(true); // at the normal priority: it only starts work, and should start it on time
			return thread;
		});
		timer.setRemoveOnCancelPolicy(true); // a cancelled run leaves the queue at once (one per keystroke)
		return timer;
	}
}
