package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.projection.ProjectionDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.StyledText;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.LineTrackers;
import org.iotsmm.dsl.ui.editor.SmmFolding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first folds of a large file arrive with its first reconcile, seconds after opening, often
 * while the user already types. They must be an ordinary catch-up of the viewer's projection: the
 * projection document is set up while the editor opens, and the text widget does not take its
 * whole text again when the folds arrive (either cost a whole-text pass over a 35,000-line file on
 * the UI thread: the longest task while typing).
 */
class LargeFileFoldingTest {

	/** The blocks that fold: not the system, the file's only element (folded, it would hide the whole file). */
	private static final Pattern BLOCK = Pattern.compile("(?m)^ *(zone|target|assessment|plan) [^\\n]*\\{$");

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	/**
	 * The line index of a large file is built while it opens, not in the first keystroke: JFace
	 * builds it inside the first change of a document (68-77 ms at 35,000 lines), for the file's
	 * document and again for the projection document the editor shows.
	 */
	@Test
	void theLineIndexIsReadyBeforeTheFirstKeystroke() throws Exception {
		assertTrue(LineTrackers.needsConversion(new org.eclipse.jface.text.Document("a\nb")),
				"a new document keeps its lines in a list (else this test could not tell)");
		Workbench.Opened large = Workbench.openLarge("large-lines", "Indexed");
		IDocument shown = VisibleText.of((ProjectionViewer) large.viewer());
		assertInstanceOf(ProjectionDocument.class, shown);
		Workbench.waitUntil("the line index of the file and of the projection built after opening",
				() -> !LineTrackers.needsConversion(large.document()) && !LineTrackers.needsConversion(shown));
		assertFalse(large.editor().isDirty(), "building the index changed nothing in the text");
	}

	/**
	 * Before, the file's text was copied into an editable store inside the first keystroke (half of
	 * that keystroke's samples in the editor benchmark); now while the editor opens.
	 */
	@Test
	void theTextIsReadyForEditsBeforeTheFirstKeystroke() throws Exception {
		assertTrue(org.iotsmm.dsl.ui.editor.TextStores.copiesOnNextEdit(new org.eclipse.jface.text.Document("a\nb")),
				"a new document copies its text on its first edit (else this test could not tell)");
		Workbench.Opened large = Workbench.openLarge("large-store", "Stored");
		Workbench.waitUntil("the text copied into an editable store after opening",
				() -> !org.iotsmm.dsl.ui.editor.TextStores.copiesOnNextEdit(large.document()));
		assertFalse(large.editor().isDirty(), "copying the text changed nothing in it");
		org.junit.jupiter.api.Assertions.assertEquals(Workbench.text(large.file()), large.document().get());
	}

	@Test
	void theFirstFoldsOfALargeFileKeepTheProjectionSetUpOnOpening() throws Exception {
		Workbench.Opened large = Workbench.openLarge("large-folding", "Folded");
		String text = Workbench.text(large.file());
		IDocument document = large.document();
		ProjectionViewer viewer = (ProjectionViewer) large.viewer();
		StyledText widget = viewer.getTextWidget();
		assertTrue(SmmFolding.regions(viewer).isEmpty(), "the folds came before the test could watch them arrive");

		IDocument shown = VisibleText.of(viewer);
		ProjectionDocument projection = assertInstanceOf(ProjectionDocument.class, shown,
				"right after opening, the widget shows the text through a projection document");
		assertSame(document, projection.getMasterDocument());
		assertEquals(document.getLength(), widget.getCharCount(), "no folds yet: the projection shows the whole text");

		// the folds: every block (zones, the target set, assessments, the plan), all open
		Set<Integer> expected = new TreeSet<>();
		Matcher blocks = BLOCK.matcher(text);
		while (blocks.find()) {
			expected.add(document.getLineOfOffset(blocks.start()));
		}
		int caret = document.get().indexOf("target Baseline");
		widget.setCaretOffset(caret);
		int top = viewer.getTopIndex();
		try (VisibleText.Resets resets = new VisibleText.Resets(widget)) {
			Workbench.waitUntil("the first reconcile's folds", () -> EditorState.of(document) != null
					&& firstLines(viewer, document).size() >= expected.size());
			assertSame(shown, VisibleText.of(viewer), "the folds arrive in the same projection document");
			assertEquals(0, resets.count(), "the widget did not take its whole text again when the folds arrived");
		}
		assertEquals(caret, widget.getCaretOffset(), "the caret stays where it was");
		assertEquals(top, viewer.getTopIndex(), "the text does not scroll");
		assertTrue(expected.size() > 20, "a large system has many blocks: " + expected.size());
		assertEquals(expected, firstLines(viewer, document));
		for (Iterator<Annotation> it = viewer.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			assertFalse(((ProjectionAnnotation) it.next()).isCollapsed(), "new folds are open");
		}
		assertEquals(document.getLength(), widget.getCharCount(), "open folds hide nothing");
	}

	private static Set<Integer> firstLines(ProjectionViewer viewer, IDocument document) {
		Set<Integer> lines = new TreeSet<>();
		try {
			for (Position region : SmmFolding.regions(viewer)) {
				lines.add(document.getLineOfOffset(region.getOffset()));
			}
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new AssertionError(e);
		}
		return lines;
	}
}
