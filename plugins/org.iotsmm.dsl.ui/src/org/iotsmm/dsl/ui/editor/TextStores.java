package org.iotsmm.dsl.ui.editor;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.eclipse.jface.text.AbstractDocument;
import org.eclipse.jface.text.CopyOnWriteTextStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ISynchronizable;

/**
 * Gets a document's text ready for edits before the first one. A JFace document keeps the text it
 * was given and copies it into an editable store on its first change (CopyOnWriteTextStore): for
 * the 1.7 MB file of the editor benchmark, a large array allocated and filled inside the first
 * keystroke, half of that keystroke's samples on the UI thread. There is no API for it: this makes
 * the store copy while the editor opens, through the store itself (no change of the document, no
 * event), with the document's lock held as for an edit. Where the JFace internals differ it does
 * nothing and the first edit copies, as before.
 */
public final class TextStores {

	private TextStores() {
	}

	/** Makes the store of {@code document} copy its text now. UI thread, like an edit. */
	static void makeEditable(IDocument document) {
		if (!(document instanceof ISynchronizable synchronizable) || synchronizable.getLockObject() == null) {
			return;
		}
		try {
			synchronized (synchronizable.getLockObject()) {
				if (store(document) instanceof CopyOnWriteTextStore store) {
					store.replace(0, 0, ""); // what the first edit would do first: copy, then replace nothing
				}
			}
		} catch (ReflectiveOperationException | RuntimeException e) {
			// another JFace: the first edit copies
		}
	}

	/** Whether {@code document}'s store would still copy its text on the next edit (for tests); false if unknown. */
	public static boolean copiesOnNextEdit(IDocument document) {
		try {
			if (!(store(document) instanceof CopyOnWriteTextStore store)) {
				return false;
			}
			Field current = CopyOnWriteTextStore.class.getDeclaredField("fTextStore");
			Field editable = CopyOnWriteTextStore.class.getDeclaredField("fModifiableTextStore");
			current.setAccessible(true);
			editable.setAccessible(true);
			return current.get(store) != editable.get(store);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return false;
		}
	}

	/** The document's text store (AbstractDocument keeps its accessor protected), or null. */
	private static Object store(IDocument document) throws ReflectiveOperationException {
		if (!(document instanceof AbstractDocument)) {
			return null;
		}
		Method getStore = AbstractDocument.class.getDeclaredMethod("getStore");
		getStore.setAccessible(true);
		return getStore.invoke(document);
	}
}
