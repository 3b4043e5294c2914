package org.iotsmm.dsl.ui.search;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** The references found by a {@link ReferencesQuery}: {@link ReferenceMatch}es whose element is their file. */
public final class ReferencesResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final ReferencesQuery query;

	ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	/** {@code 'Olga' - 3 references in project rename}. */
	@Override
	public String getLabel() {
		int count = getMatchCount();
		return "'" + query.name() + "' - " + count + (count == 1 ? " reference" : " references") + " in project "
				+ query.file().getProject().getName();
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(match.getElement());
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? getMatches(input.getFile()) : new Match[0];
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return getMatches(file);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof IFile file ? file : null;
	}
}
