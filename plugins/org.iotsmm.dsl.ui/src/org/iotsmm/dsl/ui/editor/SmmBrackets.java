package org.iotsmm.dsl.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for blocks and lists. */
public class SmmBrackets extends DefaultCharacterPairMatcher {

	public SmmBrackets() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
