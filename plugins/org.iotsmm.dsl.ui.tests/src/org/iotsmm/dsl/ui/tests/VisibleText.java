package org.iotsmm.dsl.ui.tests;

import java.lang.reflect.Method;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.TextChangeListener;
import org.eclipse.swt.custom.TextChangedEvent;
import org.eclipse.swt.custom.TextChangingEvent;

/**
 * What the text widget of an editor shows, for the tests and the benchmark of folding: the
 * viewer's visible document (a projection document once folding has set it up) and how often
 * the widget was told to take its whole text again.
 */
final class VisibleText {

	private VisibleText() {
	}

	/**
	 * The document the text widget shows. JFace only lets subclasses ask ({@code TextViewer}'s
	 * protected accessor); tests have no other way to tell a replaced visible document.
	 */
	static IDocument of(ITextViewer viewer) {
		try {
			Method accessor = TextViewer.class.getDeclaredMethod("getVisibleDocument");
			accessor.setAccessible(true);
			return (IDocument) accessor.invoke(viewer);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("TextViewer no longer has getVisibleDocument()", e);
		}
	}

	/**
	 * Counts the whole-text resets of the widget's content from now on (a text set: the widget
	 * measures all its lines again; JFace sends one when a viewer's redraw is switched back on).
	 */
	static final class Resets implements TextChangeListener, AutoCloseable {
		private final StyledText widget;
		private int count;

		Resets(StyledText widget) {
			this.widget = widget;
			widget.getContent().addTextChangeListener(this);
		}

		int count() {
			return count;
		}

		@Override
		public void textSet(TextChangedEvent event) {
			count++;
		}

		@Override
		public void textChanging(TextChangingEvent event) {
		}

		@Override
		public void textChanged(TextChangedEvent event) {
		}

		@Override
		public void close() {
			if (!widget.isDisposed()) {
				widget.getContent().removeTextChangeListener(this);
			}
		}
	}
}
