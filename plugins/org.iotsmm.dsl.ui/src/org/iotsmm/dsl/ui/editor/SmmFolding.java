package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.IProjectionListener;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Folding of blocks (outline symbols with children that span several lines: system, zones,
 * target sets, assessments, plans) and of multi-line text blocks and comments, updated after each
 * reconcile on the UI thread. A file's only top-level element does not fold (it is the file).
 */
public class SmmFolding implements IReconciler {

	private ProjectionViewer viewer;
	private FoldQueue queue;
	private final IProjectionListener projectionListener = new IProjectionListener() {
		@Override
		public void projectionEnabled() {
			showThroughProjection();
		}

		@Override
		public void projectionDisabled() {
			// the viewer keeps its projection document; enabling again makes a new one (above)
		}
	};
	private final BiConsumer<IDocument, EditorState> listener = (document, state) -> {
		if (viewer != null && viewer.getDocument() == document) {
			update(document, state);
		}
	};

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projection) {
			viewer = projection;
			queue = new FoldQueue(projection);
			viewer.addProjectionListener(projectionListener);
			if (viewer.isProjectionMode()) {
				showThroughProjection();
			}
			EditorState.addListener(listener);
		}
	}

	@Override
	public void uninstall() {
		EditorState.removeListener(listener);
		if (viewer != null) {
			viewer.removeProjectionListener(projectionListener);
			queue.clear();
		}
		viewer = null;
		queue = null;
	}

	/**
	 * Makes the viewer show its text through a projection document now, while the editor opens.
	 * Otherwise {@link ProjectionViewer} does it on the first change of its projection annotation
	 * model: a new projection document whose line tracker reads the whole text, then the text
	 * widget taking the whole text again ({@code reinitializeProjection}). On a large file that was
	 * the longest UI-thread task while typing, as the first reconcile's folds arrive seconds after
	 * opening. Projection is enabled (the generic editor does it right after setting the document,
	 * and again for a new input) while there are no folds yet, so the projection shows all the text,
	 * and later folds are an ordinary catch-up of the same projection document.
	 */
	private void showThroughProjection() {
		// not without an annotation model (the shipped catalog, opened read-only): the viewer then
		// announces projection without being in projection mode, and has nothing to fold
		if (viewer != null && viewer.isProjectionMode() && viewer.getDocument() != null && viewer.getTextWidget() != null
				&& !viewer.getTextWidget().isDisposed()) {
			try {
				viewer.reinitializeProjection();
				TextStores.makeEditable(viewer.getDocument());
				LineTrackers.convertInBackground(viewer);
			} catch (BadLocationException e) {
				// the text moved on meanwhile: the first folding sets the projection up as before
			}
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	/** The folded regions now shown (for tests): offset and length of each. */
	public static List<Position> regions(ProjectionViewer viewer) {
		List<Position> result = new ArrayList<>();
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			result.add(model.getPosition(it.next()));
		}
		return result;
	}

	private void update(IDocument document, EditorState state) {
		queue.clear(); // folds still waiting from the previous state are judged again below
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		java.util.Set<Position> wanted = new java.util.LinkedHashSet<>();
		List<Outline.Node> topLevel = state.outline();
		if (topLevel.size() == 1) {
			// a file's only element (its system) is the whole file: folded, one line would be left.
			// Its fold was also the dearest: JFace re-presents a new fold's whole region, and
			// adding the 1.7 MB block of a 10,000-component system held the UI thread for 78 ms.
			topLevel = topLevel.get(0).children();
		}
		collect(document, state, topLevel, wanted);
		for (int[] block : multiLineTokens(document)) {
			add(document, block[0], block[1], wanted);
		}
		Map<Position, Annotation> existing = new HashMap<>();
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position != null && wanted.contains(position) && !existing.containsKey(position)) {
				existing.put(position, annotation);
			} else {
				removed.add(annotation);
			}
		}
		List<Position> added = new ArrayList<>();
		for (Position position : wanted) {
			if (!existing.containsKey(position)) {
				added.add(position);
				existing.put(position, null);
			}
		}
		// an empty change still makes the projection viewer catch up: none is made
		if (!removed.isEmpty()) { // removing open folds costs the viewer nothing
			model.modifyAnnotations(removed.toArray(Annotation[]::new), null, null);
		}
		queue.offer(document, added);
	}

	/** The outline's blocks, moved by what was typed since the state was applied (this is a later task). */
	private static void collect(IDocument document, EditorState state, List<Outline.Node> nodes, java.util.Set<Position> into) {
		for (Outline.Node node : nodes) {
			if (!node.children().isEmpty()) { // blocks; statements (findings with evidence) stay open: tens of thousands in large files
				int start = state.toCurrent(node.offset(), false);
				int end = state.toCurrent(node.offset() + node.length(), true);
				if (!node.group() && start >= 0 && end > start) { // a group of flows is not a block of the text
					add(document, start, end - start, into);
				}
				collect(document, state, node.children(), into);
			}
		}
	}

	/** Folds whole lines, from the line of {@code offset} through the line of the end. */
	private static void add(IDocument document, int offset, int length, java.util.Set<Position> into) {
		try {
			int first = document.getLineOfOffset(offset);
			// the last character, not the one after it: a // comment's partition ends with its line break
			int last = document.getLineOfOffset(Math.min(offset + Math.max(length - 1, 0), document.getLength()));
			if (last > first) {
				int start = document.getLineOffset(first);
				int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
				into.add(new Position(start, end - start));
			}
		} catch (BadLocationException e) {
			// the text moved on; the next reconcile folds again
		}
	}

	/**
	 * Text blocks and block comments that span lines, from the partitioner's own positions: asking
	 * for the partitioning of the whole text made a region for every string and every gap between
	 * them (hundreds of thousands in a large file) on the UI thread after each reconcile.
	 */
	private static List<int[]> multiLineTokens(IDocument document) {
		List<int[]> blocks = new ArrayList<>();
		try {
			if (document instanceof org.eclipse.jface.text.IDocumentExtension3 extension
					&& extension.getDocumentPartitioner(org.iotsmm.dsl.ui.highlighting.SmmPartitions.PARTITIONING)
						instanceof org.eclipse.jface.text.IDocumentPartitionerExtension2 partitioner) {
				extension.getPartition(org.iotsmm.dsl.ui.highlighting.SmmPartitions.PARTITIONING, 0, false); // partitions a text not seen yet
				for (String category : partitioner.getManagingPositionCategories()) {
					for (Position position : document.getPositions(category)) {
						if (position instanceof org.eclipse.jface.text.TypedPosition typed
								&& !org.iotsmm.dsl.ui.highlighting.SmmPartitions.STRING.equals(typed.getType())
								&& !IDocument.DEFAULT_CONTENT_TYPE.equals(typed.getType())) {
							blocks.add(new int[] { typed.getOffset(), typed.getLength() });
						}
					}
				}
			}
		} catch (BadLocationException | org.eclipse.jface.text.BadPositionCategoryException | org.eclipse.jface.text.BadPartitioningException
				| RuntimeException e) {
			// no partitioner (a document outside the file buffers): blocks only
		}
		return blocks;
	}
}
