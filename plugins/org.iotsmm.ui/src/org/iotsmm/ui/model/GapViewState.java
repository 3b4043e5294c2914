package org.iotsmm.ui.model;

import org.eclipse.core.resources.IFile;

/**
 * What the gap views show now: the file they follow, the last good picture of it ({@code null}
 * before the first one) and a notice to display above it ({@code null} when the picture is
 * current), for example while the text has syntax errors.
 */
public record GapViewState(IFile file, GapPicture picture, String notice) {

	public static final GapViewState NOTHING = new GapViewState(null, null,
			"Open a .smm file in the editor or select one in the Project Explorer.");

	public boolean isCurrent() {
		return notice == null && picture != null;
	}
}
