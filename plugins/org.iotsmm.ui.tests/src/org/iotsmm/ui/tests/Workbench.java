package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
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
import org.iotsmm.ui.model.GapModelService;

/**
 * The platform UI test harness's idioms: pump events until a condition holds (with a timeout, never
 * a fixed sleep), wait for the background jobs, make projects from repository files, screenshots.
 */
final class Workbench {

	static final Duration TIMEOUT = Duration.ofSeconds(90);

	private Workbench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Pumps UI events until {@code condition} holds; fails naming {@code what} after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = display();
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Pumps events until the model, gap-view and build jobs are done and the UI queue is empty. */
	static void waitForJobs() {
		waitUntil("the background jobs", () -> org.iotsmm.dsl.ui.Debouncer.pendingRuns() == 0
				&& Job.getJobManager().find(WorkspaceModels.JOB_FAMILY).length == 0
				&& Job.getJobManager().find(GapModelService.JOB_FAMILY).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
		while (display().readAndDispatch()) {
			// drain what the jobs posted
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

	/** Saves what {@code control} shows now as build-output/NAME at the repository root. */
	static Path screenshot(Control control, String name) throws IOException {
		Display display = display();
		while (display.readAndDispatch()) {
			// paint first
		}
		Rectangle bounds = control instanceof Shell shell ? shell.getBounds()
				: display.map(control.getParent(), null, control.getBounds());
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path out = Repo.root().resolve("build-output").resolve(name);
		Files.createDirectories(out.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return out;
	}

	/** Closes editors and stray shells (dialogs, pop-ups) a test left open. */
	static void cleanUp() {
		page().closeAllEditors(false);
		Shell main = shell();
		for (Shell shell : display().getShells()) {
			if (shell != main && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
		waitForJobs();
	}
}
