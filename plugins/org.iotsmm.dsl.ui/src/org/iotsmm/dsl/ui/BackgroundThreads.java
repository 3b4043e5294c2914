package org.iotsmm.dsl.ui;

import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Background work of the editor and the views (re-parsing, validation, gap analysis, layout,
 * painting) runs below the UI thread's priority. On a machine with two cores an update keeps both
 * busy, and the UI thread waited for a core behind it (50-90 ms pauses without any work of ours
 * on the UI thread, measured by {@code ./bench views}). The JVM passes Java thread priorities on
 * to Linux only with {@code -XX:ThreadPriorityPolicy=1}, which the start script and the UI tests
 * give; lowering a priority needs no privilege there. Elsewhere this is a hint the OS may ignore.
 */
public final class BackgroundThreads {

	private BackgroundThreads() {
	}

	/**
	 * Runs {@code work} on the calling background thread at the lowest priority and restores the
	 * thread's priority after it (job workers are pooled: the next job must not inherit it).
	 */
	public static <T> T belowUi(Supplier<T> work) {
		Thread thread = Thread.currentThread();
		int priority = thread.getPriority();
		thread.setPriority(Thread.MIN_PRIORITY);
		try {
			return work.get();
		} finally {
			thread.setPriority(priority);
		}
	}

	/** Daemon threads named {@code name} at the lowest priority, for executors of background work. */
	public static ThreadFactory factory(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		};
	}
}
