package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.iotsmm.dsl.ui.BackgroundThreads;
import org.junit.jupiter.api.Test;

/**
 * Background work runs below the UI thread: at the lowest Java priority while it runs, the pooled
 * thread's own priority back afterwards, and (with the start script's JVM options, which the UI
 * tests use too) a higher Linux nice value, so that the UI thread gets a core first.
 */
class BackgroundThreadsTest {

	private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");

	@Test
	void workRunsAtTheLowestPriorityAndTheThreadGetsItsOwnBack() throws Exception {
		AtomicInteger during = new AtomicInteger();
		AtomicInteger after = new AtomicInteger();
		Thread worker = new Thread(() -> {
			BackgroundThreads.belowUi(() -> {
				during.set(Thread.currentThread().getPriority());
				return null;
			});
			assertThrows(IllegalStateException.class, () -> BackgroundThreads.belowUi(() -> {
				throw new IllegalStateException("a failing job");
			}));
			after.set(Thread.currentThread().getPriority());
		});
		worker.setPriority(Thread.NORM_PRIORITY);
		worker.start();
		worker.join();
		assertEquals(Thread.MIN_PRIORITY, during.get());
		assertEquals(Thread.NORM_PRIORITY, after.get(), "a job's low priority must not stay with the pooled worker");
	}

	@Test
	void theOperatingSystemRunsTheWorkBelowTheUiThread() {
		assumeTrue(Files.isReadable(THREAD_STAT), "Linux only");
		int before = niceOfThisThread();
		int during = BackgroundThreads.belowUi(BackgroundThreadsTest::niceOfThisThread);
		assertTrue(during > before, "nice " + during + " while working, " + before
				+ " before: is -XX:ThreadPriorityPolicy=1 missing from the JVM's options?");
		assertEquals(before, niceOfThisThread());
	}

	@Test
	void executorThreadsAreLowPriorityDaemons() {
		Thread thread = BackgroundThreads.factory("painter").newThread(() -> {
		});
		assertEquals("painter", thread.getName());
		assertEquals(Thread.MIN_PRIORITY, thread.getPriority());
		assertTrue(thread.isDaemon());
	}

	/** Field 19 of the thread's stat line; the command name (field 2) may hold spaces, so count after its ')'. */
	private static int niceOfThisThread() {
		try {
			String stat = Files.readString(THREAD_STAT);
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[19 - 3]);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
