package org.iotsmm.dsl.ui.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ide.rename.RenameEdits;
import org.iotsmm.dsl.ui.commands.RenamePlan;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.SmmPackage;

/**
 * Every reference in a project's .smm files to the element whose EMF URI is {@code target}, also
 * where its name qualifies another reference ({@code Plant.Olga}); the declaration itself is left
 * out, as in JDT's References. The element may be declared in the project or in the shipped
 * catalog and profiles. Runs in the background (the Search view's job), on the project's models
 * with {@code text} as the text of {@code file} (the editor's, maybe unsaved).
 */
public final class ReferencesQuery implements ISearchQuery {

	private final IFile file;
	private final String text;
	private final String target;
	private final String name;
	private final ReferencesResult result = new ReferencesResult(this);
	private volatile boolean ran;

	public ReferencesQuery(IFile file, String text, String target, String name) {
		this.file = file;
		this.text = text;
		this.target = target;
		this.name = name;
	}

	public IFile file() {
		return file;
	}

	public String name() {
		return name;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		// The first run sees the editor's text of the moment; a re-run (from the Search view) the
		// models' current texts, never that old one again.
		List<ReferenceMatch> found = ran
				? WorkspaceModels.instance().withProject(file.getProject(), project -> references(project, monitor))
				: WorkspaceModels.instance().withText(file, text,
						snapshot -> WorkspaceModels.instance().withProject(file.getProject(), project -> references(project, monitor)));
		ran = true;
		result.addMatches(found.toArray(ReferenceMatch[]::new));
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The references in the project's files; runs with the project's lock held. */
	private List<ReferenceMatch> references(ProjectModels project, IProgressMonitor monitor) {
		List<ReferenceMatch> found = new ArrayList<>();
		for (IFile each : project.files()) {
			if (monitor.isCanceled()) {
				break;
			}
			XtextResource resource = project.resource(each);
			Set<Integer> declaration = new HashSet<>();
			NamedElement declared = RenameEdits.declaredIn(resource, target);
			if (declared != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(declared, SmmPackage.Literals.NAMED_ELEMENT__NAME)) {
					declaration.add(node.getOffset());
				}
			}
			String fileText = resource.getParseResult().getRootNode().getText();
			for (Fix reference : RenameEdits.in(resource, target, name)) {
				if (!declaration.contains(reference.offset())) {
					found.add(new ReferenceMatch(each, reference.offset(), reference.length(),
							RenamePlan.line(fileText, reference.offset())));
				}
			}
		}
		return found;
	}

	@Override
	public String getLabel() {
		return "References to '" + name + "'";
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
