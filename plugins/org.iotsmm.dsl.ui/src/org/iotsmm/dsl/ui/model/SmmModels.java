package org.iotsmm.dsl.ui.model;

import org.eclipse.core.resources.IFile;

/**
 * The .smm models of the workspace as the editor, the builder and the gap views see them: one
 * resource set and index per project (so cross-file references resolve and user files shadow the
 * shipped catalog, as on the command line), where a file open in an editor contributes its
 * current, possibly unsaved, text.
 * <p>
 * EMF objects are reached only inside {@link #read}, under the project's lock, because an
 * {@code XtextResource} is not thread-safe. Keep no EMF object after the reader returns: copy what
 * you need into immutable values (a {@code GapReport}, a laid-out diagram, plain strings).
 */
public interface SmmModels {

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
