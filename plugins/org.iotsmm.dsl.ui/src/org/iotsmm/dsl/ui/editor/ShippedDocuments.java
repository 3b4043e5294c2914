package org.iotsmm.dsl.ui.editor;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * The documents of shipped catalog and profile files opened read-only, and the file each shows:
 * such a document has no workspace file to say where it came from.
 */
final class ShippedDocuments {

	private static final Map<IDocument, URI> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

	private ShippedDocuments() {
	}

	static void opened(IDocument document, URI uri) {
		OPEN.put(document, uri);
	}

	/** The shipped file a document shows, or null. */
	static URI of(IDocument document) {
		return document == null ? null : OPEN.get(document);
	}
}
