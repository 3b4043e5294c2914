package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.iotsmm.dsl.ui.commands.RenameHandler;
import org.iotsmm.dsl.ui.commands.RenamePlan;
import org.iotsmm.dsl.ui.commands.RenamePreview;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rename (Alt+Shift+R): what it changes in the project's files, the preview, the refusals, the
 * command driven through its dialogs, and undoing it as one step.
 */
class RenameTest {

	private static final String PLANT = "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/";
	private static final String SUPPLIER = "plugins/org.iotsmm.dsl.ui.tests/fixtures/supplier/supplier.smm";

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void renameUpdatesReferencesInTwoFiles() throws Exception {
		IProject project = Workbench.project("rename", PLANT + "plant.smm", PLANT + "plant-profile.smm",
				SUPPLIER);
		IFile plant = project.getFile("plant.smm");
		IFile supplier = project.getFile("supplier.smm");
		ITextEditor editor = Workbench.open(plant);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		EditorTest.built(project);
		assertEquals(0, EditorTest.markers(supplier).length, "supplier.smm refers to Plant.Olga");
		Links.Link olga = EditorState.of(document).links().at(document.get().indexOf("Olga") + 1);
		assertEquals("Stakeholder", olga.type());
		assertNull(RenameHandler.perform(plan(plant, document.get(), olga.target(), "Oksana")));
		assertTrue(document.get().contains("stakeholder Oksana"));
		assertTrue(document.get().contains("owner Oksana"));
		String other = Workbench.text(supplier);
		assertTrue(other.contains("owner Plant.Oksana"), other);
		editor.doSave(null);
		Workbench.waitForModels();
		assertEquals(0, EditorTest.markers(plant).length);
		assertEquals(0, EditorTest.markers(supplier).length);
	}

	/**
	 * A zone's name also qualifies references to what is inside it: before, {@code Floor.EdgeGateway}
	 * kept the old name and no longer linked. The changes are listed for the preview first.
	 */
	@Test
	void renameOfAZoneAlsoRenamesItWhereItQualifiesAComponent() throws Exception {
		ITextEditor editor = EditorTest.openPlant("rename-zone");
		IDocument document = Workbench.document(editor);
		IFile plant = org.iotsmm.dsl.ui.editor.Editors.file(document);
		IProject project = plant.getProject();
		String flow = "LinePLC -> EdgeGateway";
		document.replace(document.get().indexOf(flow), flow.length(), "LinePLC -> Floor.EdgeGateway");
		Workbench.waitUntil("a state of the typed text", () -> EditorState.of(document) != null
				&& EditorState.of(document).links().at(document.get().indexOf("Floor.EdgeGateway") + 1) != null);
		Links.Link floor = EditorState.of(document).links().at(document.get().indexOf("zone Floor") + 6);
		assertEquals("Zone", floor.type());

		RenamePlan plan = plan(plant, document.get(), floor.target(), "Hall");
		assertNull(plan.clash());
		assertEquals(List.of("plant.smm, line 4: zone Floor \"Shop floor\" {",
				"plant.smm, line 8: flow Data: LinePLC -> Floor.EdgeGateway protocol \"OPC UA\" encrypted",
				"plant.smm, line 10: practice AccessControl level 2 on Floor because \"shared HMIs\"",
				"plant.smm, line 13: practice AccessControl level 2 on Floor"), plan.lines());
		RenamePreview preview = new RenamePreview(editor.getSite().getShell(), plan);
		preview.setBlockOnOpen(false);
		preview.open();
		try {
			assertEquals(plan.lines(), List.of(preview.shownLines()));
			assertEquals("Rename Floor to Hall", preview.getShell().getText());
		} finally {
			preview.close();
		}

		assertNull(RenameHandler.perform(plan));
		assertFalse(document.get().contains("Floor"), document.get());
		assertTrue(document.get().contains("LinePLC -> Hall.EdgeGateway"), document.get());
		editor.doSave(null);
		EditorTest.built(project);
		Workbench.waitForModels();
		assertEquals(0, EditorTest.markers(plant).length, java.util.Arrays.toString(EditorTest.markers(plant)));
	}

