package org.iotsmm.dsl.ui.highlighting;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Region;

/**
 * The part of a large text that colouring works on: the lines on screen and a screenful above and
 * below them. Presenting the whole text (on opening, on the first folding, after an edit that
 * re-partitions everything below it) held the UI thread for seconds on a 35,000-line file, and the
 * text widget then had hundreds of thousands of style ranges to shift on every keystroke. Lines
 * get their colours when they come near the screen: a scroll or resize re-presents the visible
 * lines ({@link #representVisible}).
 */
final class Viewport {

	/** Lines assumed on screen while the widget has no size yet. */
	private static final int UNKNOWN_SCREEN_LINES = 60;

	private Viewport() {
	}

	/** The lines on screen and a screenful above and below them (document offsets), or null when the viewer cannot say. */
	static IRegion near(ITextViewer viewer) {
		IDocument document = viewer.getDocument();
		if (document == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return null;
		}
		int top = viewer.getTopIndex();
		int bottom = viewer.getBottomIndex();
		if (top < 0) {
			return null;
		}
		int screen = Math.max(bottom - top + 1, UNKNOWN_SCREEN_LINES);
		try {
			int first = Math.max(0, top - screen);
			int last = Math.min(document.getNumberOfLines() - 1, Math.max(bottom, top) + screen);
			int start = document.getLineOffset(first);
			IRegion lastLine = document.getLineInformation(last);
			return new Region(start, lastLine.getOffset() + lastLine.getLength() - start);
		} catch (BadLocationException e) {
			return null;
		}
	}

	/** The part of {@code region} near the screen: all of it when the viewer cannot say, null when none. */
	static IRegion clip(ITextViewer viewer, IRegion region) {
		IRegion near = viewer == null ? null : near(viewer);
		if (near == null) {
			return region;
		}
		int start = Math.max(region.getOffset(), near.getOffset());
		int end = Math.min(region.getOffset() + region.getLength(), near.getOffset() + near.getLength());
		return end > start ? new Region(start, end - start) : null;
	}

	/** Re-presents the lines on screen (lexical and semantic colours). */
	static void representVisible(ITextViewer viewer) {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || viewer.getDocument() == null) {
			return;
		}
		int top = viewer.getTopIndexStartOffset();
		int bottom = viewer.getBottomIndexEndOffset();
		if (bottom > top && viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(top, bottom - top);
		} else {
			viewer.invalidateTextPresentation();
		}
	}
}
