package org.iotsmm.analysis;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Maps a model object to the file and line it was written on, so that every number in a
 * {@link GapReport} can be traced back to a target entry or finding in the source. The analysis
 * bundle does not depend on Xtext; a caller with a parsed model (the command line, the workbench,
 * tests) supplies a locator based on Xtext's node model. {@link #resourceOnly()} knows the file but
 * not the line.
 */
@FunctionalInterface
public interface SourceLocator {

	/** Where {@code object} was written; never null ({@link SourceLocation#UNKNOWN} if not known). */
	SourceLocation locate(EObject object);

	/** Knows the file (from the object's resource URI) but not the line (reported as 0). */
	static SourceLocator resourceOnly() {
		return object -> new SourceLocation(fileOf(object), 0);
	}

	/** The file of {@code object}'s resource: a file path for file URIs, else the URI; "" if none. */
	static String fileOf(EObject object) {
		Resource resource = object == null ? null : object.eResource();
		if (resource == null || resource.getURI() == null) {
			return "";
		}
		URI uri = resource.getURI();
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	/** A file and a 1-based line; line 0 means the line is not known. */
	record SourceLocation(String file, int line) {

		public static final SourceLocation UNKNOWN = new SourceLocation("", 0);

		public SourceLocation {
			file = file == null ? "" : file;
		}

		/** {@code file:line}, or just the file when the line is unknown. */
		@Override
		public String toString() {
			return line > 0 ? file + ":" + line : file;
		}
	}
}
