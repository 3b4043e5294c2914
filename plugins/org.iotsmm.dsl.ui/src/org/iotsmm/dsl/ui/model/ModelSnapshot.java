package org.iotsmm.dsl.ui.model;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One .smm file's parsed and linked model, valid only while the reader or listener that received
 * it runs.
 *
 * @param file the workspace file
 * @param resource the parsed, linked resource (its root is an {@code org.iotsmm.smm.Model})
 * @param hasSyntaxErrors true while the text does not parse; views then keep their last good picture
 * @param textVersion increases with every change of the text this snapshot was parsed from
 * @param cancelIndicator cancelled when a newer edit makes this snapshot stale
 */
public record ModelSnapshot(IFile file, XtextResource resource, boolean hasSyntaxErrors, long textVersion,
		CancelIndicator cancelIndicator) {
}
