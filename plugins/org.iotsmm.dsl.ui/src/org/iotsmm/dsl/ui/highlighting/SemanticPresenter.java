package org.iotsmm.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

/**
 * Lays the semantic tokens over the lexical colours of one viewer (UI thread only): a text
 * presentation listener merges them into whatever region is repainted (as far as it is near the
 * lines on screen), and a new set of tokens, a scroll or a preference change re-presents only the
 * visible lines.
 */
public final class SemanticPresenter implements ITextPresentationListener, IViewportListener {

	private final ITextViewer viewer;
	private SemanticHighlighting tokens = SemanticHighlighting.NONE;
	private final IPropertyChangeListener preferences = event -> invalidateVisible();

	public SemanticPresenter(ITextViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		viewer.addViewportListener(this);
		SmmColors.store().addPropertyChangeListener(preferences);
	}

	public void dispose() {
		SmmColors.store().removePropertyChangeListener(preferences);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		viewer.removeViewportListener(this);
	}

	public SemanticHighlighting tokens() {
		return tokens;
	}

	public void show(SemanticHighlighting newTokens) {
		tokens = newTokens;
		invalidateVisible();
	}

	@Override
	public void viewportChanged(int verticalOffset) {
		if (tokens.size() > 0) {
			invalidateVisible();
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		if (extent == null || tokens.size() == 0) {
			return;
		}
		Control control = viewer.getTextWidget();
		boolean dark = control != null && SmmColors.isDark(control);
		IRegion near = nearViewport();
		int from = near == null ? extent.getOffset() : Math.max(extent.getOffset(), near.getOffset());
		int end = extent.getOffset() + extent.getLength();
		if (near != null) {
			end = Math.min(end, near.getOffset() + near.getLength());
		}
		List<StyleRange> ranges = new ArrayList<>();
		Color[] colors = new Color[SmmStyle.values().length];
		for (int i = tokens.firstEndingAfter(from); i < tokens.size() && tokens.offset(i) < end; i++) {
			SmmStyle style = tokens.style(i);
			if (colors[style.ordinal()] == null) {
				colors[style.ordinal()] = new Color(SmmColors.rgb(style, dark));
			}
			int start = Math.max(tokens.offset(i), from);
			int stop = Math.min(tokens.offset(i) + tokens.length(i), end);
			if (stop > start) {
				StyleRange range = new StyleRange(start, stop - start, colors[style.ordinal()], null,
						tokens.declaration(i) || style.bold() ? SWT.BOLD : SWT.NORMAL);
				ranges.add(range);
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	/**
	 * The lines on screen and a screenful above and below them (document offsets), or null when
	 * the viewer cannot say. Semantic colours go only there: the projection viewer re-presents the
	 * whole text when folds are added, and merging the tokens of a large file into it (hundreds of
	 * thousands) held the UI thread for seconds. Scrolling and resizing re-present the visible lines
	 * ({@link #viewportChanged}), which brings their colours.
	 */
	private IRegion nearViewport() {
		IDocument document = viewer.getDocument();
		int top = viewer.getTopIndex();
		int bottom = viewer.getBottomIndex();
		if (document == null || top < 0 || bottom < top) {
			return null;
		}
		int screen = bottom - top + 1;
		try {
			int first = Math.max(0, top - screen);
			int last = Math.min(document.getNumberOfLines() - 1, bottom + screen);
			int start = document.getLineOffset(first);
			IRegion lastLine = document.getLineInformation(last);
			return new Region(start, lastLine.getOffset() + lastLine.getLength() - start);
		} catch (BadLocationException e) {
			return null;
		}
	}

	private void invalidateVisible() {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || viewer.getDocument() == null) {
			return;
		}
		int top = viewer.getTopIndexStartOffset();
		int bottom = viewer.getBottomIndexEndOffset();
		if (bottom > top) {
			if (viewer instanceof org.eclipse.jface.text.ITextViewerExtension2 extension) {
				extension.invalidateTextPresentation(top, bottom - top);
			}
		} else if (viewer instanceof ISourceViewer) {
			viewer.invalidateTextPresentation();
		}
	}
}