	/** A system's name qualifies references from other files ({@code Plant.Olga} in supplier.smm). */
	@Test
	void renameOfASystemUpdatesTheQualifiedReferencesOfAnotherFile() throws Exception {
		IProject project = Workbench.project("rename-system", PLANT + "plant.smm", PLANT + "plant-profile.smm",
				SUPPLIER);
		IFile plant = project.getFile("plant.smm");
		ITextEditor editor = Workbench.open(plant);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		Links.Link system = EditorState.of(document).links().at(document.get().indexOf("Plant") + 1);
		assertEquals("System", system.type());
		RenamePlan plan = plan(plant, document.get(), system.target(), "Works");
		assertEquals(List.of("plant.smm, line 1: " + document.get().lines().findFirst().orElseThrow(),
				"supplier.smm, line 6: target Contract \"Contract targets\" owner Plant.Olga date 2026-02-01 {"), plan.lines());
	}

	/** A taken name or a keyword is refused before anything changes. */
	@Test
	void renameRefusesANameThatIsTakenOrAKeyword() throws Exception {
		RenamePlan plan = renameOlga(Workbench.document(EditorTest.openPlant("rename-clash")), "Ivan");
		assertEquals("'Ivan' is already the name of a stakeholder in system Plant (line 3 of plant.smm).", plan.clash());
		assertEquals(0, plan.changes());
		assertEquals("'zone' is a keyword of the language.", RenamePlan.checkName("zone"));
		assertNull(RenamePlan.checkName("Oksana"));
	}

	/**
	 * One Ctrl+Z in the editor takes back the whole rename, in the file that is not open too, after
	 * the platform's question whether to undo outside the editor's file. Before, the edits were single document changes: the editor undid its own last one, and the
	 * saved file kept the new name.
	 */
	@Test
	void renameIsOneStepToUndo() throws Exception {
		IProject project = Workbench.project("rename-undo", PLANT + "plant.smm", PLANT + "plant-profile.smm", SUPPLIER);
		IFile plant = project.getFile("plant.smm");
		IFile supplier = project.getFile("supplier.smm");
		ITextEditor editor = Workbench.open(plant);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		String before = document.get();
		String supplierBefore = Workbench.text(supplier);
		Links.Link olga = EditorState.of(document).links().at(before.indexOf("Olga") + 1);

		assertNull(RenameHandler.perform(plan(plant, before, olga.target(), "Oksana")));
		assertTrue(document.get().contains("owner Oksana"), document.get());
		assertTrue(Workbench.text(supplier).contains("owner Plant.Oksana"));

		IAction undo = editor.getAction(ITextEditorActionConstants.UNDO);
		Workbench.waitUntil(() -> "the rename as the editor's undo, not " + undo.getText(),
				() -> undo.getText().contains("Rename stakeholder Olga to Oksana"));
		List<String> asked = new ArrayList<>();
		AtomicBoolean confirmed = whenOpen(shell -> shell != editor.getSite().getShell(), shell -> {
			asked.add(shell.getText() + ": " + texts(shell));
			press(shell, "OK");
		});
		undo.run();
		assertTrue(confirmed.get(), "the question whether to undo in the other file too");
		assertEquals(List.of("Undo: [Undoing 'Rename stakeholder Olga to Oksana' affects elements outside of 'plant.smm'."
				+ " Continue with undoing 'Rename stakeholder Olga to Oksana'?][]<&Discard Undo><Cancel><OK>"), asked);
		assertEquals(before, document.get());
		assertEquals(supplierBefore, Workbench.text(supplier));
	}

	/** The file was typed into after the plan was worked out: its offsets are stale, so nothing changes. */
	@Test
	void renameRefusesWhenAFileChangedSinceItsPlan() throws Exception {
		IDocument document = Workbench.document(EditorTest.openPlant("rename-stale"));
		RenamePlan plan = renameOlga(document, "Oksana");
		document.replace(0, 0, "// typed meanwhile\n");
		String typed = document.get();

		assertEquals("plant.smm changed while the rename was worked out. Nothing was changed; rename again.",
				RenameHandler.perform(plan));
		assertEquals(typed, document.get());
	}

