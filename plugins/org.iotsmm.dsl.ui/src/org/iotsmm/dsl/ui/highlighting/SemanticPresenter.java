package org.iotsmm.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

/**
 * Lays the semantic tokens over the lexical colours of one viewer (UI thread only): a text
 * presentation listener merges them into whatever region is presented (as far as it is near the
 * lines on screen; a scroll re-presents the lines that come on screen, see {@link Viewport}), and a
 * new set of tokens or a preference change re-presents only the visible lines. The tokens' offsets
 * are those of the text they were computed from; the edits typed since move them (the lexical
 * colouring of an edited line asks for them long before the next check brings new ones).
 */
public final class SemanticPresenter implements ITextPresentationListener {

	/** Moves offsets between the tokens' text and the text now shown (UI thread). */
	public interface Moves {
		Moves NONE = new Moves() {
			@Override
			public int toCurrent(int offset, boolean end) {
				return offset;
			}

			@Override
			public int toStateClamped(int offset) {
				return offset;
			}
		};

		/** Where a token's offset is now; text inserted at it goes after it unless {@code end}; -1 if unknown. */
		int toCurrent(int offset, boolean end);

		/** Where an offset now shown was in the tokens' text (in text typed since: the end of what it replaced); -1 if unknown. */
		int toStateClamped(int offset);
	}

	private final ITextViewer viewer;
	private SemanticHighlighting tokens = SemanticHighlighting.NONE;
	private Moves moves = Moves.NONE;
	private final IPropertyChangeListener preferences;

	public SemanticPresenter(ITextViewer viewer) {
		this.viewer = viewer;
		this.preferences = event -> Viewport.representVisible(viewer);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		SmmColors.store().addPropertyChangeListener(preferences);
	}

	public void dispose() {
		SmmColors.store().removePropertyChangeListener(preferences);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
	}

	public SemanticHighlighting tokens() {
		return tokens;
	}

	/** New tokens, of the text the document holds now ({@code moves} follows the edits from here on). */
	public void show(SemanticHighlighting newTokens, Moves newMoves) {
		tokens = newTokens;
		moves = newMoves;
		Viewport.representVisible(viewer);
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		if (extent == null || tokens.size() == 0) {
			return;
		}
		Control control = viewer.getTextWidget();
		boolean dark = control != null && SmmColors.isDark(control);
		// the extent is already limited to the lines near the screen (SmmPresentationReconciler, Viewport)
		int from = extent.getOffset();
		int end = extent.getOffset() + extent.getLength();
		int tokensFrom = moves.toStateClamped(from);
		int tokensEnd = moves.toStateClamped(end);
		if (tokensFrom < 0 || tokensEnd < 0) {
			return; // too many edits to follow: lexical colours only, until the next check
		}
		List<StyleRange> ranges = new ArrayList<>();
		Color[] colors = new Color[SmmStyle.values().length];
		for (int i = tokens.firstEndingAfter(tokensFrom); i < tokens.size() && tokens.offset(i) <= tokensEnd; i++) {
			SmmStyle style = tokens.style(i);
			if (colors[style.ordinal()] == null) {
				colors[style.ordinal()] = new Color(SmmColors.rgb(style, dark));
			}
			int start = Math.max(moves.toCurrent(tokens.offset(i), false), from);
			int stop = Math.min(moves.toCurrent(tokens.offset(i) + tokens.length(i), true), end);
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
}
