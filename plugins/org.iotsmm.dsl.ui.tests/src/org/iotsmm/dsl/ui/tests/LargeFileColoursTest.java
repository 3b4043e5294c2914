package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.benchmarks.SyntheticSystems;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.highlighting.SmmColors;
import org.iotsmm.dsl.ui.highlighting.SmmStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Semantic colours are merged only near the lines on screen (a presentation of the whole text
 * merged hundreds of thousands of tokens on the UI thread); scrolling to the far end of a large
 * file must still bring them there.
 */
class LargeFileColoursTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void theLastPracticeReferenceOfALargeSystemIsColouredOnceScrolledTo() throws Exception {
		IProject project = Workbench.project("large-colours");
		IFile file = project.getFile("large.smm");
		String text = SyntheticSystems.generate("Coloured", SyntheticSystems.Shape.standard(3_000), 3);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null
				&& EditorState.of(document).highlighting().size() > 0);
		int offset = document.get().lastIndexOf("practice ") + "practice ".length() + 1;
		assertEquals(SmmStyle.PRACTICE, EditorState.of(document).highlighting().styleAt(offset));
		ITextViewer viewer = EditorTest.viewer(editor);
		StyledText widget = viewer.getTextWidget();
		viewer.setTopIndex(document.getLineOfOffset(offset));
		var expected = SmmColors.rgb(SmmStyle.PRACTICE, SmmColors.isDark(widget));
		Workbench.waitUntil("the practice's colour at the end of the file", () -> {
			int at = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
			StyleRange style = at < 0 ? null : widget.getStyleRangeAtOffset(at);
			return style != null && style.foreground != null && style.foreground.getRGB().equals(expected);
		});
	}
}
