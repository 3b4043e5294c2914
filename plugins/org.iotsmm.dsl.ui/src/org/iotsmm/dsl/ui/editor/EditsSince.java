package org.iotsmm.dsl.ui.editor;

import java.util.Arrays;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

/**
 * The edits made to a document since an {@link EditorState} was applied to it, to move the
 * state's offsets (outline, links) to the text now shown and back. A state's offsets are those
 * of the text it was reconciled from; typing goes on while it is applied and while the folding
 * and the outline take it up in later UI-thread tasks, and on a large file the next state may be
 * seconds away: unmoved, folds ended a few characters into the next line and F3 missed the name
 * under the caret. UI thread only (document events come on it).
 */
final class EditsSince implements IDocumentListener {

	/** Beyond this many edits the offsets are given up on (the next reconcile replaces them). */
	static final int MOST = 4096;

	private final IDocument document;
	/** offset, removed length, inserted length of each edit, in order. */
	private int[] edits = new int[48];
	private int count;
	private boolean overflowed;

	EditsSince(IDocument document) {
		this.document = document;
		document.addDocumentListener(this);
	}

	void stop() {
		document.removeDocumentListener(this);
	}

	/**
	 * Recorded before the change: the viewer's widget takes the change, and the lexical colouring
	 * of the edited lines asks for the colours by meaning, before ordinary document listeners
	 * hear of it.
	 */
	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		if (count == MOST) {
			overflowed = true;
			return;
		}
		if (3 * count + 3 > edits.length) {
			edits = Arrays.copyOf(edits, edits.length * 2);
		}
		edits[3 * count] = event.getOffset();
		edits[3 * count + 1] = event.getLength();
		edits[3 * count + 2] = event.getText() == null ? 0 : event.getText().length();
		count++;
	}

	@Override
	public void documentChanged(DocumentEvent event) {
	}

	/**
	 * Where an offset of the state's text is now, or -1 if that is no longer known. Text inserted
	 * at the offset goes after it; an offset in text that was replaced moves to the start of the
	 * replacement, or to its end if {@code end} (the end of a range).
	 */
	int toCurrent(int offset, boolean end) {
		if (overflowed) {
			return -1;
		}
		int moved = offset;
		for (int i = 0; i < count; i++) {
			int at = edits[3 * i];
			int removed = edits[3 * i + 1];
			int inserted = edits[3 * i + 2];
			if (moved <= at) {
				continue; // before the edit, or at it: what is typed there goes after
			}
			moved = moved >= at + removed ? moved + inserted - removed : end ? at + inserted : at;
		}
		return moved;
	}

	/** Where an offset of the text now shown was in the state's text, or -1 if it is typed since or unknown. */
	int toState(int offset) {
		return toState(offset, false);
	}

	/**
	 * As {@link #toState(int)}, but an offset in text typed since goes to the end of what that
	 * text replaced (where it was typed, for an insertion) if {@code clamp}; then -1 only when the
	 * edits are no longer known.
	 */
	int toState(int offset, boolean clamp) {
		if (overflowed) {
			return -1;
		}
		int moved = offset;
		for (int i = count - 1; i >= 0; i--) {
			int at = edits[3 * i];
			int removed = edits[3 * i + 1];
			int inserted = edits[3 * i + 2];
			if (moved <= at) {
				continue;
			}
			if (moved < at + inserted) {
				if (!clamp) {
					return -1; // in text typed since
				}
				moved = at + inserted; // to at + removed below
			}
			moved -= inserted - removed;
		}
		return moved;
	}

}
