package org.iotsmm.dsl.ui.model;

import org.eclipse.core.resources.IFile;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * The .smm models of the workspace as the editor, the builder and the gap views see them: one
 * resource set and index per project (so cross-file references resolve and user files shadow the
 * shipped catalog, as on the command line), where a file open in an editor contributes its
 * current, possibly unsaved, text.
 * <p>
 * Threading rules:
 * <ul>
 * <li>EMF objects are reached only inside {@link #read} or {@link SmmModelListener#modelChanged},
 * under the project's lock, because an {@code XtextResource} is not thread-safe. Keep no EMF
 * object after the reader returns: copy what you need into immutable values (a {@code GapReport},
 * a laid-out diagram, plain strings).</li>
 * <li>Never call {@link #read} on the UI thread, and never wait for the UI thread while holding the
 * lock (no {@code Display.syncExec} inside a reader or listener; {@code asyncExec} is fine).</li>
 * <li>An open editor's text is re-parsed in a background job after the user stops typing
 * (debounced); the next keystroke cancels it. Files changed on disk (and not open in an editor) are
 * re-loaded in a background job. After each, every listener hears about it on that job's thread,
 * with the lock held.</li>
 * <li>Snapshots of other files of the project that refer to the changed one are re-linked when they
 * are next read, so a {@link #read} after a notification sees the cross-file change.</li>
 * </ul>
 */
public interface SmmModels {

	/** The workbench's single instance. */
	static SmmModels get() {
		return WorkspaceModels.instance();
	}

	/**
	 * Runs {@code reader} on the calling thread (never call it on the UI thread) with the model of
	 * {@code file}: its editor's latest reconciled text when it is open, otherwise its content on
	 * disk. Loads the project's other .smm files on first use. Returns what the reader returns.
	 */
	<T> T read(IFile file, ModelReader<T> reader);

	/** Tells {@code listener} about every model change of any project until it is removed. */
	void addListener(SmmModelListener listener);

	void removeListener(SmmModelListener listener);
}
