package org.iotsmm.dsl.ui.fixes;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.builder.SmmBuilder;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Quick fixes of the builder's markers, from the Problems view and Ctrl+1 in the editor. The
 * fixes were worked out by the builder with the model at hand and travel in a marker attribute.
 */
public class SmmMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !fixes(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixes(marker).stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
	}

	private static List<Fix> fixes(IMarker marker) {
		return Fix.decode(marker.getAttribute(SmmBuilder.FIXES, null));
	}

	/** Applies a fix to a file through its file buffer: an open editor shows the change unsaved, otherwise it is saved. */
	public static void apply(IFile file, Fix fix) throws CoreException, BadLocationException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			IDocument document = buffer.getDocument();
			document.replace(fix.offset(), fix.length(), fix.text());
			if (!wasDirty && !WorkspaceModels.instance().isEditorOwned(file)) {
				buffer.commit(null, true);
			}
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	private static final class Resolution implements IMarkerResolution2 {
		private final Fix fix;

		Resolution(Fix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			if (marker.getResource() instanceof IFile file) {
				try {
					Fix now = inTheOpenText(file, fix);
					if (now == null) {
						org.eclipse.jface.dialogs.MessageDialog.openInformation(org.eclipse.swt.widgets.Display.getCurrent().getActiveShell(),
								getLabel(), file.getName() + " has unsaved changes where this fix applies. Save the file to have it checked again, or use Ctrl+1 in the editor.");
						return;
					}
					apply(file, now); // the builder replaces the marker once the fixed text is saved
				} catch (CoreException | BadLocationException e) {
					WorkspaceModels.log(e);
				}
			}
		}

		@Override
		public String getDescription() {
			return fix.text().isBlank() ? fix.label() : fix.label() + ":\n" + fix.text().strip();
		}

		@Override
		public Image getImage() {
			return null;
		}
	}

	/**
	 * A marker's fix in the text an open editor holds now, or null if that is not known. The builder
	 * worked the fix out on the saved file; unsaved typing above it moves it, and applied where it
	 * was it would replace other characters. The saved and the open text are compared: a fix in
	 * their common start stays, one in their common end moves by the difference in length, one in
	 * between (where the text was edited) is refused.
	 */
	static Fix inTheOpenText(IFile file, Fix fix) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer == null || !buffer.isDirty()) {
			return fix;
		}
		String open = buffer.getDocument().get();
		String saved = org.iotsmm.dsl.ui.internal.model.ProjectModels.diskText(file); // what the builder checked
		int prefix = org.iotsmm.dsl.ui.internal.model.TextUpdate.commonPrefix(saved, open);
		int suffix = org.iotsmm.dsl.ui.internal.model.TextUpdate.commonSuffix(saved, open, prefix);
		if (fix.offset() + fix.length() <= prefix) {
			return fix;
		}
		if (fix.offset() >= saved.length() - suffix) {
			return new Fix(fix.label(), fix.offset() + open.length() - saved.length(), fix.length(), fix.text());
		}
		return null;
	}
}
