package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

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

	/**
	 * Run as root, -XX:ThreadPriorityPolicy=1 also raises the JVM's own threads (the collector's,
	 * the VM thread) to nice -4 and -5, above the UI thread, which an ordinary user's JVM cannot
	 * do; the start script maps the high Java priorities to nice 0. The JIT's compilers run at the
	 * lowest priority, below the background work too: typing soon after the start, they compiled
	 * for 12-19 of 32 seconds and took the processors from the UI thread (UiStalls' CPU shares).
	 */
	@Test
	void noThreadOfTheJvmRunsAboveTheUiThreadAndTheCompilersRunBelowIt() throws IOException {
		assumeTrue(Files.isReadable(THREAD_STAT), "Linux only");
		assertTrue(org.eclipse.swt.widgets.Display.getCurrent() != null, "the UI harness runs the tests on the UI thread");
		int ui = niceOfThisThread();
		List<String> above = new ArrayList<>();
		List<String> compilers = new ArrayList<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				String stat;
				try {
					stat = Files.readString(task.resolve("stat"));
				} catch (IOException ended) {
					continue;
				}
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				int nice = nice(stat);
				if (nice < ui) {
					above.add(name + " at nice " + nice);
				}
				if (name.contains("CompilerThre")) {
					compilers.add(name + " at nice " + nice);
					assertTrue(nice > ui, name + " at nice " + nice + ", the UI thread at " + ui
							+ ": is -XX:CompilerThreadPriority missing from the JVM's options?");
					assertEquals(19, nice, name + ": the compilers run below the background work too (-XX:CompilerThreadPriority=19)");
				}
			}
		}
		assertEquals(List.of(), above, "threads above the UI thread (nice " + ui
				+ "): are the -XX:JavaPriority<N>_To_OSPriority=0 options missing from the JVM's?");
		assertTrue(!compilers.isEmpty(), "no JIT compiler threads found: has HotSpot renamed them?");
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
			return nice(Files.readString(THREAD_STAT));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int nice(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Integer.parseInt(fields[19 - 3]);
	}
}
