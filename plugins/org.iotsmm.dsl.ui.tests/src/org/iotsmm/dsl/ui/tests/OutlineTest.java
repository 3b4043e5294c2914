package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Outline;
import org.iotsmm.dsl.ui.editor.SmmOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outline gathers the flows of a block under one "flows" node (a large system has tens of
 * thousands, and the outline opens the system's children), and the caret still finds the flows
 * and the statements declared between them.
 */
class OutlineTest {

	private static final String TEXT = """
			system Apart "Flows apart" uses catalog SMM version 1.2 {
			  zone A "First zone" {
			    device D1 "First device"
			  }
			  flow D1 -> D2 protocol "MQTT"
			  zone B "Second zone" {
			    device D2 "Second device"
			  }
			  flow D2 -> D1 protocol "MQTT"
			}
			""";

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void flowsAreGatheredUnderOneNodeAndTheCaretStillFindsThemAndWhatLiesBetween() throws Exception {
		IProject project = Workbench.project("outline-flows");
		IFile file = project.getFile("apart.smm");
		file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		SmmOutlinePage page = outlineOf(editor);

		Outline.Node system = page.symbols().get(0);
		// the model's order: zones, then the group where the flows come
		assertEquals(List.of("A", "B", "flows"), system.children().stream().map(Outline.Node::name).toList());
		Outline.Node flows = system.children().get(2);
		assertTrue(flows.group());
		assertEquals("2 flows", flows.detail());
		assertEquals(List.of("D1 -> D2", "D2 -> D1"), flows.children().stream().map(Outline.Node::name).toList());
		// the system's children are the tree's rows under the system: three, not one per flow
		Tree tree = (Tree) page.getControl();
		assertEquals(3, tree.getItem(0).getItemCount());

		List<Outline.Node> outline = EditorState.of(document).outline();
		String text = document.get();
		assertEquals("D2 -> D1", Outline.deepestAt(outline, text.indexOf("flow D2") + 6).name());
		// zone B lies inside the flows' span: the caret there finds B's device, not the group
		assertEquals("D2", Outline.deepestAt(outline, text.indexOf("D2 \"Second") + 1).name());
		assertEquals("B", Outline.deepestAt(outline, text.indexOf("zone B") + 2).name());

		editor.selectAndReveal(text.indexOf("flow D1") + 6, 0);
		Workbench.waitUntil("the outline to select the first flow", () -> page.getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof Outline.Node node && node.name().equals("D1 -> D2"));
	}

	/**
	 * Revealing a statement inside a closed block of hundreds (a large system's target set) made a
	 * tree item for every statement of the block at once, while the user typed there.
	 */
	@Test
	void theCaretInAClosedBlockOfHundredsSelectsTheBlock() throws Exception {
		Workbench.Opened large = Workbench.openLarge("outline-large", "Outlined");
		SmmOutlinePage page = outlineOf(large.editor());
		EditorState state = EditorState.of(large.document());
		int offset = Workbench.text(large.file()).indexOf("level 4 scope system on C") + 2;
		Outline.Node statement = Outline.deepestAt(state.outline(), offset);
		Outline.Node target = state.outlineParents().get(statement);
		assertTrue(target != null && target.children().size() > SmmOutlinePage.REVEAL_AMONG_AT_MOST,
				"the target set is a block of hundreds: " + target);

		large.editor().selectAndReveal(offset, 0);
		Workbench.waitUntil("the outline to select the target set", () -> page.getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() == target);
		int items = items(((Tree) page.getControl()).getItems());
		assertTrue(items < SmmOutlinePage.REVEAL_AMONG_AT_MOST, items + " tree items: the target set's statements were made");
	}

	private static int items(TreeItem[] items) {
		int count = items.length;
		for (TreeItem item : items) {
			count += items(item.getItems());
		}
		return count;
	}

	/** The Outline view's page of {@code editor}, once it shows the editor's symbols. */
	private static SmmOutlinePage outlineOf(ITextEditor editor) throws Exception {
		ContentOutline view = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Workbench.waitUntil("the outline page", () -> view.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());
		return (SmmOutlinePage) view.getCurrentPage();
	}
}
