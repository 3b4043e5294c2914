package org.iotsmm.dsl.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a .smm editor: the document's symbols with kind icons, refreshed after each
 * reconcile, linked both ways (selecting a symbol selects its name in the editor; moving the
 * caret selects the innermost symbol around it).
 */
public class SmmOutlinePage extends ContentOutlinePage {

	/** The id of the outline's context menu, for menu contributions. */
	public static final String CONTEXT_MENU = "org.iotsmm.dsl.ui.outline";

	private final ITextEditor editor;
	private final IDocument document;
	private java.util.Map<Outline.Node, Outline.Node> parents = java.util.Map.of();
	private boolean selectingFromEditor;
	private boolean selectingFromOutline;

	private final BiConsumer<IDocument, EditorState> stateListener = (changed, state) -> {
		if (changed == documentOf()) {
			show(state);
		}
	};

	private final ISelectionChangedListener caretListener = event -> {
		if (!selectingFromOutline && event.getSelection() instanceof ITextSelection text) {
			revealCaret(text.getOffset());
		}
	};

	public SmmOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = Editors.document(editor);
	}

	private IDocument documentOf() {
		return document;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof List<?> list ? list.toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Outline.Node) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return parents.get(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Outline.Node) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Outline.Node node = (Outline.Node) element;
				return node.detail() == null || node.detail().isEmpty() ? node.name() : node.name() + " \u2013 " + node.detail();
			}

			@Override
			public Image getImage(Object element) {
				return icon(((Outline.Node) element).kind());
			}
		});
		viewer.setUseHashlookup(false);
		// Rename... and whatever else plugin.xml contributes to it; the editor's selection is the
		// selected symbol's name, so the editor's commands act on that symbol
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(CONTEXT_MENU, menu, viewer);
		EditorState.addListener(stateListener);
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
		EditorState state = EditorState.of(document);
		if (state != null) {
			show(state);
		}
	}

	@Override
	public void dispose() {
		EditorState.removeListener(stateListener);
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}

	/** The symbols shown now (for tests). */
	public List<Outline.Node> symbols() {
		Object input = getTreeViewer() == null ? null : getTreeViewer().getInput();
		return input instanceof List<?> list ? list.stream().map(Outline.Node.class::cast).toList() : List.of();
	}

	private void show(EditorState state) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		parents = state.outlineParents();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(state.outline());
			if (expanded.length == 0) {
				// the system and its zones; deeper items are made when opened (thousands of components).
				// Not expandToLevel(2): it shows a busy cursor, and setting a cursor waits for the X
				// server to flush pending exposes (up to 200 ms on a busy machine)
				viewer.expandToLevel(state.outline(), 2, false);
			} else {
				expandSame(viewer, state.outline(), expanded);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Nodes are new after each reconcile; re-expand those whose name and kind match a previously open node. */
	private static void expandSame(TreeViewer viewer, List<Outline.Node> nodes, Object[] expanded) {
		for (Outline.Node node : nodes) {
			for (Object old : expanded) {
				Outline.Node before = (Outline.Node) old;
				if (before.name().equals(node.name()) && before.kind() == node.kind()) {
					viewer.setExpandedState(node, true);
					expandSame(viewer, node.children(), expanded);
				}
			}
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (selectingFromEditor) {
			return;
		}
		ISelection selection = event.getSelection();
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Outline.Node node) {
			EditorState state = EditorState.of(document);
			int start = state == null ? node.nameOffset() : state.toCurrent(node.nameOffset(), false);
			int end = state == null ? node.nameOffset() + node.nameLength() : state.toCurrent(node.nameOffset() + node.nameLength(), true);
			if (start < 0 || end < start) {
				return; // typed over since the outline was made
			}
			selectingFromOutline = true;
			try {
				editor.selectAndReveal(start, end - start);
			} finally {
				selectingFromOutline = false;
			}
		}
	}

	private void revealCaret(int offset) {
		TreeViewer viewer = getTreeViewer();
		EditorState state = EditorState.of(document);
		if (viewer == null || viewer.getControl().isDisposed() || state == null) {
			return;
		}
		int at = state.toState(offset); // the outline is of the reconciled text; typing may have moved on
		Outline.Node node = at < 0 ? null : revealable(viewer, Outline.deepestAt(state.outline(), at));
		selectingFromEditor = true;
		try {
			viewer.setSelection(node == null ? StructuredSelection.EMPTY : new StructuredSelection(node), true);
		} finally {
			selectingFromEditor = false;
		}
	}

	/**
	 * {@code node}, or the block around it that the caret's move may reveal: opening a closed block
	 * of more than {@link #REVEAL_AMONG_AT_MOST} statements (a large system's target set, its
	 * assessments, its flows) makes a tree item for each of them at once, hundreds of milliseconds
	 * on the UI thread while the user types, and again after every reconcile while it stays open. The
	 * block itself is selected until the user opens it.
	 */
	private Outline.Node revealable(TreeViewer viewer, Outline.Node node) {
		Outline.Node shown = node;
		for (Outline.Node at = node; at != null; at = parents.get(at)) {
			Outline.Node parent = parents.get(at);
			if (parent != null && parent.children().size() > REVEAL_AMONG_AT_MOST && !viewer.getExpandedState(parent)) {
				shown = parent;
			}
		}
		return shown;
	}

	/** See {@link #revealable}. */
	public static final int REVEAL_AMONG_AT_MOST = 200;

	static Image icon(SymbolKind kind) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		String key = switch (kind == null ? SymbolKind.Property : kind) {
		case Module, Package -> ISharedImages.IMG_OBJ_PROJECT;
		case Namespace -> ISharedImages.IMG_OBJ_FOLDER;
		case Object, Class -> ISharedImages.IMG_OBJ_ELEMENT;
		case Constant -> ISharedImages.IMG_OBJ_ADD;
		case Operator -> ISharedImages.IMG_TOOL_FORWARD;
		case Struct -> ISharedImages.IMG_OBJ_FILE;
		case Event -> ISharedImages.IMG_ETOOL_SAVE_EDIT;
		default -> ISharedImages.IMG_DEF_VIEW;
		};
		return images.getImage(key);
	}
}
