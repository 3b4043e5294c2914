package org.iotsmm.dsl.ui.model;

/**
 * Hears about re-parsed models: after each background reconcile of an editor's text (while the
 * user types, not only on save), after a file changed on disk, and after a build.
 */
@FunctionalInterface
public interface SmmModelListener {

	/**
	 * Called on a background thread (never the UI thread) with the project's lock held: read what
	 * you need, give up early when the snapshot's cancel indicator fires, and return quickly.
	 */
	void modelChanged(ModelSnapshot model);
}
