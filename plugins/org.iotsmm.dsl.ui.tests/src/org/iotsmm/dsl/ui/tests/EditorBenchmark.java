package org.iotsmm.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotsmm.benchmarks.SyntheticSystems;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.SmmReconciler;
import org.iotsmm.dsl.ui.internal.model.TextUpdate;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.iotsmm.testing.Repo;
import org.iotsmm.testing.UiStalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's editor figures, measured in the real workbench (not a timed test: it prints figures
 * and asserts nothing about them). Run alone with {@code ./bench editor}; the normal build skips
 * it (its name does not end in Test).
 * <ol>
 * <li>Keystroke to updated annotations on a 200-component system, minus the debounce: a keystroke
 * that makes a practice name unknown, or known again, until the editor shows the new problems.</li>
 * <li>UI-thread stalls while typing into a 10,000-component system: every event the UI thread
 * dispatches is timed while a scripted session types words with pauses, so that parsing,
 * validation and highlighting run (and are cancelled) in the background meanwhile.</li>
 * </ol>
 */
class EditorBenchmark {

	private static final int SMALL = 200;
	private static final int LARGE = 10_000;
	private final List<String> report = new ArrayList<>();
	private long longestUiTask;
	private long longestKeystroke;
	private final List<long[]> slowKeystrokes = new ArrayList<>();
	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
	private final List<Long> uiTasks = new ArrayList<>();
	/** While the typing session runs: what the UI thread was doing in its long tasks. */
	private UiStalls stalls;
	/** The large file's viewer while typing into it: the UI-thread tasks that change its folds are counted. */
	private org.eclipse.jface.text.source.projection.ProjectionViewer watchedFolds;
	private int foldsSeen;
	private int foldingTasks;
	private long foldingMs;
	private long longestFoldingTask;

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void editorFigures() throws Exception {
		report.add("# .smm editor in the workbench (UI harness, Xvfb), debounce " + SmmReconciler.DELAY_MS + " ms");
		report.add("# reproduce: ./bench editor");
		keystrokeToAnnotations();
		typingStalls();
		reparseAfterAKeystroke();
		Path out = Repo.root().resolve("build-output/editor-bench.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, String.join("\n", report) + "\n");
		report.forEach(System.out::println);
	}

	private void keystrokeToAnnotations() throws Exception {
		IFile file = generated("bench-small", SMALL);
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		// the moment the editor's annotations show the keystroke's effect (an unknown practice, or none)
		var annotations = ((org.eclipse.jface.text.source.ISourceViewer) EditorTest.viewer(editor)).getAnnotationModel();
		boolean[] expectBroken = { false };
		AtomicLong shownAt = new AtomicLong();
		org.eclipse.jface.text.source.IAnnotationModelListener listener = model -> {
			if (shownAt.get() == 0 && showsTypo(model) == expectBroken[0]) {
				shownAt.set(System.nanoTime());
			}
		};
		annotations.addAnnotationModelListener(listener);
		// when the reconcile job starts: splits a latency into the job's start after the debounce and its work
		AtomicLong runningAt = new AtomicLong();
		var jobStarts = new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if ("Checking .smm text".equals(event.getJob().getName()) && runningAt.get() == 0) {
					runningAt.set(System.nanoTime());
				}
			}
		};
		org.eclipse.core.runtime.jobs.Job.getJobManager().addJobChangeListener(jobStarts);
		List<Long> latencies = new ArrayList<>();
		List<Long> startDelays = new ArrayList<>();
		List<Long> works = new ArrayList<>();
		int at = document.get().indexOf("practice AccessControl") + "practice Access".length();
		try {
			for (int i = 0; i < 30; i++) {
				boolean broken = i % 2 == 0;
				expectBroken[0] = broken;
				shownAt.set(0);
				runningAt.set(0);
				long start = System.nanoTime();
				if (broken) {
					document.replace(at, 0, "x");
				} else {
					document.replace(at, 1, "");
				}
				Workbench.waitUntil("the annotations of keystroke " + i, () -> shownAt.get() != 0);
				if (i >= 4) { // the first ones warm up the JIT
					latencies.add((shownAt.get() - start) / 1_000_000 - SmmReconciler.DELAY_MS);
					if (runningAt.get() != 0) {
						startDelays.add((runningAt.get() - start) / 1_000_000 - SmmReconciler.DELAY_MS);
						works.add((shownAt.get() - runningAt.get()) / 1_000_000);
					}
				}
			}
		} finally {
			annotations.removeAnnotationModelListener(listener);
			org.eclipse.core.runtime.jobs.Job.getJobManager().removeJobChangeListener(jobStarts);
		}
		Workbench.waitForModels();
		Collections.sort(latencies);
		report.add(String.format("keystroke -> annotations, %d components (%d lines), after the debounce: median %d ms, p90 %d ms, max %d ms over %d keystrokes (goal <= 150 ms)",
				SMALL, document.getNumberOfLines(), latencies.get(latencies.size() / 2), latencies.get(latencies.size() * 9 / 10),
				latencies.get(latencies.size() - 1), latencies.size()));
		Collections.sort(startDelays);
		Collections.sort(works);
		if (!works.isEmpty()) {
			report.add(String.format("  of which the reconcile job started after the debounce: median %d ms, max %d; from its start to the annotations: median %d ms, p90 %d, max %d (%d keystrokes)",
					startDelays.get(startDelays.size() / 2), startDelays.get(startDelays.size() - 1), works.get(works.size() / 2),
					works.get(works.size() * 9 / 10), works.get(works.size() - 1), works.size()));
		}
		editor.doRevertToSaved();
		Workbench.page().closeEditor(editor, false); // ITextEditor.close would close later, asynchronously
	}

	private void typingStalls() throws Exception {
		IFile file = generated("bench-large", LARGE);
		long openStart = System.nanoTime();
		ITextEditor editor = Workbench.open(file);
		long opened = (System.nanoTime() - openStart) / 1_000_000;
		// what opening now spends on the projection (SmmFolding sets it up): the same call once more, timed
		var openedViewer = (org.eclipse.jface.text.source.projection.ProjectionViewer) EditorTest.viewer(editor);
		long setUpStart = System.nanoTime();
		openedViewer.reinitializeProjection();
		long projectionSetUp = (System.nanoTime() - setUpStart) / 1_000_000;
		IDocument document = Workbench.document(editor);
		long firstStart = System.nanoTime();
		Workbench.waitUntil("the first reconcile of the large system", () -> EditorState.of(document) != null);
		long first = (System.nanoTime() - firstStart) / 1_000_000;
		StyledText widget = ((org.eclipse.jface.text.ITextViewer) EditorTest.viewer(editor)).getTextWidget();
		var projectionViewer = (org.eclipse.jface.text.source.projection.ProjectionViewer) EditorTest.viewer(editor);
		IDocument shownAtOpening = VisibleText.of(projectionViewer);
		watchedFolds = projectionViewer;
		foldsSeen = org.iotsmm.dsl.ui.editor.SmmFolding.regions(projectionViewer).size();
		VisibleText.Resets resets = new VisibleText.Resets(widget);
		int at = document.get().indexOf("target ");
		at = document.get().indexOf('\n', document.get().indexOf('{', at)) + 1;
		widget.setCaretOffset(at);
		AtomicLong states = new AtomicLong();
		BiConsumer<IDocument, EditorState> listener = (doc, state) -> {
			if (doc == document) {
				states.incrementAndGet();
			}
		};
		EditorState.addListener(listener);
		// no quotes or braces: the editor closes those itself, which a script that types into the widget would undo
		String[] words = { "    practice ", "AccessControl ", "level ", "2 ", "scope ", "system ", "on ", "Z1 ", "priority ", "high\n" };
		int keystrokes = 0;
		List<Long> keystrokeTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
		ReconcileRuns runs = new ReconcileRuns();
		org.eclipse.core.runtime.jobs.Job.getJobManager().addJobChangeListener(runs);
		long gcBefore = gcMillis();
		long jitBefore = jitMillis();
		long pausesBefore = gcPauseMillis();
		long sessionStart = System.nanoTime();
		// SMM_BENCH_STALL_SAMPLES=off times every task as usual but takes no stack samples of the long
		// ones: the sampler's stack walks and its own processor time lengthen the very tasks it samples
		boolean sampling = !"off".equals(System.getenv("SMM_BENCH_STALL_SAMPLES"));
		stalls = sampling ? new UiStalls(Thread.currentThread(), 50) : null;
		try {
			for (int round = 0; round < 3; round++) {
				for (String word : words) {
					for (char c : word.toCharArray()) {
						long cpuStart = THREADS.getCurrentThreadCpuTime();
						long start = System.nanoTime();
						keystrokeTimes.add(start);
						runs.keystroke(start);
						if (stalls != null) {
							stalls.beat();
						}
						int caret = widget.getCaretOffset();
						widget.insert(String.valueOf(c)); // what a key press does to the widget, document and colours
						if (widget.getCaretOffset() == caret) {
							widget.setCaretOffset(caret + 1);
						}
						long took = (System.nanoTime() - start) / 1_000_000;
						uiTasks.add(took);
						// what was typed, and how much of the keystroke the UI thread ran (the rest it waited)
						slowKeystrokes.add(new long[] { took, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000, keystrokes,
								round });
						longestKeystroke = Math.max(longestKeystroke, took);
						longestUiTask = Math.max(longestUiTask, took);
						keystrokes++;
						pumpFor(60); // a fast typist: about 16 keys per second
					}
					pumpFor(SmmReconciler.DELAY_MS + 250); // a pause: the reconcile starts and runs while typing resumes
				}
			}
			long before = states.get();
			measuredWait(() -> states.get() > before); // the check of the final text, applied
		} finally {
			org.eclipse.core.runtime.jobs.Job.getJobManager().removeJobChangeListener(runs);
			runs.close();
			EditorState.removeListener(listener);
			if (stalls != null) {
				stalls.close();
			}
			resets.close();
			watchedFolds = null;
		}
		long session = (System.nanoTime() - sessionStart) / 1_000_000;
		long gc = gcMillis() - gcBefore;
		long jit = jitMillis() - jitBefore;
		long pauses = gcPauseMillis() - pausesBefore;
		int problems = EditorState.of(document).problems().size();
		// the last state's folds come in UI tasks after it: count them once they have arrived
		long settled = System.nanoTime() + 1_000_000_000L;
		Workbench.waitUntil("the last state's folds", () -> System.nanoTime() > settled);
		int folds = org.iotsmm.dsl.ui.editor.SmmFolding
				.regions((org.eclipse.jface.text.source.projection.ProjectionViewer) EditorTest.viewer(editor)).size();
		Collections.sort(uiTasks);
		long over50 = uiTasks.stream().filter(t -> t > 50).count();
		report.add(String.format("typing into %d components (%d lines, %d KB): %d keystrokes in %d ms, %d reconciles applied; UI-thread tasks: %d, longest %d ms (longest keystroke itself %d ms), p99 %d ms, over 50 ms: %d (goal: none)",
				LARGE, document.getNumberOfLines(), document.getLength() / 1024, keystrokes, session, states.get(), uiTasks.size(),
				longestUiTask, longestKeystroke, uiTasks.get(uiTasks.size() * 99 / 100), over50));
		slowKeystrokes.sort((a, b) -> Long.compare(b[0], a[0]));
		String typed = String.join("", words);
		report.add("longest keystrokes (ms, of which the UI thread ran): " + slowKeystrokes.subList(0, Math.min(5, slowKeystrokes.size()))
				.stream().map(k -> k[0] + " (" + k[1] + ") typing " + quoted(typed.charAt((int) (k[2] % typed.length()))) + " of round "
						+ (k[3] + 1) + " after " + quoted(typed.substring(Math.max(0, (int) (k[2] % typed.length()) - 10), (int) (k[2] % typed.length()))))
				.toList());
		report.add("longest UI-thread tasks (ms): " + uiTasks.subList(Math.max(0, uiTasks.size() - 10), uiTasks.size())
				+ String.format("; meanwhile: %d ms of garbage collection (all threads; of which pauses: %d ms), %d ms of JIT compilation (all compiler threads), %d problems annotated, %d folds",
						gc, pauses, jit, problems, folds));
		report.add(String.format("folding while typing: %d UI-thread tasks changed the folds, %d ms in all, the longest %d ms; the widget shows a projection document from the opening: %s, the same one after the session: %s; whole-text resets of the widget during the session: %d",
				foldingTasks, foldingMs, longestFoldingTask,
				shownAtOpening instanceof org.eclipse.jface.text.projection.ProjectionDocument ? "yes" : "no",
				VisibleText.of(projectionViewer) == shownAtOpening ? "yes" : "no", resets.count()));
		report.add(runs.summary(keystrokeTimes));
		if (stalls != null) {
			report.addAll(stalls.summary(8, 14));
		} else {
			report.add("UI-thread stalls: no stack samples taken (SMM_BENCH_STALL_SAMPLES=off)");
		}
		stalls = null;
		report.add(String.format("opening the %d-component file: %d ms on the UI thread (editor creation, lexical colouring, the projection set-up: %d ms when repeated), first background reconcile %d ms later",
				LARGE, opened, projectionSetUp, first));
		editor.doRevertToSaved();
		Workbench.page().closeEditor(editor, false); // ITextEditor.close would close later, asynchronously
	}

	/**
	 * What the reconcile's parse costs after one keystroke in the large text: the partial re-parse
	 * the editor does ({@link TextUpdate}) against a full one of the same text, both with the
	 * whole-file linking that follows; time and bytes allocated by the parsing thread (the garbage
	 * each reconcile leaves). Keystrokes alternate: a space typed before a target entry, then deleted.
	 */
	private void reparseAfterAKeystroke() throws Exception {
		String text = SyntheticSystems.generate("Bench" + LARGE, SyntheticSystems.Shape.standard(LARGE), 42);
		XtextResource partial = standalone(text);
		XtextResource full = standalone(text);
		int at = text.indexOf('\n', text.indexOf('{', text.indexOf("target "))) + 1;
		String typed = text.substring(0, at) + " " + text.substring(at);
		List<Long> partialMs = new ArrayList<>();
		List<Long> fullMs = new ArrayList<>();
		List<Long> partialMb = new ArrayList<>();
		List<Long> fullMb = new ArrayList<>();
		List<TextUpdate.Kind> kinds = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String next = i % 2 == 0 ? typed : text;
			long bytes = allocatedBytes();
			long start = System.nanoTime();
			kinds.add(TextUpdate.apply(partial, next));
			partialMs.add((System.nanoTime() - start) / 1_000_000);
			partialMb.add((allocatedBytes() - bytes) >> 20);
			bytes = allocatedBytes();
			start = System.nanoTime();
			full.reparse(next);
			fullMs.add((System.nanoTime() - start) / 1_000_000);
			fullMb.add((allocatedBytes() - bytes) >> 20);
		}
		// the first ones warm up the JIT
		for (List<Long> figures : List.of(partialMs, fullMs, partialMb, fullMb)) {
			figures.subList(0, 2).clear();
			Collections.sort(figures);
		}
		report.add(String.format("re-parse after one keystroke, %d components, with the whole-file linking (no validation), medians of %d: partial %d ms and %d MB allocated, full %d ms and %d MB allocated (partial parses: %d of %d)",
				LARGE, partialMs.size(), partialMs.get(partialMs.size() / 2), partialMb.get(partialMb.size() / 2),
				fullMs.get(fullMs.size() / 2), fullMb.get(fullMb.size() / 2),
				kinds.stream().filter(kind -> kind == TextUpdate.Kind.PARTIAL).count(), kinds.size()));
	}

	/**
	 * Bytes the current thread has allocated so far (HotSpot's com.sun.management.ThreadMXBean,
	 * reached through the platform class loader: the test bundle does not import the package).
	 */
	private static long allocatedBytes() {
		try {
			Class<?> bean = Class.forName("com.sun.management.ThreadMXBean", false, ClassLoader.getPlatformClassLoader());
			return (long) bean.getMethod("getCurrentThreadAllocatedBytes").invoke(java.lang.management.ManagementFactory.getThreadMXBean());
		} catch (ReflectiveOperationException | RuntimeException e) {
			throw new IllegalStateException("this JVM does not count allocated bytes per thread", e);
		}
	}

	private static XtextResource standalone(String text) throws Exception {
		XtextResourceSet resourceSet = org.iotsmm.dsl.ui.SmmLanguage.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet
				.createResource(org.eclipse.emf.common.util.URI.createURI("platform:/resource/bench-reparse/system.smm"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	/**
	 * The reconcile jobs of a typing session: how long each ran, and for the ones a keystroke made
	 * stale, how long they ran on after it (work that competes with the UI thread and is thrown away).
	 */
	private static final class ReconcileRuns extends org.eclipse.core.runtime.jobs.JobChangeAdapter {
		private final java.util.Map<org.eclipse.core.runtime.jobs.Job, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
		private final List<long[]> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
		/** Where stale reconciles spent their time: the innermost project frame of each sample, counted. */
		private final java.util.Map<String, Integer> staleFrames = new java.util.concurrent.ConcurrentHashMap<>();
		private final java.util.Map<String, StackTraceElement[]> staleStacks = new java.util.concurrent.ConcurrentHashMap<>();
		private volatile long lastKeystroke;
		private volatile boolean sampling = true;
		private final Thread sampler = new Thread(this::sample, "stale reconcile sampler");

		ReconcileRuns() {
			sampler.setDaemon(true);
			sampler.start();
		}

		void keystroke(long at) {
			lastKeystroke = at;
		}

		void close() {
			sampling = false;
		}

		private void sample() {
			while (sampling) {
				long now = System.nanoTime();
				started.forEach((job, start) -> {
					long key = lastKeystroke;
					Thread thread = job.getThread();
					if (thread != null && key > start && now - key > 50_000_000L) { // stale for 50 ms and still running
						StackTraceElement[] stack = thread.getStackTrace();
						// the step of the reconcile: the project frames from the job inwards, at most three
						List<String> steps = new ArrayList<>();
						for (int i = stack.length - 1; i >= 0; i--) {
							String c = stack[i].getClassName();
							if (c.startsWith("org.iotsmm.") && !c.startsWith("org.iotsmm.dsl.parser") && !c.contains("SmmReconciler")
									&& !c.endsWith("BackgroundThreads") && !(c.endsWith("WorkspaceModels") || c.contains("WorkspaceModels$"))) {
								String name = c.substring(c.lastIndexOf('.') + 1) + "." + stack[i].getMethodName();
								if (!steps.contains(name) && steps.size() < 3) {
									steps.add(name);
								}
							}
						}
						String leaf = stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
						staleFrames.merge(String.join(" > ", steps), 1, Integer::sum);
						staleFrames.merge("  innermost: " + leaf, 1, Integer::sum);
						staleStacks.putIfAbsent("  innermost: " + leaf, stack);
					}
				});
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		@Override
		public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
			if (isReconcile(event.getJob())) {
				started.put(event.getJob(), System.nanoTime());
			}
		}

		@Override
		public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
			Long start = started.remove(event.getJob());
			if (start != null) {
				runs.add(new long[] { start, System.nanoTime() });
			}
		}

		private static boolean isReconcile(org.eclipse.core.runtime.jobs.Job job) {
			return job.belongsTo(WorkspaceModels.JOB_FAMILY) && "Checking .smm text".equals(job.getName());
		}

		String summary(List<Long> keystrokes) {
			List<Long> ranOn = new ArrayList<>();
			List<Long> lengths = new ArrayList<>();
			for (long[] run : runs) {
				lengths.add((run[1] - run[0]) / 1_000_000);
				keystrokes.stream().filter(k -> k > run[0] && k < run[1]).findFirst()
						.ifPresent(k -> ranOn.add((run[1] - k) / 1_000_000));
			}
			Collections.sort(ranOn);
			Collections.sort(lengths);
			int samples = staleFrames.values().stream().mapToInt(Integer::intValue).sum() / 2; // each sample counts a step and a leaf
			StringBuilder where = new StringBuilder();
			staleFrames.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
					.forEach(e -> where.append(String.format("%n    %3d%%  %s", 100 * e.getValue() / Math.max(1, samples), e.getKey())));
			staleFrames.entrySet().stream().filter(e -> e.getKey().startsWith("  innermost"))
					.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2).forEach(e -> {
						where.append(String.format("%n    a stack of%s:", e.getKey().substring(1)));
						StackTraceElement[] stack = staleStacks.get(e.getKey());
						for (int i = 0; i < Math.min(30, stack.length); i++) {
							where.append(String.format("%n      at %s", stack[i]));
						}
					});
			return String.format("reconcile jobs while typing: %d, ran %d ms in all (median %d ms); %d made stale by a keystroke while running ran on after it: median %d ms, max %d ms; where they were, stale for 50 ms or more (%d samples every 20 ms):%s",
					runs.size(), lengths.stream().mapToLong(Long::longValue).sum(), lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2),
					ranOn.size(), ranOn.isEmpty() ? 0 : ranOn.get(ranOn.size() / 2), ranOn.isEmpty() ? 0 : ranOn.get(ranOn.size() - 1), samples, where);
		}
	}

	/** Time the JIT's compiler threads spent compiling (they compete with the UI thread for the two processors). */
	private static long jitMillis() {
		java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
		return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
	}

	private static long gcMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
	}

	/**
	 * Only the pauses that stop the application: ZGC's "... Cycles" beans count its concurrent
	 * work; G1's "G1 Concurrent GC" bean counts its remark and cleanup pauses.
	 */
	private static long gcPauseMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
				.filter(bean -> !bean.getName().contains("Cycles"))
				.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
	}

	private static boolean showsTypo(org.eclipse.jface.text.source.IAnnotationModel model) {
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof org.iotsmm.dsl.ui.editor.ProblemAnnotation problem && problem.getText().contains("AccessxControl")) {
				return true;
			}
		}
		return false;
	}

	/** Runs the event loop for {@code millis}, timing every task the UI thread dispatches. */
	private void pumpFor(long millis) {
		long end = System.nanoTime() + millis * 1_000_000;
		measuredWait(() -> System.nanoTime() >= end);
	}

	private void measuredWait(BooleanSupplier done) {
		Display display = Workbench.display();
		long limit = System.nanoTime() + Workbench.TIMEOUT.toNanos();
		while (!done.getAsBoolean() && System.nanoTime() < limit) {
			long start = System.nanoTime();
			if (stalls != null) {
				stalls.beat();
			}
			boolean dispatched = display.readAndDispatch();
			long took = (System.nanoTime() - start) / 1_000_000;
			if (stalls != null) {
				stalls.idle();
			}
			if (dispatched) {
				uiTasks.add(took);
				longestUiTask = Math.max(longestUiTask, took);
				if (watchedFolds != null) {
					int folds = org.iotsmm.dsl.ui.editor.SmmFolding.regions(watchedFolds).size();
					if (folds != foldsSeen) {
						foldsSeen = folds;
						foldingTasks++;
						foldingMs += took;
						longestFoldingTask = Math.max(longestFoldingTask, took);
					}
				}
			} else {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
	}

	private static IFile generated(String project, int components) throws Exception {
		return Workbench.generated(project, "system-" + components + ".smm", "Bench" + components, components, 42);
	}

	private static String quoted(Object text) {
		return "'" + String.valueOf(text).replace("\n", "\\n") + "'";
	}
}
