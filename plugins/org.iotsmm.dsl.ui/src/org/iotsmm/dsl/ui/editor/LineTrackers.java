package org.iotsmm.dsl.ui.editor;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.AbstractDocument;
import org.eclipse.jface.text.AbstractLineTracker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.TextViewer;
import org.iotsmm.dsl.ui.BackgroundThreads;

/**
 * Gets a document's line tracker ready for edits before the first one. JFace keeps a document's
 * lines in a list until its first change and builds a tree of them (TreeLineTracker) inside that
 * change: 68-77 ms on the UI thread for a 35,000-line file, the first keystroke's stall (and the
 * same for the projection document the editor shows, in the first folding). There is no API for
 * it: this calls the tracker's own conversion by reflection, in the background while holding the
 * document's lock. Where the JFace internals differ it does nothing and the first edit converts,
 * as before.
 */
public final class LineTrackers {

	private LineTrackers() {
	}

	/**
	 * Converts the trackers of {@code viewer}'s document and of the document it shows (the
	 * projection on it) in a background job. Edits meanwhile wait for the conversion (the tracker
	 * synchronizes it) instead of doing it themselves; reads use the list until then.
	 */
	static void convertInBackground(TextViewer viewer) {
		IDocument master = viewer.getDocument();
		IDocument shown = shown(viewer);
		if (!(master instanceof ISynchronizable synchronizable) || synchronizable.getLockObject() == null) {
			return; // without the document's lock a reload could replace the text under the conversion
		}
		Object lock = synchronizable.getLockObject();
		Job job = Job.create("Preparing the editor's line index", monitor -> {
			BackgroundThreads.belowUi(() -> {
				synchronized (lock) {
					convert(master);
					if (shown != null && shown != master) {
						convert(shown);
					}
				}
				return null;
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Whether {@code document}'s tracker still keeps its lines in a list (for tests); false if unknown. */
	public static boolean needsConversion(IDocument document) {
		try {
			Object tracker = tracker(document);
			if (tracker == null) {
				return false;
			}
			Field needs = AbstractLineTracker.class.getDeclaredField("fNeedsConversion");
			needs.setAccessible(true);
			return needs.getBoolean(tracker);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return false;
		}
	}

	private static void convert(IDocument document) {
		try {
			Object tracker = tracker(document);
			if (tracker != null) {
				Method check = AbstractLineTracker.class.getDeclaredMethod("checkImplementation");
				check.setAccessible(true);
				check.invoke(tracker);
			}
		} catch (ReflectiveOperationException | RuntimeException e) {
			// another JFace: the first edit converts
		}
	}

	/** The document the viewer's widget shows (TextViewer keeps its accessor protected). */
	private static IDocument shown(TextViewer viewer) {
		try {
			Method visible = TextViewer.class.getDeclaredMethod("getVisibleDocument");
			visible.setAccessible(true);
			return (IDocument) visible.invoke(viewer);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	private static Object tracker(IDocument document) throws ReflectiveOperationException {
		if (!(document instanceof AbstractDocument)) {
			return null;
		}
		Method getTracker = AbstractDocument.class.getDeclaredMethod("getTracker");
		getTracker.setAccessible(true);
		Object tracker = getTracker.invoke(document);
		return tracker instanceof AbstractLineTracker ? tracker : null;
	}
}
