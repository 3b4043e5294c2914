package org.iotsmm.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

/**
 * Xtext's workspace manager, hardened against what editors send under load:
 * <ul>
 * <li>positions outside the text are clamped ({@link TolerantDocument}) instead of failing the
 * edit, which left the server's text out of step with the editor's for the rest of the session;</li>
 * <li>a change whose version is not above the open document's (a resent or reordered message) is
 * dropped with a warning (and the document validated again, see {@link #rebuild}): applying an incremental change twice corrupts the text. The document
 * keeps the version the client sent (Xtext counted its own, so it could not tell);</li>
 * <li>a change to a document that is not open (closed a moment before) is dropped with a warning
 * rather than logged as a server error;</li>
 * <li>a request for a document that is neither open nor on disk (an unsaved file, closed a moment
 * before) is answered as for an empty text; Xtext failed it with an internal error.</li>
 * </ul>
 */
public class SmmWorkspaceManager extends WorkspaceManager {

	private static final Logger LOG = Logger.getLogger(SmmWorkspaceManager.class);

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		getOpenDocuments().put(uri, new TolerantDocument(version, contents));
		return didChangeFiles(List.of(uri), List.of());
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		Document current = getOpenDocuments().get(uri);
		if (current == null) {
			LOG.warn("Ignored a change to " + uri + ": the document is not open.");
			return rebuild(uri);
		}
		if (version != null && current.getVersion() != null && version <= current.getVersion()) {
			LOG.warn("Ignored a stale change to " + uri + ": version " + version + " is not above the open version "
					+ current.getVersion() + ".");
			return rebuild(uri);
		}
		TolerantDocument tolerant = current instanceof TolerantDocument t ? t
				: new TolerantDocument(current.getVersion(), current.getContents());
		Integer newVersion = version != null ? version : current.getVersion() == null ? null : current.getVersion() + 1;
		getOpenDocuments().put(uri, tolerant.apply(newVersion, changes));
		return didChangeFiles(List.of(uri), List.of());
	}

	/**
	 * The build for a dropped change: nothing changed, but this change, like any, cancelled the
	 * build still running for the one before it, whose diagnostics would otherwise never come.
	 */
	private Buildable rebuild(URI uri) {
		if (isDocumentOpen(uri) || exists(uri)) {
			return didChangeFiles(List.of(uri), List.of());
		}
		return didChangeFiles(List.of(), List.of(uri));
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		Document document = super.getDocument(resource);
		return document instanceof TolerantDocument ? document
				: new TolerantDocument(document.getVersion(), document.getContents());
	}

	@Override
	public <T> T doRead(URI uri, Function2<? super Document, ? super XtextResource, ? extends T> work) {
		URI resourceUri = uri.trimFragment();
		ProjectManager project = getProjectManager(resourceUri);
		if (project != null && !isDocumentOpen(resourceUri) && !exists(resourceUri)) {
			return work.apply(new TolerantDocument(1, ""), emptyResource(project, resourceUri));
		}
		return super.doRead(uri, work);
	}

	/** An empty resource in a resource set of its own, so that the workspace's stays as it is. */
	private static XtextResource emptyResource(ProjectManager project, URI uri) {
		XtextResourceSet scratch = project.createNewResourceSet(new ResourceDescriptionsData(List.of()));
		Resource resource = scratch.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(new byte[0]), scratch.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (XtextResource) resource;
	}
}
