package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.iotsmm.dsl.ui.builder.SmmNature;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the .smm checks of one project run, the rest of the workspace stays usable: the builder
 * holds its project at most, and the checks themselves hold no scheduling rule. The checks are
 * held up here by holding the project's model lock (as a long validation would), and a workspace
 * operation on another project must still finish. Before, the builder validated inside the
 * build, under the auto-build's (or its own default) rule on the whole workspace, and the
 * operation waited until the checks were done: the first keystroke in an editor waited seconds.
 */
class BuilderSchedulingTest {

	private static final String PLANT = "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/";
	/** Far longer than a workspace operation on an idle project takes, even on a loaded machine. */
	private static final long UNBLOCKED_WITHIN_MS = 20_000;

	private IProject checked;
	private IProject other;
	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void setUp() throws Exception {
		checked = Workbench.project("checked", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		other = Workbench.project("other");
		SmmNature.enable(checked);
		EditorTest.built(checked);
	}

	@AfterEach
	void tearDown() {
		release.countDown();
		Workbench.cleanUp();
	}

	@Test
	void autoBuildAfterASaveLeavesOtherProjectsFree() throws Exception {
		ReentrantLock models = holdModels(checked);
		IFile plant = checked.getFile("plant.smm");
		String text = Workbench.read(PLANT + "plant.smm").replaceFirst("practice AccessControl level 2", "practice AccessKontrol level 2");
		plant.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		// the disk reload and the checks of the save both wait for the models now
		Workbench.waitUntil("the checks of the save to wait for the project's models", () -> models.getQueueLength() >= 2);
		assertOtherProjectIsFree();
		release.countDown();
		Workbench.waitForModels();
		IMarker[] markers = EditorTest.markers(plant);
		assertTrue(markers.length > 0, "the checks ran once the models were free");
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("AccessKontrol"));
	}

	@Test
	void explicitBuildHoldsOnlyItsProject() throws Exception {
		ReentrantLock models = holdModels(checked);
		CompletableFuture<Void> build = CompletableFuture.runAsync(() -> {
			try {
				checked.build(IncrementalProjectBuilder.FULL_BUILD, null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.waitUntil("the checks of the build to wait for the project's models", () -> models.getQueueLength() >= 1);
		assertOtherProjectIsFree();
		release.countDown();
		Workbench.waitUntil("the build", build::isDone);
		Workbench.waitForModels();
		assertEquals(0, EditorTest.markers(checked.getFile("plant.smm")).length);
	}

	/** Holds the project's model lock on a thread of its own until the test releases it. */
	private ReentrantLock holdModels(IProject project) throws InterruptedException {
		CountDownLatch held = new CountDownLatch(1);
		ReentrantLock[] lock = new ReentrantLock[1];
		Thread holder = new Thread(() -> WorkspaceModels.instance().withProject(project, models -> {
			lock[0] = models.lock();
			held.countDown();
			try {
				release.await(2, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return null;
		}), "holding the models of " + project.getName());
		holder.setDaemon(true);
		holder.start();
		assertTrue(held.await(1, TimeUnit.MINUTES), "the model lock was not free");
		return lock[0];
	}

	/** A workspace operation on the other project, with that project as its rule, finishes meanwhile. */
	private void assertOtherProjectIsFree() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		CompletableFuture<Void> operation = CompletableFuture.runAsync(() -> {
			try {
				workspace.run(monitor -> other.getFile("touched.txt").create(new ByteArrayInputStream(new byte[0]), true, monitor),
						other, IWorkspace.AVOID_UPDATE, null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		Display display = Workbench.display();
		long end = System.nanoTime() + UNBLOCKED_WITHIN_MS * 1_000_000;
		while (!operation.isDone() && System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(operation.isDone(), "a workspace operation on another project waited over " + UNBLOCKED_WITHIN_MS
				+ " ms for the checks of " + checked.getName());
		operation.join();
		assertTrue(other.getFile("touched.txt").exists());
	}
}
