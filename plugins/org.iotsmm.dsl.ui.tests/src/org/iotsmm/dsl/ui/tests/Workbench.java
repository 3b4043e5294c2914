package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.iotsmm.testing.Repo;

/**
 * Test idioms of the platform's UI test harness: pump events until a condition holds (with a
 * timeout, never a fixed sleep), run model reads off the UI thread, make projects from fixtures.
 */
final class Workbench {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private Workbench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Pumps UI events until {@code condition} holds; fails naming {@code what} after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(() -> what, condition);
	}

	/** The same, saying what it waited for only when it times out (the state then). */
	static void waitUntil(java.util.function.Supplier<String> what, BooleanSupplier condition) {
		Display display = display();
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Pumps events until this bundle's background jobs (reconcile, reload, build) are done, and none waits for its debounce. */
	static void waitForModels() {
		waitUntil(Workbench::backgroundWork, () -> org.iotsmm.dsl.ui.Debouncer.pendingRuns() == 0
				&& Job.getJobManager().find(WorkspaceModels.JOB_FAMILY).length == 0
				&& Job.getJobManager().find(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(org.eclipse.core.resources.ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
	}

	/** What is still waited for, and every thread's stack: enough to tell a stuck job from a miscount. */
	private static String backgroundWork() {
		StringBuilder state = new StringBuilder("the .smm background jobs: debounced runs waiting ")
				.append(org.iotsmm.dsl.ui.Debouncer.pendingRuns()).append("; jobs:");
		for (Object family : new Object[] { WorkspaceModels.JOB_FAMILY, org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD,
				org.eclipse.core.resources.ResourcesPlugin.FAMILY_MANUAL_BUILD }) {
			for (Job job : Job.getJobManager().find(family)) {
				state.append(" '").append(job.getName()).append("' (state ").append(job.getState()).append(", thread ")
						.append(job.getThread() == null ? "none" : job.getThread().getName()).append(')');
			}
		}
		state.append("\nthreads:");
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			state.append("\n\"").append(thread.getName()).append("\" ").append(thread.getState());
			for (StackTraceElement frame : stack) {
				state.append("\n    at ").append(frame);
			}
		});
		return state.toString();
	}

	/** Runs {@code work} on another thread while pumping UI events, and returns its result. */
	static <T> T offUiThread(Callable<T> work) {
		CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
			try {
				return work.call();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		waitUntil("a background read", future::isDone);
		try {
			return future.get();
		} catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e.getCause() != null ? e.getCause() : e);
		}
	}

	/** A fresh project holding copies of the given files (paths relative to the repository root). */
	static IProject project(String name, String... files) throws CoreException, IOException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String file : files) {
			Path source = Repo.root().resolve(file);
			IFile target = project.getFile(source.getFileName().toString());
			target.create(new ByteArrayInputStream(Files.readAllBytes(source)), true, null);
		}
		return project;
	}

	/** {@code fileName} in a new project: a system of {@code components} from the shared generator of synthetic systems. */
	static IFile generated(String projectName, String fileName, String system, int components, long seed)
			throws CoreException, IOException {
		IFile file = project(projectName).getFile(fileName);
		String text = org.iotsmm.benchmarks.SyntheticSystems.generate(system,
				org.iotsmm.benchmarks.SyntheticSystems.Shape.standard(components), seed);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** What {@code file} holds on disk. */
	/** A file open in the editor, with its document. */
	record Opened(IFile file, ITextEditor editor, IDocument document) {
		org.eclipse.jface.text.ITextViewer viewer() {
			return EditorTest.viewer(editor);
		}
	}

	/** A generated system of 3,000 components (large.smm in a project of its own), opened in the editor. */
	static Opened openLarge(String projectName, String system) throws Exception {
		IFile file = generated(projectName, "large.smm", system, 3_000, 3);
		ITextEditor editor = open(file);
		return new Opened(file, editor, document(editor));
	}

	static String text(IFile file) throws IOException {
		return Files.readString(Path.of(file.getLocationURI()), StandardCharsets.UTF_8);
	}

	static String read(String file) throws IOException {
		return Files.readString(Repo.root().resolve(file), StandardCharsets.UTF_8);
	}

	static ITextEditor open(IFile file) throws PartInitException {
		IEditorPart editor = IDE.openEditor(page(), file, true);
		if (!(editor instanceof ITextEditor text)) {
			throw new AssertionError("not a text editor: " + editor);
		}
		return text;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Closes editors and stray shells (dialogs, pop-ups) a test left open. */
	static void cleanUp() {
		page().closeAllEditors(false);
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : display().getShells()) {
			if (shell != main && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
		waitForModels();
	}
}
