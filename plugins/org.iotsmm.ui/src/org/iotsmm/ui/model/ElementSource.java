package org.iotsmm.ui.model;

/**
 * Where a zone or component is declared in its file: the name (what a click on its node selects)
 * and the whole declaration (what a caret must be inside to highlight the node), as document
 * offsets, plus the declaration's 1-based lines.
 */
public record ElementSource(String path, int nameOffset, int nameLength, int offset, int length, int startLine,
		int endLine) {

	public boolean contains(int documentOffset) {
		return documentOffset >= offset && documentOffset <= offset + length;
	}

	public boolean containsLine(int line) {
		return line >= startLine && line <= endLine;
	}
}
