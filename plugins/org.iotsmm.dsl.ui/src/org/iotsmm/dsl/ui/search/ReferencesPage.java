package org.iotsmm.dsl.ui.search;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The Search view's page for {@link ReferencesResult}: the files, and under each its references
 * by line ({@code line 12: owner Olga}); opening one opens the file in the .smm editor with the
 * reference selected.
 */
public final class ReferencesPage extends AbstractTextSearchViewPage {

	public ReferencesPage() {
		super(FLAG_LAYOUT_TREE);
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
				if (a instanceof Match x && b instanceof Match y) {
					return Integer.compare(x.getOffset(), y.getOffset());
				}
				return super.compare(v, a, b);
			}
		});
	}

	/** The tree of files and their references. */
	public TreeViewer tree() {
		return (TreeViewer) getViewer();
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		// tree layout only
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void clear() {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	/** A reference listed under its file stands for itself: opening it shows that match. */
	@Override
	public Match[] getDisplayedMatches(Object element) {
		return element instanceof Match match ? new Match[] { match } : super.getDisplayedMatches(element);
	}

	@Override
	public int getDisplayedMatchCount(Object element) {
		return element instanceof Match ? 1 : super.getDisplayedMatchCount(element);
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		openAndSelect(getSite().getPage(), (IFile) match.getElement(), offset, length, activate);
	}

	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IFile && getInput() != null) {
				Match[] matches = getInput().getMatches(parent);
				Arrays.sort(matches, Comparator.comparingInt(Match::getOffset));
				return matches;
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Match match ? match.getElement() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IFile && getInput() != null && getInput().getMatchCount(element) > 0;
		}
	}

	private final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof ReferenceMatch match) {
				return match.line();
			}
			if (element instanceof IFile file) {
				int count = getInput() == null ? 0 : getInput().getMatchCount(file);
				return file.getProjectRelativePath() + " (" + count + (count == 1 ? " reference)" : " references)");
			}
			return super.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return element instanceof IFile ? images.getImage(ISharedImages.IMG_OBJ_FILE) : null;
		}
	}
}
