package org.iotsmm.dsl.ui.editor;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * New folds on their way into a viewer's projection annotation model: at most
 * {@link #FOLDS_PER_CHANGE} per change of the model, and about {@link #CHARACTERS_PER_TASK}
 * characters of folded text and {@link #FOLDS_PER_TASK} folds per UI-thread task.
 * <p>
 * {@link ProjectionViewer} catches up with a change by two commands per new open fold. Above 15
 * commands it switches its redraw off and on around them, and switching it on makes the text
 * widget take its whole text again (every line measured again, caret and scrolling reset and
 * restored); above 10 it re-presents the whole text. At 10 or fewer it re-presents each new fold's
 * region, which the colouring clips to the lines near the screen, but it still copies the region's
 * text (twice), and the overview ruler repaints: the first folds of a large file (283 folds, the
 * system's block being the whole 1.7 MB text, its zones and assessments most of it again) held the
 * UI thread for 170 ms in one task. Spread over tasks, each stays short; only the system's own
 * block, the whole text, is one change that cannot be split.
 * <p>
 * Folds still waiting are positions of the document in a category of their own, so that edits
 * made meanwhile move them as they move the folds already shown.
 */
final class FoldQueue {

	static final int FOLDS_PER_CHANGE = 5;
	static final int CHARACTERS_PER_TASK = 250_000;
	/** Each new fold also repaints the overview ruler once (a toolkit call). */
	static final int FOLDS_PER_TASK = 50;
	private static final String CATEGORY = "org.iotsmm.dsl.ui.waitingFolds";

	private final ProjectionViewer viewer;
	private final ArrayDeque<Position> waiting = new ArrayDeque<>();
	private IDocument document;
	private IPositionUpdater updater;
	/** Incremented whenever the waiting folds are replaced: tasks of an older turn stop. */
	private int turn;

	FoldQueue(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	/**
	 * Replaces the waiting folds with {@code folds} (document offsets); they are added from the next
	 * UI-thread task on (working out which folds are new is a task of its own on a large file).
	 */
	void offer(IDocument into, List<Position> folds) {
		clear();
		if (folds.isEmpty()) {
			return;
		}
		document = into;
		updater = new DefaultPositionUpdater(CATEGORY);
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		try {
			for (Position fold : folds) {
				document.addPosition(CATEGORY, fold);
				waiting.add(fold);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			clear(); // the text moved on: the next reconcile folds again
			return;
		}
		addLater();
	}

	/** Forgets the waiting folds. */
	void clear() {
		turn++;
		waiting.clear();
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// never added
			}
			document = null;
			updater = null;
		}
	}

	private void addSome(int ofTurn) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (ofTurn != turn || document == null) {
			return;
		}
		if (model == null || viewer.getDocument() != document || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			clear();
			return;
		}
		long characters = 0;
		int folds = 0;
		while (!waiting.isEmpty() && characters < CHARACTERS_PER_TASK && folds < FOLDS_PER_TASK) {
			Map<Annotation, Position> some = new HashMap<>();
			while (!waiting.isEmpty() && some.size() < FOLDS_PER_CHANGE && characters < CHARACTERS_PER_TASK) {
				Position fold = waiting.poll();
				try {
					document.removePosition(CATEGORY, fold);
				} catch (BadPositionCategoryException e) {
					// cannot be: the category is ours while folds wait
				}
				if (!fold.isDeleted() && fold.getLength() > 0) {
					some.put(new ProjectionAnnotation(), fold);
					characters += fold.getLength();
					folds++;
				}
			}
			if (!some.isEmpty()) {
				model.modifyAnnotations(null, some, null);
			}
		}
		if (waiting.isEmpty()) {
			clear();
		} else {
			addLater();
		}
	}

	private void addLater() {
		int ofTurn = turn;
		viewer.getTextWidget().getDisplay().asyncExec(() -> addSome(ofTurn));
	}
}
