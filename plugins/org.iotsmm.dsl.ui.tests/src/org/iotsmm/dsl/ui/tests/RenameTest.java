package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.iotsmm.dsl.ui.commands.RenamePlan;
import org.iotsmm.dsl.ui.commands.RenameRefactoring;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.Links;
import org.iotsmm.dsl.ui.editor.SmmOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rename (Alt+Shift+R), driven as a user runs it: the command, the platform's refactoring dialog
 * (the new name, the preview of the changes), what it changes in the project's files, the
 * refusals, and undoing it as one step.
 */
class RenameTest {


	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void renameUpdatesReferencesInTwoFiles() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("rename");
		IDocument document = Workbench.document(editor);
		IFile plant = Editors.file(document);
		IProject project = plant.getProject();
		IFile supplier = project.getFile("supplier.smm");
		EditorTest.built(project);
		assertEquals(0, EditorTest.markers(supplier).length, "supplier.smm refers to Plant.Olga");

		renameAt(editor, document.get().indexOf("Olga") + 1, "Oksana", dialog -> press(dialog, "OK"));
		assertTrue(document.get().contains("stakeholder Oksana"));
		assertTrue(document.get().contains("owner Oksana"));
		assertTrue(editor.isDirty(), "the open file is left unsaved, like typing");
		String other = Workbench.text(supplier);
		assertTrue(other.contains("owner Plant.Oksana"), other);
		editor.doSave(null);
		Workbench.waitForModels();
		assertEquals(0, EditorTest.markers(plant).length);
		assertEquals(0, EditorTest.markers(supplier).length);
	}

	/**
	 * A zone's name also qualifies references to what is inside it: before, {@code Floor.EdgeGateway}
	 * kept the old name and no longer linked. The preview lists each change by its line and shows
	 * the file's old and new text side by side.
	 */
	@Test
	void renameOfAZoneAlsoRenamesItWhereItQualifiesAComponent() throws Exception {
		ITextEditor editor = EditorTest.openPlant("rename-zone");
		IDocument document = Workbench.document(editor);
		IFile plant = Editors.file(document);
		IProject project = plant.getProject();
		String flow = "LinePLC -> EdgeGateway";
		document.replace(document.get().indexOf(flow), flow.length(), "LinePLC -> Floor.EdgeGateway");
		Workbench.waitUntil("a state of the typed text", () -> EditorState.of(document) != null
				&& EditorState.of(document).links().at(document.get().indexOf("Floor.EdgeGateway") + 1) != null);
		assertEquals("Zone", EditorState.of(document).links().at(document.get().indexOf("zone Floor") + 6).type());

		List<String> listed = new ArrayList<>();
		List<String> sideBySide = new ArrayList<>();
		renameAt(editor, document.get().indexOf("zone Floor") + 6, "Hall", dialog -> {
			listed.addAll(preview(dialog));
			sideBySide.addAll(comparedTexts(dialog));
			press(dialog, "OK");
		});
		assertEquals(List.of("Rename zone Floor to Hall", "  plant.smm - rename-zone", "    line 4: zone Floor \"Shop floor\" {",
				"    line 8: flow Data: LinePLC -> Floor.EdgeGateway protocol \"OPC UA\" encrypted",
				"    line 10: practice AccessControl level 2 on Floor because \"shared HMIs\"",
				"    line 13: practice AccessControl level 2 on Floor"), listed);
		assertTrue(sideBySide.stream().anyMatch(text -> text.contains("zone Floor \"Shop floor\"")), "the old text");
		assertTrue(sideBySide.stream().anyMatch(text -> text.contains("zone Hall \"Shop floor\"")), "the new text beside it");

		assertFalse(document.get().contains("Floor"), document.get());
		assertTrue(document.get().contains("LinePLC -> Hall.EdgeGateway"), document.get());
		editor.doSave(null);
		EditorTest.built(project);
		Workbench.waitForModels();
		assertEquals(0, EditorTest.markers(plant).length, java.util.Arrays.toString(EditorTest.markers(plant)));
	}

	/**
	 * A system's name qualifies references from other files ({@code Plant.Olga} in supplier.smm).
	 * Cancel in the preview changes nothing.
	 */
	@Test
	void renameOfASystemUpdatesTheQualifiedReferencesOfAnotherFile() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("rename-system");
		IDocument document = Workbench.document(editor);
		IProject project = Editors.file(document).getProject();
		assertEquals("System", EditorState.of(document).links().at(document.get().indexOf("Plant") + 1).type());
		String before = document.get();
		String supplierBefore = Workbench.text(project.getFile("supplier.smm"));

		List<String> listed = new ArrayList<>();
		renameAt(editor, document.get().indexOf("Plant") + 1, "Works", dialog -> {
			listed.addAll(preview(dialog));
			press(dialog, "Cancel");
		});
		assertEquals(List.of("Rename system Plant to Works", "  plant.smm - rename-system",
				"    line 1: " + before.lines().findFirst().orElseThrow(), "  supplier.smm - rename-system",
				"    line 6: target Contract \"Contract targets\" owner Plant.Olga date 2026-02-01 {"), listed);
		assertEquals(before, document.get());
		assertEquals(supplierBefore, Workbench.text(project.getFile("supplier.smm")));
	}

	/** Rename... in the Outline view's context menu renames the selected symbol. */
	@Test
	void renameFromTheOutline() throws Exception {
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = EditorTest.openPlant("rename-outline");
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the outline", () -> outline.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());
		Menu menu = Menus.outlineMenuOn(outline, "Floor");
		MenuItem rename = Menus.item(menu, "Rename...");
		assertTrue(rename.isEnabled(), "Rename... enabled");
		Answer answer = whenOpen(shell -> shell.getText().startsWith("Rename "), dialog -> {
			find(dialog, Text.class, text -> true).setText("Hall");
			press(dialog, "OK");
		});
		rename.notifyListeners(SWT.Selection, new Event());
		answer.rethrow("the refactoring dialog");
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(document.get().contains("zone Hall \"Shop floor\""), document.get());
		assertFalse(document.get().contains("Floor"), document.get());
	}

	/** Back from the preview and another name: the rename uses the name typed last, not the one previewed. */
	@Test
	void backFromThePreviewAndAnotherNameRenamesToThatName() throws Exception {
		ITextEditor editor = EditorTest.openPlant("rename-back");
		IDocument document = Workbench.document(editor);
		List<String> previewed = new ArrayList<>();
		renameAt(editor, document.get().indexOf("zone Floor") + 6, "Hall", dialog -> {
			previewed.addAll(preview(dialog));
			press(dialog, "< Back");
			find(dialog, Text.class, text -> true).setText("Hangar");
			press(dialog, "OK");
		});
		assertEquals("Rename zone Floor to Hall", previewed.get(0));
		assertTrue(document.get().contains("zone Hangar \"Shop floor\""), document.get());
		assertFalse(document.get().contains("Hall"), document.get());
	}

	/** A change unticked in the preview is not made; the others are. */
	@Test
	void aChangeUntickedInThePreviewIsNotMade() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("rename-unticked");
		IDocument document = Workbench.document(editor);
		IFile supplier = Editors.file(document).getProject().getFile("supplier.smm");
		String supplierBefore = Workbench.text(supplier);

		renameAt(editor, document.get().indexOf("Plant") + 1, "Works", dialog -> {
			preview(dialog);
			Tree tree = find(dialog, Tree.class, any -> true);
			TreeItem supplierChange = Arrays.stream(tree.getItem(0).getItems())
					.filter(file -> file.getText().startsWith("supplier.smm")).findFirst().orElseThrow();
			supplierChange.setChecked(false);
			Event untick = new Event();
			untick.item = supplierChange;
			untick.detail = SWT.CHECK;
			tree.notifyListeners(SWT.Selection, untick);
			press(dialog, "OK");
		});
		assertTrue(document.get().startsWith("system Works "), document.get());
		assertEquals(supplierBefore, Workbench.text(supplier));
	}

	/**
	 * A keyword cannot be typed into the dialog (it says why, and OK stays disabled); a name that is
	 * taken is refused when the edits are worked out, before anything changes.
	 */
	@Test
	void renameRefusesANameThatIsTakenOrAKeyword() throws Exception {
		ITextEditor editor = EditorTest.openPlant("rename-clash");
		IDocument document = Workbench.document(editor);
		String before = document.get();
		List<String> keyword = new ArrayList<>();
		List<String> taken = new ArrayList<>();
		renameAt(editor, before.indexOf("Olga") + 1, "zone", dialog -> {
			keyword.add(texts(dialog) + " OK enabled: " + button(dialog, "OK").isEnabled());
			find(dialog, Text.class, text -> true).setText("Ivan");
			Answer refused = whenOpen(shell -> shell != dialog && shell.getText().startsWith("Rename "), shell -> {
				taken.add(shell.getText() + ": " + texts(shell));
				press(shell, "Cancel");
			});
			press(dialog, "OK"); // the refusal comes in a dialog of its own
			refused.rethrow("the refusal");
			if (!dialog.isDisposed()) {
				press(dialog, "Cancel");
			}
		});
		assertTrue(keyword.get(0).contains("'zone' is a keyword of the language."), keyword.get(0));
		assertTrue(keyword.get(0).endsWith("OK enabled: false"), keyword.get(0));
		assertTrue(taken.get(0).contains("'Ivan' is already the name of a stakeholder in system Plant (line 3 of plant.smm)."
				+ " Nothing was changed."), taken.get(0));
		assertEquals(before, document.get());
		assertNull(RenamePlan.checkName("Oksana"));
	}

	/**
	 * One Ctrl+Z in the editor takes back the whole rename, in the file that is not open too, after
	 * the platform's question whether to undo outside the editor's file. Before, the edits were single document changes: the editor undid its own last one, and the
	 * saved file kept the new name.
	 */
	@Test
	void renameIsOneStepToUndo() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("rename-undo");
		IDocument document = Workbench.document(editor);
		IFile supplier = Editors.file(document).getProject().getFile("supplier.smm");
		String before = document.get();
		String supplierBefore = Workbench.text(supplier);

		renameAt(editor, before.indexOf("Olga") + 1, "Oksana", dialog -> press(dialog, "OK"));
		assertTrue(document.get().contains("owner Oksana"), document.get());
		assertTrue(Workbench.text(supplier).contains("owner Plant.Oksana"));

		assertEquals(List.of("Undo: [Undoing 'Rename stakeholder Olga to Oksana' affects elements outside of 'plant.smm'."
				+ " Continue with undoing 'Rename stakeholder Olga to Oksana'?][]<&Discard Undo><Cancel><OK>"),
				undoTheRenameOfOlga(editor));
		assertEquals(before, document.get());
		assertEquals(supplierBefore, Workbench.text(supplier));
	}

	/**
	 * A file the rename changed that was not open, changed on disk since: Ctrl+Z says why it cannot
	 * undo, and undoes nothing. Before the rename ran through the refactoring dialog, nothing
	 * started the platform's refactoring UI, which tells it, and the refusal was silent.
	 */
	@Test
	void undoAfterAnotherFileChangedSaysWhyAndUndoesNothing() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("rename-undo-refused");
		IDocument document = Workbench.document(editor);
		IFile supplier = Editors.file(document).getProject().getFile("supplier.smm");
		renameAt(editor, document.get().indexOf("Olga") + 1, "Oksana", dialog -> press(dialog, "OK"));
		String renamed = document.get();
		String edited = Workbench.text(supplier) + "// edited elsewhere\n";
		supplier.setContents(new java.io.ByteArrayInputStream(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				IFile.KEEP_HISTORY, null);

		assertEquals(List.of("Undo Problem: []['Rename stakeholder Olga to Oksana' cannot be undone.  \nReason: The content of"
				+ " 'rename-undo-refused/supplier.smm' has changed.][]<OK>"), undoTheRenameOfOlga(editor));
		assertEquals(renamed, document.get());
		assertEquals(edited, Workbench.text(supplier));
	}

	/**
	 * Runs the editor's Undo once it offers the rename of Olga, and answers the dialog it opens
	 * with OK; returns what the dialog said.
	 */
	private static List<String> undoTheRenameOfOlga(ITextEditor editor) {
		IAction undo = editor.getAction(ITextEditorActionConstants.UNDO);
		Workbench.waitUntil(() -> "the rename as the editor's undo, not " + undo.getText(),
				() -> undo.getText().contains("Rename stakeholder Olga to Oksana"));
		List<String> said = new ArrayList<>();
		Answer answer = whenOpen(shell -> shell != editor.getSite().getShell(), shell -> {
			said.add(shell.getText() + ": " + texts(shell));
			press(shell, "OK");
		});
		undo.run();
		answer.rethrow("the undo's dialog");
		return said;
	}

	/** The file was typed into after the edits' text was taken: their offsets are stale, so nothing changes. */
	@Test
	void renameRefusesWhenAFileChangedSinceItsPlan() throws Exception {
		IDocument document = Workbench.document(EditorTest.openPlant("rename-stale"));
		String before = document.get();
		Links.Link olga = EditorState.of(document).links().at(before.indexOf("Olga") + 1);
		RenameRefactoring refactoring = new RenameRefactoring(Editors.file(document), before,
				olga.target(), "Olga");
		refactoring.setNewName("Oksana");
		document.replace(0, 0, "// typed meanwhile\n");
		String typed = document.get();

		RefactoringStatus status = Workbench.offUiThread(() -> refactoring.checkAllConditions(new NullProgressMonitor()));
		assertEquals("plant.smm changed while the rename was worked out. Nothing was changed; rename again.",
				status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
		assertEquals(typed, document.get());
	}

	/**
	 * Runs the rename command at {@code caret} as a user does, types {@code newName} into the
	 * refactoring dialog and hands the dialog to {@code drive}; returns when the dialog is closed.
	 */
	static void renameAt(ITextEditor editor, int caret, String newName, Consumer<Shell> drive) throws Exception {
		editor.selectAndReveal(caret, 0);
		Answer answer = whenOpen(shell -> shell.getText().startsWith("Rename "), shell -> {
			find(shell, Text.class, text -> true).setText(newName);
			drive.accept(shell);
		});
		Runnable guard = () -> closeDialogs(Workbench.display()); // a dialog left open would block the test until the build's timeout
		Workbench.display().timerExec((int) Workbench.TIMEOUT.toMillis(), guard);
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand("org.iotsmm.dsl.ui.rename", null);
		} finally {
			Workbench.display().timerExec(-1, guard);
		}
		answer.rethrow("the refactoring dialog");
	}

	/**
	 * Presses Preview and lists the tree of changes it shows, two spaces deeper per level: the
	 * rename, each file, each change in it by its line. The first change is selected.
	 */
	static List<String> preview(Shell dialog) {
		press(dialog, "Preview >");
		Tree tree = find(dialog, Tree.class, any -> true);
		List<String> listed = new ArrayList<>();
		List<TreeItem> changes = new ArrayList<>();
		list(tree, tree.getItems(), "", listed, changes);
		tree.setSelection(changes.get(0));
		Event select = new Event();
		select.item = changes.get(0);
		tree.notifyListeners(SWT.Selection, select);
		return listed;
	}

	private static void list(Tree tree, TreeItem[] items, String indent, List<String> listed, List<TreeItem> leaves) {
		for (TreeItem item : items) {
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand); // the viewer makes a node's children when it is expanded
			item.setExpanded(true);
			listed.add(indent + item.getText());
			if (item.getItemCount() == 0) {
				leaves.add(item);
			}
			list(tree, item.getItems(), indent + "  ", listed, leaves);
		}
	}

	/** The texts of the preview's compare viewer: the old and the new text of the selected file. */
	static List<String> comparedTexts(Shell dialog) {
		List<String> texts = new ArrayList<>();
		collect(dialog, StyledText.class, styled -> texts.add(styled.getText()));
		return texts;
	}

	/**
	 * Calls {@code answer} with the first shell titled {@code title} once it is open: the
	 * command's dialogs are modal, so they are answered from the event loop they run.
	 */
	static Answer whenOpen(String title, Consumer<Shell> answer) {
		return whenOpen(shell -> title.equals(shell.getText()), answer);
	}

	/** The same for the first shell that {@code wanted} accepts; it stops looking after the tests' timeout. */
	static Answer whenOpen(Predicate<Shell> wanted, Consumer<Shell> answer) {
		Answer answered = new Answer();
		Display display = Workbench.display();
		long end = System.nanoTime() + Workbench.TIMEOUT.toNanos();
		display.timerExec(20, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && wanted.test(shell)) {
						answered.shown = true;
						try {
							answer.accept(shell);
						} catch (RuntimeException | AssertionError e) {
							// the dialog's event loop would only log it; the test rethrows it once the dialog is closed
							answered.failure = e;
							shell.close(); // a modal dialog left open would block the test until the build's timeout
						}
						return;
					}
				}
				if (System.nanoTime() < end) {
					display.timerExec(20, this);
					return;
				}
				answered.failure = new AssertionError("no such dialog opened; closed the dialogs open: " + closeDialogs(display));
			}
		});
		return answered;
	}

	/** Closes the open dialogs, the innermost first; returns their titles. */
	private static List<String> closeDialogs(Display display) {
		List<String> open = new ArrayList<>();
		Shell[] shells = display.getShells();
		for (int i = shells.length - 1; i >= 0; i--) {
			if (shells[i].isVisible() && shells[i].getParent() != null) {
				open.add(shells[i].getText());
				shells[i].close();
			}
		}
		return open;
	}

	/** Whether a dialog was answered, and what went wrong while answering it. */
	static final class Answer {
		private volatile boolean shown;
		private volatile Throwable failure;

		void rethrow(String dialog) {
			if (failure instanceof AssertionError error) {
				throw error;
			}
			if (failure != null) {
				throw new AssertionError("while answering " + dialog, failure);
			}
			assertTrue(shown, dialog + " was never shown");
		}
	}

	/** The texts of a dialog's labels, buttons, lists and tables, in order. */
	private static String texts(Composite parent) {
		StringBuilder texts = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.append('[').append(label.getText()).append(']');
			} else if (child instanceof CLabel label) {
				texts.append('[').append(label.getText()).append(']');
			} else if (child instanceof Button button) {
				texts.append('<').append(button.getText()).append('>');
			} else if (child instanceof Table table) {
				Arrays.stream(table.getItems()).forEach(item -> texts.append('{').append(item.getText()).append('}'));
			} else if (child instanceof Composite composite) {
				texts.append(texts(composite));
			}
		}
		return texts.toString();
	}

	static void press(Shell shell, String label) {
		Button button = button(shell, label);
		assertNotNull(button, () -> "a button " + label + " in " + texts(shell));
		assertTrue(button.isEnabled(), () -> label + " is disabled in " + texts(shell));
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button button(Shell shell, String label) {
		return find(shell, Button.class, button -> button.isVisible() && button.getText().replace("&", "").equals(label));
	}

	static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> wanted) {
		List<T> found = new ArrayList<>();
		collect(parent, type, control -> {
			if (found.isEmpty() && wanted.test(control)) {
				found.add(control);
			}
		});
		return found.isEmpty() ? null : found.get(0);
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, Consumer<T> each) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				each.accept(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, each);
			}
		}
	}
}
