package org.iotsmm.dsl.ui.search;

import org.eclipse.core.resources.IFile;
import org.eclipse.search.ui.text.Match;

/** One reference in a .smm file; {@code line} is how the result page lists it ({@code line 12: owner Olga}). */
public final class ReferenceMatch extends Match {

	private final String line;

	public ReferenceMatch(IFile file, int offset, int length, String line) {
		super(file, offset, length);
		this.line = line;
	}

	public IFile file() {
		return (IFile) getElement();
	}

	public String line() {
		return line;
	}
}
