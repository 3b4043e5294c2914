package org.iotsmm.dsl.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;

/**
 * F3 and Ctrl+click: the reference under the caret opens its declaration, in this file, another
 * file of the project, or the shipped catalog and profiles (opened read-only). Works from the
 * links of the last reconcile, so the UI thread never waits for the model.
 */
public class SmmHyperlinks extends AbstractHyperlinkDetector {

	public static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		EditorState state = EditorState.of(viewer.getDocument());
		if (state == null) {
			return null;
		}
		int at = state.toState(region.getOffset()); // the links are of the reconciled text; typing may have moved on
		Links.Link link = at < 0 ? null : state.links().at(at);
		if (link == null || link.declaration()) {
			return null;
		}
		int start = state.toCurrent(link.offset(), false);
		int end = state.toCurrent(link.offset() + link.length(), true);
		if (start < 0 || end <= start) {
			return null;
		}
		return new IHyperlink[] { new Declaration(link, new Region(start, end - start)) };
	}

	/** Opens the declaration of a link's target and selects its name. */
	public static IEditorPart open(Links.Link link) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile file = ProjectModels.file(link.targetResource());
		IEditorPart editor = file != null ? IDE.openEditor(page, file, true)
				: IDE.openEditor(page, new ShippedFile(link.targetResource()), GENERIC_EDITOR, true);
		if (file == null) {
			SmmReconciler.showShipped(Editors.document(editor), link.targetResource());
		}
		if (editor instanceof ITextEditor text) {
			text.selectAndReveal(link.targetOffset(), link.targetLength());
		}
		return editor;
	}

	private static final class Declaration implements IHyperlink {
		private final Links.Link link;
		private final IRegion region;

		Declaration(Links.Link link, IRegion region) {
			this.link = link;
			this.region = region;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			try {
				SmmHyperlinks.open(link);
			} catch (PartInitException e) {
				org.iotsmm.dsl.ui.internal.model.WorkspaceModels.log(e);
			}
		}
	}

	/** A catalog or profile file shipped inside org.iotsmm.catalog: read-only. */
	public static final class ShippedFile implements IStorageEditorInput {
		private final URI uri;

		public ShippedFile(URI uri) {
			this.uri = uri;
		}

		@Override
		public IStorage getStorage() {
			return new IEncodedStorage() {
				@Override
				public String getCharset() {
					return "UTF-8"; // the charset the library's model read it in: offsets must agree
				}

				@Override
				public InputStream getContents() throws CoreException {
					try {
						return new URL(uri.toString()).openStream();
					} catch (IOException e) {
						throw new CoreException(Status.error("Cannot read the shipped file " + uri, e));
					}
				}

				@Override
				public IPath getFullPath() {
					return IPath.fromPortableString("/shipped/" + uri.lastSegment());
				}

				@Override
				public String getName() {
					return uri.lastSegment();
				}

				@Override
				public boolean isReadOnly() {
					return true;
				}

				@Override
				public <T> T getAdapter(Class<T> adapter) {
					return null;
				}
			};
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return uri.lastSegment(); // the .smm extension picks the content type; the tooltip says read-only
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "Shipped with the workbench (org.iotsmm.catalog): " + uri.lastSegment();
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ShippedFile shipped && shipped.uri.equals(uri);
		}

		@Override
		public int hashCode() {
			return uri.hashCode();
		}
	}
}