	/**
	 * The command as a user runs it: the caret on a name, the new name asked for, the changes
	 * shown; Cancel in the preview changes nothing, Rename makes them.
	 */
	@Test
	void renameCommandAsksForTheNameAndShowsTheChangesFirst() throws Exception {
		ITextEditor editor = EditorTest.openPlant("rename-command");
		IDocument document = Workbench.document(editor);
		int olga = document.get().indexOf("owner Olga") + "owner ".length();
		assertNotNull(EditorState.of(document).links().at(olga + 1), "a reference to rename at the caret");
		String before = document.get();

		List<String> shown = new ArrayList<>();
		renameAt(editor, olga + 1, "Oksana", preview -> {
			shown.addAll(Arrays.asList(preview.shownLines()));
			press(preview.getShell(), "Cancel");
		});
		assertEquals(List.of("plant.smm, line 2: stakeholder Olga \"Owner\" role business",
				"plant.smm, line 9: target Year1 \"First year\" owner Olga date 2026-01-12 from template Baseline {"), shown);
		assertEquals(before, document.get());

		renameAt(editor, olga + 1, "Oksana", preview -> press(preview.getShell(), "Rename"));
		assertFalse(document.get().contains("Olga"), document.get());
		assertTrue(document.get().contains("owner Oksana"), document.get());
	}

	/** Runs the rename command at {@code caret}, types {@code newName}, and hands the preview to {@code decide}. */
	private static void renameAt(ITextEditor editor, int caret, String newName, Consumer<RenamePreview> decide) throws Exception {
		editor.selectAndReveal(caret, 0);
		AtomicBoolean named = whenOpen("Rename", shell -> {
			Text name = find(shell, Text.class, text -> true);
			name.setText(newName);
			press(shell, "OK");
		});
		AtomicBoolean previewed = whenOpen("Rename Olga to " + newName, shell -> decide.accept((RenamePreview) shell.getData()));
		editor.getSite().getService(IHandlerService.class).executeCommand("org.iotsmm.dsl.ui.rename", null);
		Workbench.waitUntil("the name dialog", named::get);
		Workbench.waitUntil("the preview", previewed::get);
		Workbench.waitUntil("the preview to close", () -> Arrays.stream(Workbench.display().getShells())
				.noneMatch(shell -> shell.getData() instanceof RenamePreview));
	}

	/**
	 * Calls {@code answer} with the first shell titled {@code title} once it is open: the
	 * command's dialogs are modal, so they are answered from the event loop they run.
	 */
	private static AtomicBoolean whenOpen(String title, Consumer<Shell> answer) {
		return whenOpen(shell -> title.equals(shell.getText()), answer);
	}

	/** The same for the first shell that {@code wanted} accepts; it stops looking after the tests' timeout. */
	private static AtomicBoolean whenOpen(java.util.function.Predicate<Shell> wanted, Consumer<Shell> answer) {
		AtomicBoolean answered = new AtomicBoolean();
		Display display = Workbench.display();
		long end = System.nanoTime() + Workbench.TIMEOUT.toNanos();
		display.timerExec(20, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && wanted.test(shell)) {
						answered.set(true);
						try {
							answer.accept(shell);
						} catch (RuntimeException | AssertionError e) {
							shell.close(); // a modal dialog left open would block the test until the build's timeout
							throw e;
						}
						return;
					}
				}
				if (System.nanoTime() < end) {
					display.timerExec(20, this);
				}
			}
		});
		return answered;
	}

	/** The texts of a dialog's labels and buttons, in order. */
	private static String texts(Composite parent) {
		StringBuilder texts = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				texts.append('[').append(label.getText()).append(']');
			} else if (child instanceof Button button) {
				texts.append('<').append(button.getText()).append('>');
			} else if (child instanceof Composite composite) {
				texts.append(texts(composite));
			}
		}
		return texts.toString();
	}

	private static void press(Shell shell, String label) {
		find(shell, Button.class, button -> button.getText().replace("&", "").equals(label)).notifyListeners(SWT.Selection, new Event());
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> wanted) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && wanted.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The plan of renaming stakeholder Olga of the open plant.smm. */
	private static RenamePlan renameOlga(IDocument document, String newName) {
		Links.Link olga = EditorState.of(document).links().at(document.get().indexOf("Olga") + 1);
		return plan(org.iotsmm.dsl.ui.editor.Editors.file(document), document.get(), olga.target(), newName);
	}

	static RenamePlan plan(IFile file, String text, String target, String newName) {
		CompletableFuture<RenamePlan> plan = CompletableFuture.supplyAsync(() -> RenameHandler.plan(file, text, target, newName));
		Workbench.waitUntil("the rename's plan", plan::isDone);
		return plan.join();
	}
}
