package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.IQueryListener;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.iotsmm.dsl.ui.commands.ReferencesHandler;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.SmmOutlinePage;
import org.iotsmm.dsl.ui.search.ReferenceMatch;
import org.iotsmm.dsl.ui.search.ReferencesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * References in Project (Ctrl+Shift+G), run as a user runs it: the command on the element at the
 * caret (or on the Outline's selection), the query in the background, the Search view's page
 * (files, lines), and opening a reference in the editor.
 */
class ReferencesTest {

	private static final String COMMAND = "org.iotsmm.dsl.ui.references";

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	/** A stakeholder: its reference in its own file and the qualified one ({@code Plant.Olga}) of another file; not its declaration. */
	@Test
	void referencesOfAStakeholderInTwoFilesAndOpeningOne() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("references");
		IDocument document = Workbench.document(editor);
		IFile supplier = Editors.file(document).getProject().getFile("supplier.smm");
		KeySequence ctrlShiftG = KeySequence.getInstance(KeyStroke.getInstance(SWT.MOD1 | SWT.MOD2, 'G'));
		List<Binding> bound = Arrays.stream(Workbench.page().getWorkbenchWindow().getWorkbench().getService(IBindingService.class)
				.getBindings()).filter(b -> b.getParameterizedCommand() != null && COMMAND.equals(b.getParameterizedCommand().getId()))
				.toList();
		assertEquals(List.of(ctrlShiftG), bound.stream().map(Binding::getTriggerSequence).toList(), "bound to Ctrl+Shift+G");
		assertEquals(List.of("org.eclipse.ui.genericeditor.genericEditorContext"), bound.stream().map(Binding::getContextId).toList());

		editor.selectAndReveal(document.get().indexOf("Olga") + 1, 0); // on the declaration
		AbstractTextSearchResult result = run(() -> execute(editor));

		assertEquals("'Olga' - 2 references in project references", result.getLabel());
		assertEquals(List.of("plant.smm: line 9: target Year1 \"First year\" owner Olga date 2026-01-12 from template Baseline {",
				"supplier.smm: line 6: target Contract \"Contract targets\" owner Plant.Olga date 2026-02-01 {"), matches(result));
		String supplierText = Workbench.text(supplier);
		Match qualified = result.getMatches(supplier)[0];
		assertEquals("Olga", supplierText.substring(qualified.getOffset(), qualified.getOffset() + qualified.getLength()));

		ReferencesPage page = page(result);
		Tree tree = page.tree().getTree();
		assertEquals(List.of("plant.smm (1 reference)",
				"  line 9: target Year1 \"First year\" owner Olga date 2026-01-12 from template Baseline {",
				"supplier.smm (1 reference)",
				"  line 6: target Contract \"Contract targets\" owner Plant.Olga date 2026-02-01 {"), shown(tree));

		// a double click on the reference in supplier.smm opens it in the .smm editor, the name selected
		TreeItem line = tree.getItem(1).getItem(0);
		tree.setSelection(line);
		Event select = new Event();
		select.item = line;
		tree.notifyListeners(SWT.Selection, select);
		Event open = new Event();
		open.item = line;
		tree.notifyListeners(SWT.DefaultSelection, open);
		Workbench.waitUntil("supplier.smm opened", () -> Workbench.page().getActiveEditor() != null
				&& Workbench.page().getActiveEditor().getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(supplier));
		IEditorPart opened = Workbench.page().getActiveEditor();
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", opened.getSite().getId());
		ITextSelection selection = (ITextSelection) ((ITextEditor) opened).getSelectionProvider().getSelection();
		assertEquals(qualified.getOffset(), selection.getOffset());
		assertEquals("Olga", selection.getText());
	}

	/** A practice of the shipped catalog, declared nowhere in the project: its references in targets, assessments and templates. */
	@Test
	void referencesOfACatalogPractice() throws Exception {
		ITextEditor editor = EditorTest.openPlantWithSupplier("references-practice");
		IDocument document = Workbench.document(editor);

		editor.selectAndReveal(document.get().indexOf("AccessControl") + 2, 0);
		AbstractTextSearchResult result = run(() -> execute(editor));

		assertEquals("'AccessControl' - 4 references in project references-practice", result.getLabel());
		assertEquals(List.of("plant-profile.smm: line 5: practice AccessControl level 2 because \"operators share HMIs\"",
				"plant.smm: line 10: practice AccessControl level 2 on Floor because \"shared HMIs\"",
				"plant.smm: line 13: practice AccessControl level 2 on Floor",
				"supplier.smm: line 7: practice AccessControl level 1 on Depot because \"the depot gateway reaches the plant\""),
				matches(result));
	}

	/** References in Project in the Outline view's context menu searches for the selected symbol. */
	@Test
	void referencesFromTheOutline() throws Exception {
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = EditorTest.openPlant("references-outline");
		Workbench.waitUntil("the outline", () -> outline.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());
		Menu menu = Menus.outlineMenuOn(outline, "Floor");
		MenuItem references = Menus.item(menu, "References in Project");
		AbstractTextSearchResult result = run(() -> references.notifyListeners(SWT.Selection, new Event()));
		menu.notifyListeners(SWT.Hide, new Event());
		assertEquals(List.of("plant.smm: line 10: practice AccessControl level 2 on Floor because \"shared HMIs\"",
				"plant.smm: line 13: practice AccessControl level 2 on Floor"), matches(result));
		assertTrue(Editors.file(Workbench.document(editor)) != null);
	}

	/** References in Project in the editor's context menu searches for the element at the caret. */
	@Test
	void referencesFromTheEditorsContextMenu() throws Exception {
		ITextEditor editor = EditorTest.openPlant("references-menu");
		IDocument document = Workbench.document(editor);
		editor.selectAndReveal(document.get().indexOf("by Ivan") + 4, 0);
		Menu menu = EditorTest.viewer(editor).getTextWidget().getMenu();
		MenuItem references = Menus.item(menu, "References in Project");
		AbstractTextSearchResult result = run(() -> references.notifyListeners(SWT.Selection, new Event()));
		menu.notifyListeners(SWT.Hide, new Event());
		assertEquals("'Ivan' - 1 reference in project references-menu", result.getLabel());
		assertEquals(List.of("plant.smm: line 12: assessment Check \"First check\" date 2026-03-02 by Ivan kind self against Year1 {"),
				matches(result));
	}

	/** Nothing to search for at the caret (a keyword): the command says so. */
	@Test
	void nothingAtTheCaretIsSaid() throws Exception {
		ITextEditor editor = EditorTest.openPlant("references-nothing");
		editor.selectAndReveal(1, 0); // in the keyword "system"
		List<String> said = new ArrayList<>();
		RenameTest.Answer answer = RenameTest.whenOpen("References in Project", dialog -> {
			said.add(RenameTest.find(dialog, org.eclipse.swt.widgets.Label.class,
					label -> label.getText().startsWith("Place the caret")).getText());
			RenameTest.press(dialog, "OK");
		});
		execute(editor);
		answer.rethrow("the information dialog");
		assertEquals(List.of(ReferencesHandler.NOTHING), said);
	}

	static void execute(ITextEditor editor) {
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(COMMAND, null);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Runs {@code command} and waits until the query it starts has finished; its result. */
	static AbstractTextSearchResult run(Runnable command) {
		AtomicReference<ISearchQuery> finished = new AtomicReference<>();
		IQueryListener listener = new IQueryListener() {
			@Override
			public void queryAdded(ISearchQuery query) {
			}

			@Override
			public void queryRemoved(ISearchQuery query) {
			}

			@Override
			public void queryStarting(ISearchQuery query) {
			}

			@Override
			public void queryFinished(ISearchQuery query) {
				finished.set(query);
			}
		};
		NewSearchUI.addQueryListener(listener);
		try {
			command.run();
			Workbench.waitUntil("the references query", () -> finished.get() != null);
		} finally {
			NewSearchUI.removeQueryListener(listener);
		}
		return (AbstractTextSearchResult) finished.get().getSearchResult();
	}

	/** {@code plant.smm: line 9: ...} for each match, by file and offset. */
	private static List<String> matches(AbstractTextSearchResult result) {
		List<String> listed = new ArrayList<>();
		Arrays.stream(result.getElements()).map(IFile.class::cast).sorted(Comparator.comparing(IFile::getName)).forEach(file -> {
			Match[] matches = result.getMatches(file);
			Arrays.sort(matches, Comparator.comparingInt(Match::getOffset));
			for (Match match : matches) {
				listed.add(file.getName() + ": " + ((ReferenceMatch) match).line());
			}
		});
		return listed;
	}

	/** The Search view's page once it shows {@code result}. */
	static ReferencesPage page(AbstractTextSearchResult result) {
		AtomicReference<ReferencesPage> shown = new AtomicReference<>();
		Workbench.waitUntil("the Search view showing the result", () -> {
			ISearchResultViewPart view = NewSearchUI.getSearchResultView();
			if (view != null && view.getActivePage() instanceof ReferencesPage page && page.getInput() == result) {
				shown.set(page);
				return true;
			}
			return false;
		});
		ReferencesPage page = shown.get();
		page.tree().expandAll();
		return page;
	}

	/** The tree's labels, two spaces deeper per level. */
	private static List<String> shown(Tree tree) {
		List<String> listed = new ArrayList<>();
		for (TreeItem file : tree.getItems()) {
			listed.add(file.getText());
			for (TreeItem line : file.getItems()) {
				listed.add("  " + line.getText());
			}
		}
		return listed;
	}
}
