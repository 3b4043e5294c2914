package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.highlighting.SmmColors;
import org.iotsmm.dsl.ui.highlighting.SmmStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Colours are presented only near the lines on screen (a presentation of the whole text held the
 * UI thread for seconds on large files, and left the text widget hundreds of thousands of style
 * ranges to shift on every keystroke); scrolling to the far end of a large file must still bring
 * the lexical and the semantic colours there.
 */
class LargeFileColoursTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void theLastPracticeReferenceOfALargeSystemIsColouredOnceScrolledTo() throws Exception {
		Workbench.Opened large = Workbench.openLarge("large-colours", "Coloured");
		IDocument document = large.document();
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null
				&& EditorState.of(document).highlighting().size() > 0);
		int offset = document.get().lastIndexOf("practice ") + "practice ".length() + 1;
		assertEquals(SmmStyle.PRACTICE, EditorState.of(document).highlighting().styleAt(offset));
		ITextViewer viewer = large.viewer();
		StyledText widget = viewer.getTextWidget();
		viewer.setTopIndex(document.getLineOfOffset(offset));
		var expected = SmmColors.rgb(SmmStyle.PRACTICE, SmmColors.isDark(widget));
		Workbench.waitUntil("the practice's colour at the end of the file", () -> {
			int at = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
			StyleRange style = at < 0 ? null : widget.getStyleRangeAtOffset(at);
			return style != null && style.foreground != null && style.foreground.getRGB().equals(expected);
		});
	}

	@Test
	void keywordsFarBelowTheScreenAreColouredWhenScrolledTo() throws Exception {
		Workbench.Opened large = Workbench.openLarge("large-keywords", "Keywords");
		IDocument document = large.document();
		ITextViewer viewer = large.viewer();
		StyledText widget = viewer.getTextWidget();
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		// the widget holds the styles of the lines near the screen, not of all 10,000 and more lines
		int lines = document.getNumberOfLines();
		int styled = styledLines(widget);
		assertTrue(styled < lines / 10, styled + " of " + lines + " lines have styles before any scrolling");
		int offset = document.get().lastIndexOf("practice ");
		var expected = SmmColors.rgb(SmmStyle.KEYWORD, SmmColors.isDark(widget));
		viewer.setTopIndex(document.getLineOfOffset(offset));
		Workbench.waitUntil("the keyword's colour at the end of the file", () -> {
			int at = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
			StyleRange style = at < 0 ? null : widget.getStyleRangeAtOffset(at);
			return style != null && style.foreground != null && style.foreground.getRGB().equals(expected);
		});
	}

	private static int styledLines(StyledText widget) {
		java.util.Set<Integer> lines = new java.util.HashSet<>();
		for (StyleRange range : widget.getStyleRanges(false)) {
			lines.add(widget.getLineAtOffset(range.start));
		}
		return lines.size();
	}
}
