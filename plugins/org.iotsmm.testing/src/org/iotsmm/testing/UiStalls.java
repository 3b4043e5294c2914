package org.iotsmm.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds out what the UI thread runs when it stalls, for the UI benchmarks: the UI thread beats
 * ({@link #beat()}) when it starts a task, from a timer it re-arms itself or from the harness's
 * own event loop (which also says when it goes {@link #idle()}), and a watchdog thread samples the
 * UI thread's stack every few milliseconds while a task runs longer than half the threshold. Each
 * stall over the threshold keeps its duration and its samples; {@link #summary} names the frames
 * the stalls spent their time in. Plain Java (no SWT): the harness supplies the beats.
 */
public final class UiStalls implements AutoCloseable {

	private static final long SAMPLE_MS = 5;

	/**
	 * One stall: how long the UI thread did not beat, the garbage collection time of the JVM
	 * meanwhile (a pause stops the UI thread too), its stack samples (innermost frame first) and,
	 * for each sample, the thread's state: RUNNABLE, or BLOCKED/WAITING with the lock and the
	 * thread holding it (a stack alone does not tell running code from waiting for a lock), and
	 * the kernel's view of it (see {@link KernelState}): a RUNNABLE thread may be waiting in a
	 * system call, for the X server or a native lock, which Java does not see.
	 */
	public record Stall(long millis, long gcMillis, List<StackTraceElement[]> samples, List<String> states, long uiCpuMillis,
			CpuShares.Window window) {
	}

	private final Thread ui;
	private final long thresholdMs;
	private final Thread watchdog;
	private final List<Stall> stalls = new ArrayList<>();
	private volatile long lastBeat = System.nanoTime();
	private volatile long cpuAtBeat;
	private final java.lang.management.ThreadMXBean threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
	/**
	 * Tasks over half the threshold, as the UI thread measured them when they ended: start ->
	 * {wall, cpu} nanoseconds. The watchdog's own view of a task's end comes late when it waits for
	 * a processor itself (it read a 46 ms task as an 83 ms stall).
	 */
	private final Map<Long, long[]> ended = new java.util.concurrent.ConcurrentHashMap<>();
	private volatile boolean busy = true;
	private volatile boolean running = true;
	/** The UI thread's entry in /proc, known from its first beat (only the thread itself can name it). */
	private volatile KernelState uiKernelState;

	/**
	 * Starts watching {@code ui}; the caller makes the UI thread call {@link #beat()} every
	 * millisecond or two (a self re-arming {@code Display.timerExec}) while {@link #running()}.
	 */
	public UiStalls(Thread ui, long thresholdMs) {
		this.ui = ui;
		this.thresholdMs = thresholdMs;
		watchdog = new Thread(this::watch, "UI stall watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

	/** Called on the UI thread when it starts a task (or runs a heartbeat timer). */
	public void beat() {
		if (uiKernelState == null) {
			uiKernelState = KernelState.ofCurrentThread();
		}
		long cpu = threadBean.getCurrentThreadCpuTime(); // a microsecond: what the task itself ran, against its wall time
		long now = System.nanoTime();
		taskEnded(now, cpu);
		cpuAtBeat = cpu;
		lastBeat = now;
		busy = true;
	}

	/** Called on the UI thread when its task ended and it waits for events. */
	public void idle() {
		long now = System.nanoTime();
		taskEnded(now, busy ? threadBean.getCurrentThreadCpuTime() : 0);
		lastBeat = now;
		busy = false;
	}

	private void taskEnded(long now, long cpu) {
		long start = lastBeat;
		if (busy && now - start > thresholdMs * 1_000_000 / 2) {
			ended.put(start, new long[] { now - start, cpu - cpuAtBeat });
		}
	}

	public boolean running() {
		return running;
	}

	@Override
	public void close() {
		running = false;
		try {
			watchdog.join(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public synchronized List<Stall> stalls() {
		return List.copyOf(stalls);
	}

	private void watch() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		List<StackTraceElement[]> samples = null;
		List<String> states = null;
		long stallStart = 0;
		long gcAtStart = 0;
		CpuShares.Reading cpuAtStart = null;
		// read before each stall: a collection pause stops this thread too, so a reading taken when
		// it wakes up to the stall already holds the pause that caused it
		long gcBefore = gcMillis();
		while (running) {
			long beat = lastBeat;
			long now = System.nanoTime();
			if (busy && now - beat > thresholdMs * 1_000_000 / 2) { // sample from half the threshold on, keep only the long ones
				if (samples == null) {
					samples = new ArrayList<>();
					states = new ArrayList<>();
					stallStart = beat;
					gcAtStart = gcBefore;
					cpuAtStart = CpuShares.read(); // from half the threshold on: who had the processors meanwhile
				}
				// the kernel's view first: taking the stack stops the UI thread for a moment
				KernelState kernel = uiKernelState;
				String inKernel = kernel == null ? "" : "; kernel: " + kernel.read();
				java.lang.management.ThreadInfo info = threads.getThreadInfo(ui.threadId(), Integer.MAX_VALUE);
				samples.add(info == null ? ui.getStackTrace() : info.getStackTrace());
				states.add((info == null ? "unknown" : state(info)) + inKernel);
			} else if (samples == null) {
				gcBefore = gcMillis();
			} else {
				long[] task = ended.remove(stallStart); // written before the beat that ended it
				long millis = task == null ? (lastBeat - stallStart) / 1_000_000 : task[0] / 1_000_000;
				long uiCpu = task == null ? -1 : task[1] / 1_000_000;
				ended.clear();
				if (millis > thresholdMs && !samples.isEmpty()) {
					CpuShares.Window window = CpuShares.between(cpuAtStart, CpuShares.read());
					synchronized (this) {
						stalls.add(new Stall(millis, gcMillis() - gcAtStart, samples, states, uiCpu, window));
					}
				}
				samples = null;
				states = null;
				gcBefore = gcMillis();
			}
			try {
				Thread.sleep(SAMPLE_MS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private static String state(java.lang.management.ThreadInfo info) {
		if (info.getThreadState() == Thread.State.RUNNABLE || info.getLockName() == null) {
			return info.getThreadState().toString();
		}
		return info.getThreadState() + " on " + info.getLockName() + (info.getLockOwnerName() == null ? "" : " held by '" + info.getLockOwnerName() + "'");
	}

	/**
	 * Lines for a benchmark's output: for the {@code longest} longest stalls, the duration and the
	 * frames most of its samples were in (the innermost frame, the innermost frame of the project's
	 * own code and the stack below it, cut to {@code depth} frames); then, over all stalls, the
	 * project frames that held the UI thread longest.
	 */
	public List<String> summary(int longest, int depth) {
		List<Stall> all = new ArrayList<>(stalls());
		all.sort(Comparator.comparingLong(Stall::millis).reversed());
		List<String> lines = new ArrayList<>();
		lines.add(String.format("UI-thread stalls over %d ms: %d (sampled every %d ms; top frames of the %d longest, then the frames they spent their samples in)",
				thresholdMs, all.size(), SAMPLE_MS, Math.min(longest, all.size())));
		for (Stall stall : all.subList(0, Math.min(longest, all.size()))) {
			StackTraceElement[] typical = typical(stall.samples());
			lines.add(String.format("  stall %d ms (garbage collection meanwhile: %d ms), %d samples (%s); the UI thread ran %d ms of it; typical stack:", stall.millis(),
					stall.gcMillis(), stall.samples().size(), shares(stall.states()), stall.uiCpuMillis()));
			lines.add("    from half the threshold on: " + CpuShares.describe(stall.window(), 6));
			for (int i = 0; i < Math.min(depth, typical.length); i++) {
				lines.add("    at " + typical[i]);
			}
			if (typical.length > depth) {
				int own = firstOwn(typical);
				if (own >= depth) {
					lines.add("    ...");
					for (int i = own; i < Math.min(own + 6, typical.length); i++) {
						lines.add("    at " + typical[i]);
					}
				}
			}
		}
		if (!all.isEmpty()) {
			long wall = all.stream().mapToLong(Stall::millis).sum();
			long ran = all.stream().mapToLong(Stall::uiCpuMillis).sum();
			lines.add(String.format("  all stalls: %d ms, of which the UI thread ran %d ms; from half the threshold on, %s", wall, ran,
					CpuShares.describe(CpuShares.sum(all.stream().map(Stall::window).toList()), 10)));
			// a stall of few samples: each of them, so a frame the typical one does not show is not lost
			Stall worst = all.get(0);
			for (int n = 0; n < Math.min(6, worst.samples().size()); n++) {
				StackTraceElement[] sample = worst.samples().get(n);
				lines.add("  sample " + (n + 1) + " of the longest stall (" + worst.states().get(n) + "):");
				for (int i = 0; i < Math.min(12, sample.length); i++) {
					lines.add("    at " + sample[i]);
				}
				int loader = lastClassLoadingFrame(sample);
				for (int i = loader + 1; loader >= 0 && i < Math.min(loader + 9, sample.length); i++) {
					lines.add((i == loader + 1 ? "    (a class loaded for) at " : "    at ") + sample[i]);
				}
			}
		}
		Map<String, Integer> byOwnFrame = new HashMap<>();
		int samples = 0;
		for (Stall stall : all) {
			for (StackTraceElement[] sample : stall.samples()) {
				samples++;
				forEachOwnFrame(sample, frame -> byOwnFrame.merge(frame, 1, Integer::sum));
			}
		}
		lines.add("  project frames on the UI thread's stack, share of all " + samples + " stall samples:");
		Map<String, Integer> sorted = new LinkedHashMap<>();
		byOwnFrame.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		final int total = Math.max(1, samples);
		sorted.forEach((frame, count) -> lines.add(String.format("    %3d%%  %s", 100 * count / total, frame)));
		// what those frames were waiting for: the innermost frame of each sample with the project frame below it
		Map<String, Integer> byLeaf = new HashMap<>();
		for (Stall stall : all) {
			for (StackTraceElement[] sample : stall.samples()) {
				if (sample.length > 0) {
					int own = firstOwn(sample);
					String leaf = sample[0].getClassName() + "." + sample[0].getMethodName()
							+ (own < sample.length ? " <- " + sample[own].getClassName() + "." + sample[own].getMethodName() : "");
					byLeaf.merge(leaf, 1, Integer::sum);
				}
			}
		}
		lines.add("  innermost frames (<- the project frame below them), share of all stall samples:");
		byLeaf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
				.forEach(e -> lines.add(String.format("    %3d%%  %s", 100 * e.getValue() / total, e.getKey())));
		return lines;
	}

	/**
	 * Time the collectors stopped the application: every collector bean but the ones that count
	 * concurrent cycles (ZGC's and Shenandoah's "... Cycles"); G1's "G1 Concurrent GC" bean counts
	 * its remark and cleanup pauses, which stop the application.
	 */
	private static long gcMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
				.filter(bean -> !bean.getName().contains("Cycles"))
				.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
	}

	/** "RUNNABLE 7, BLOCKED on ... 2": how many samples found the thread in each state. */
	private static String shares(List<String> states) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		states.forEach(state -> counts.merge(state, 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((state, count) -> parts.add(state + " " + count));
		return String.join(", ", parts);
	}

	/** The sample whose innermost project frame is the most common one in the stall. */
	private static StackTraceElement[] typical(List<StackTraceElement[]> samples) {
		Map<String, Integer> counts = new HashMap<>();
		for (StackTraceElement[] sample : samples) {
			counts.merge(key(sample), 1, Integer::sum);
		}
		String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
		for (StackTraceElement[] sample : samples) {
			if (key(sample).equals(best)) {
				return sample;
			}
		}
		return samples.get(0);
	}

	private static String key(StackTraceElement[] sample) {
		int own = firstOwn(sample);
		return (sample.length == 0 ? "" : sample[0].getClassName() + "." + sample[0].getMethodName()) + "|"
				+ (own < sample.length ? sample[own].getClassName() + "." + sample[own].getMethodName() : "");
	}

	private static int firstOwn(StackTraceElement[] sample) {
		for (int i = 0; i < sample.length; i++) {
			if (isOwn(sample[i])) {
				return i;
			}
		}
		return sample.length;
	}

	/** Each distinct project method of a sample once, benchmark and test classes left out. */
	private static void forEachOwnFrame(StackTraceElement[] sample, Consumer<String> action) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (StackTraceElement frame : sample) {
			if (isOwn(frame)) {
				String name = frame.getClassName() + "." + frame.getMethodName();
				if (seen.add(name)) {
					action.accept(name);
				}
			}
		}
	}

	private static boolean isOwn(StackTraceElement frame) {
		String c = frame.getClassName();
		return c.startsWith("org.iotsmm.") && !c.contains(".tests.") && !c.startsWith("org.iotsmm.testing.");
	}

	/** The innermost-to-outermost index of the last class loader's frame, or -1: what loaded a class is below it. */
	private static int lastClassLoadingFrame(StackTraceElement[] sample) {
		int last = -1;
		for (int i = 0; i < sample.length; i++) {
			String c = sample[i].getClassName();
			if (c.startsWith("java.lang.ClassLoader") || c.startsWith("org.eclipse.osgi.internal.loader")
					|| c.startsWith("jdk.internal.loader")) {
				last = i;
			}
		}
		return last;
	}
}
