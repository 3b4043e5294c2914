package org.iotsmm.dsl.ui.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.editor.Links;
import org.iotsmm.dsl.ui.fixes.SmmMarkerResolutions;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.SmmPackage;

/**
 * Alt+Shift+R on a zone, component, stakeholder or target set: renames its declaration and every
 * reference in the project's .smm files (qualified references keep their qualifier). The edits
 * are worked out in the background and applied through the file buffers: files open in an editor
 * show them unsaved, the others are saved.
 */
public class RenameHandler extends AbstractHandler {

	static final Set<String> RENAMEABLE = Set.of("Zone", "Component", "Stakeholder", "TargetSet");
	private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = Editors.document(editor);
		EditorState state = EditorState.of(document);
		Links.Link link = state == null ? null : state.links().at(selection.getOffset());
		if (link == null || !RENAMEABLE.contains(link.type())) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Rename",
					"Place the caret on the name of a zone, component, stakeholder or target set.");
			return null;
		}
		String current = document.get().substring(link.offset(), link.offset() + link.length()).replaceAll(".*\\.", "");
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename", "New name:", current,
				name -> name.matches(ID) ? null : "A name starts with a letter or _ and holds letters, digits and _.");
		if (dialog.open() == Window.OK && !dialog.getValue().equals(current)) {
			rename(Editors.file(document), document.get(), link.target(), dialog.getValue());
		}
		return null;
	}

	/** Starts the rename; returns the job (tests wait for it and then for the UI edits). */
	public static Job rename(IFile file, String text, String target, String newName) {
		Display display = Display.getCurrent();
		Job job = Job.create("Renaming to " + newName, monitor -> {
			Map<IFile, List<Fix>> edits = WorkspaceModels.instance().withText(file, text,
					snapshot -> WorkspaceModels.instance().withProject(file.getProject(), project -> edits(project, target, newName)));
			display.asyncExec(() -> apply(edits));
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private static Map<IFile, List<Fix>> edits(ProjectModels project, String target, String newName) {
		Map<IFile, List<Fix>> edits = new LinkedHashMap<>();
		for (IFile file : project.files()) {
			XtextResource resource = project.resource(file);
			List<Fix> fileEdits = new ArrayList<>();
			for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof NamedElement && EcoreUtil.getURI(object).toString().equals(target)) {
					for (INode name : NodeModelUtils.findNodesForFeature(object, SmmPackage.Literals.NAMED_ELEMENT__NAME)) {
						fileEdits.add(new Fix("rename", name.getOffset(), name.getLength(), newName));
					}
				}
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
					Object value = object.eGet(reference, true);
					List<?> targets = value instanceof Collection<?> many ? new ArrayList<>(many) : java.util.Collections.singletonList(value);
					for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
						if (targets.get(i) instanceof EObject referenced && !referenced.eIsProxy()
								&& EcoreUtil.getURI(referenced).toString().equals(target)) {
							INode node = nodes.get(i);
							String written = NodeModelUtils.getTokenText(node);
							int lastSegment = written.lastIndexOf('.') + 1;
							fileEdits.add(new Fix("rename", node.getOffset() + lastSegment, written.length() - lastSegment, newName));
						}
					}
				}
			}
			if (!fileEdits.isEmpty()) {
				fileEdits.sort(Comparator.comparingInt(Fix::offset).reversed());
				edits.put(file, fileEdits);
			}
		}
		return edits;
	}

	private static void apply(Map<IFile, List<Fix>> edits) {
		for (Map.Entry<IFile, List<Fix>> entry : edits.entrySet()) {
			for (Fix fix : entry.getValue()) {
				try {
					SmmMarkerResolutions.apply(entry.getKey(), fix);
				} catch (CoreException | BadLocationException e) {
					WorkspaceModels.log(e);
				}
			}
		}
	}
}
