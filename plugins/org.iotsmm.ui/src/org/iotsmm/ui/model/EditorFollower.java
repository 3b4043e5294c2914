package org.iotsmm.ui.model;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Makes the {@link GapModelService} follow the active .smm editor of a page and a .smm file
 * selected in the Project Explorer (or any view offering files). Installed once per page by the
 * first gap view opened on it.
 */
public final class EditorFollower implements IPartListener2, ISelectionListener {

	private static final Set<IWorkbenchPage> PAGES = new HashSet<>();

	private EditorFollower() {
	}

	/** Call on the UI thread. */
	public static void install(IWorkbenchPage page) {
		if (!PAGES.add(page)) {
			return;
		}
		EditorFollower follower = new EditorFollower();
		page.addPartListener(follower);
		page.addPostSelectionListener(follower);
		IEditorPart active = page.getActiveEditor();
		IFile file = smmFile(active);
		if (file == null) {
			file = smmFile(page.getSelection());
		}
		GapModelService.get().follow(file);
	}

	/** The .smm file an editor edits, or null. */
	public static IFile smmFile(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof IFileEditorInput input
				&& isSmm(input.getFile())) {
			return input.getFile();
		}
		return null;
	}

	/** The first .smm file of a structured selection, or null. */
	public static IFile smmFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			return isSmm(file) ? file : null;
		}
		return null;
	}

	public static boolean isSmm(IFile file) {
		return file != null && "smm".equals(file.getFileExtension());
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		IFile file = smmFile(ref.getPart(false));
		if (file != null) {
			GapModelService.get().follow(file);
		}
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof IEditorPart) {
			return;
		}
		IFile file = smmFile(selection);
		if (file != null) {
			GapModelService.get().follow(file);
		}
	}
}
