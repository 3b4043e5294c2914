package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.SmmOutlinePage;
import org.iotsmm.testing.Repo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Saves {@code build-output/editor.png}: the editor with a problem, the outline and the
 * content-assist pop-up open, as a user sees them; and {@code editor-shipped.png},
 * {@code editor-template.png}, {@code rename-preview.png} and {@code references.png}.
 */
class EditorScreenshotTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void screenshotOfEditorWithProblemOutlineAndContentAssist() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(Workbench.display().getBounds()); // Xvfb has no window manager to maximise it
		for (IProject other : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			other.delete(true, true, null); // earlier tests' projects would crowd the Problems view
		}
		IProject project = Workbench.project("screenshot", "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant-profile.smm");
		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("practice AccessControl level 2 on Floor because");
		document.replace(offset + "practice ".length(), "AccessControl".length(), "AccessKontrol");
		Workbench.waitUntil("the problem annotation", () -> !EditorTest.annotations(editor).isEmpty());
		editor.doSave(null);
		Workbench.waitUntil("the problem marker", () -> EditorTest.markers(project.getFile("plant.smm")).length > 0);
		Workbench.waitUntil("the Problems view to list it", () -> problemsTree(window) != null);
		Workbench.waitUntil("the outline", () -> outline.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());

		document.replace(offset, 0, "practice \n    ");
		editor.selectAndReveal(offset + "practice ".length(), 0);
		editor.setFocus();
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.waitUntil("the content-assist pop-up", () -> popupTable() != null);
		waitUntilPainted();
		assertEveryPracticeFitsThePopup(editor, offset + "practice ".length());

		save("editor.png");
		editor.doRevertToSaved();
	}

	/**
	 * Saves {@code build-output/editor-shipped.png}: a shipped profile opened by F3, read-only, with
	 * its references coloured and its outline.
	 */
	@Test
	void screenshotOfAShippedProfileOpenedByF3() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(Workbench.display().getBounds());
		IProject project = Workbench.project("screenshot-shipped", "examples/residential-cameras/residential-cameras.smm");
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = Workbench.open(project.getFile("residential-cameras.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		int at = document.get().indexOf("profile ConsumerIoT") + "profile ".length() + 2;
		new org.iotsmm.dsl.ui.editor.SmmHyperlinks().detectHyperlinks(EditorTest.viewer(editor), new org.eclipse.jface.text.Region(at, 0), false)[0].open();
		ITextEditor profile = (ITextEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil("the shipped profile's state", () -> EditorState.of(Workbench.document(profile)) != null);
		Workbench.waitUntil("its outline", () -> outline.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());
		profile.selectAndReveal(Workbench.document(profile).get().indexOf("consider SecurityProgramManagement"), 0);
		waitUntilPainted();
		save("editor-shipped.png");
	}

	/**
	 * Saves {@code build-output/editor-template.png}: a target entry inserted from its template, in
	 * linked mode on its level field, whose choices are open.
	 */
	@Test
	void screenshotOfATemplateBeingFilledIn() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(Workbench.display().getBounds());
		IProject project = Workbench.project("screenshot-template", "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant-profile.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		int line = document.get().indexOf("    practice AccessControl level 2 on Floor because");
		document.replace(line, 0, "    pra\n");
		int caret = line + "    pra".length();
		var viewer = EditorTest.viewer(editor);
		var proposals = Workbench.offUiThread(() -> new org.iotsmm.dsl.ui.editor.SmmContentAssist().computeCompletionProposals(viewer, caret));
		var entry = Arrays.stream(proposals).filter(p -> p.getDisplayString().equals("Target entry (template)")).findFirst().orElseThrow();
		editor.setFocus();
		((org.eclipse.jface.text.contentassist.ICompletionProposalExtension2) entry).apply(viewer, (char) 0, 0, caret);
		viewer.getTextWidget().insert("DataProtectionModel");
		// the colours by meaning of the text as typed (until then the edited lines have lexical colours only)
		var file = project.getFile("plant.smm");
		Workbench.waitUntil("the check of the text as typed", () -> EditorState.of(document) != null
				&& EditorState.of(document).version() == org.iotsmm.dsl.ui.internal.model.WorkspaceModels.instance().version(file));
		EditorTest.pressTab(viewer.getTextWidget());
		Workbench.waitUntil("the level's choices", () -> popupTable() != null);
		waitUntilPainted();
		save("editor-template.png");
		editor.doRevertToSaved();
	}

	/**
	 * Saves {@code build-output/rename-preview.png}: the refactoring dialog's preview of renaming
	 * zone Floor, the changes listed by line and the file's old and new text side by side.
	 */
	@Test
	void screenshotOfARenamePreview() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(Workbench.display().getBounds());
		IProject project = Workbench.project("screenshot-rename", "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant-profile.smm");
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		Workbench.waitUntil("the outline", () -> outline.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());
		String before = document.get();
		java.util.List<Boolean> okEnabled = new java.util.ArrayList<>();
		RenameTest.renameAt(editor, before.indexOf("zone Floor") + 6, "Hall", dialog -> {
			Rectangle screen = Workbench.display().getBounds();
			dialog.setBounds(screen.width / 8, screen.height / 8, screen.width * 3 / 4, screen.height * 3 / 4);
			RenameTest.preview(dialog);
			waitUntilPainted();
			// GTK draws the default button pale without a window manager's focus: check it is usable
			okEnabled.add(RenameTest.find(dialog, org.eclipse.swt.widgets.Button.class, b -> b.getText().equals("OK")).isEnabled());
			try {
				save("rename-preview.png");
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			RenameTest.press(dialog, "Cancel");
		});
		org.junit.jupiter.api.Assertions.assertEquals(before, document.get(), "Cancel changes nothing");
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(true), okEnabled);
	}

	/** Saves {@code build-output/references.png}: References in Project of a catalog practice, in the Search view. */
	@Test
	void screenshotOfReferencesInTheSearchView() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(Workbench.display().getBounds());
		IProject project = Workbench.project("screenshot-references", "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant-profile.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/supplier/supplier.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		editor.selectAndReveal(document.get().indexOf("AccessControl") + 2, 0);
		var result = ReferencesTest.run(() -> ReferencesTest.execute(editor));
		ReferencesTest.page(result);
		waitUntilPainted();
		save("references.png");
	}

	/** A picture of the whole screen in {@code build-output/}. */
	private static void save(String name) throws java.io.IOException {
		Path file = Repo.root().resolve("build-output/" + name);
		Files.createDirectories(file.getParent());
		Rectangle bounds = Workbench.display().getBounds();
		Image image = new Image(Workbench.display(), bounds.width, bounds.height);
		GC gc = new GC(Workbench.display());
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(Files.size(file) > 10_000, "screenshot written: " + file);
	}

	/**
	 * Every practice's row (name, title and domain) fits the pop-up's width. Before, JFace made it a
	 * quarter of the screen wide and cut the longer rows (the generic editor gives its assistant no
	 * size to restore).
	 */
	private static void assertEveryPracticeFitsThePopup(ITextEditor editor, int caret) throws Exception {
		Table table = popupTable();
		var viewer = EditorTest.viewer(editor);
		var proposals = Workbench.offUiThread(() -> new org.iotsmm.dsl.ui.editor.SmmContentAssist().computeCompletionProposals(viewer, caret));
		GC measure = new GC(table);
		try {
			int icon = table.getItem(0).getImage() != null ? table.getItem(0).getImage().getBounds().width : 16;
			for (var proposal : proposals) {
				int needed = measure.textExtent(proposal.getDisplayString()).x + icon + 12;
				assertTrue(needed <= table.getClientArea().width,
						"'" + proposal.getDisplayString() + "' needs " + needed + " pixels, the pop-up shows " + table.getClientArea().width);
			}
		} finally {
			measure.dispose();
		}
	}

	/** Pumps events until every shell is painted and the event queue stays empty (no sleeping). */
	private static void waitUntilPainted() {
		org.eclipse.swt.widgets.Display display = Workbench.display();
		long end = System.nanoTime() + Workbench.TIMEOUT.toNanos();
		int quiet = 0;
		while (quiet < 50) {
			if (System.nanoTime() > end) {
				org.junit.jupiter.api.Assertions.fail("the workbench kept busy for " + Workbench.TIMEOUT.toSeconds() + " s");
			}
			for (Shell shell : display.getShells()) {
				shell.update();
			}
			quiet = display.readAndDispatch() ? 0 : quiet + 1;
		}
	}

	/** The Problems view's tree (the one with a Description column) once it lists something. */
	private static org.eclipse.swt.widgets.Tree problemsTree(Control control) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.isVisible() && tree.getItemCount() > 0
				&& Arrays.stream(tree.getColumns()).anyMatch(c -> "Description".equals(c.getText()))) {
			return tree;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Tree found = problemsTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The table of a visible pop-up shell other than the workbench window, with rows. */
	private static Table popupTable() {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		return Arrays.stream(Workbench.display().getShells()).filter(s -> s != main && s.isVisible())
				.map(EditorScreenshotTest::table).filter(t -> t != null && t.getItemCount() > 0).findFirst().orElse(null);
	}

	private static Table table(Control control) {
		if (control instanceof Table table) {
			return table;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Table found = table(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
