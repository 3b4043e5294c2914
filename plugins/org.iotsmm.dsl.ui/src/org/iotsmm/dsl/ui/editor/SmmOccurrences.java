package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;

/**
 * Mark occurrences: when the caret rests on a declared name or a reference, its declaration and
 * every reference to the same element in this file are highlighted (from the last reconcile's
 * links, on the UI thread, without touching the model).
 */
public class SmmOccurrences implements IReconciler {

	/** The generic editor's occurrence annotation type (its colour preferences apply). */
	public static final String TYPE = "org.eclipse.ui.genericeditor.text";

	private ISourceViewer viewer;
	private final ISelectionChangedListener caret = event -> {
		if (event.getSelection() instanceof ITextSelection selection) {
			mark(selection.getOffset());
		}
	};

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer source && textViewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			viewer = source;
			provider.addPostSelectionChangedListener(caret);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caret);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void mark(int offset) {
		IDocument document = viewer == null ? null : viewer.getDocument();
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		EditorState state = document == null ? null : EditorState.of(document);
		if (model == null || state == null) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (TYPE.equals(annotation.getType())) {
				old.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		int at = state.toState(offset); // the links are of the reconciled text; typing may have moved on
		Links.Link link = at < 0 ? null : state.links().at(at);
		if (link != null) {
			for (Links.Link occurrence : state.links().occurrences(link.target())) {
				int start = state.toCurrent(occurrence.offset(), false);
				int end = state.toCurrent(occurrence.offset() + occurrence.length(), true);
				if (start >= 0 && end > start && end <= document.getLength()) {
					added.put(new Annotation(TYPE, false, occurrence.declaration() ? "Declaration" : "Reference"),
							new Position(start, end - start));
				}
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		}
	}
}
