package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.smm.SmmPackage;

/**
 * The document's symbols as a tree of plain values, named and classified by dsl.ide's symbol
 * providers (the ones the language server uses for its outline). The flows of a block are
 * gathered under one "flows" group node: a large system has tens of thousands of them, and the
 * outline shows the system's children open, so as direct children they made a tree item each on
 * the UI thread after every reconcile.
 */
public final class Outline {

	/**
	 * One symbol: its whole text range and the range of its name. A {@code group} gathers symbols
	 * of one kind (the flows); its range runs from the first to the last of them and may enclose
	 * other statements, so it is neither folded nor selected for the text between its children.
	 */
	public record Node(String name, String detail, SymbolKind kind, int offset, int length, int nameOffset,
			int nameLength, List<Node> children, boolean group) {

		public Node(String name, String detail, SymbolKind kind, int offset, int length, int nameOffset, int nameLength,
				List<Node> children) {
			this(name, detail, kind, offset, length, nameOffset, nameLength, children, false);
		}

		public boolean contains(int position) {
			return position >= offset && position <= offset + length;
		}

		/** Identity: a tree viewer compares nodes often, and value equality would walk whole subtrees. */
		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}
	}

	private Outline() {
	}

	/** Runs with the project lock held. */
	static List<Node> compute(XtextResource resource, CancelIndicator cancel) {
		DocumentSymbolMapper.DocumentSymbolNameProvider names = SmmLanguage.injector()
				.getInstance(DocumentSymbolMapper.DocumentSymbolNameProvider.class);
		DocumentSymbolMapper.DocumentSymbolKindProvider kinds = SmmLanguage.injector()
				.getInstance(DocumentSymbolMapper.DocumentSymbolKindProvider.class);
		DocumentSymbolMapper.DocumentSymbolDetailsProvider details = SmmLanguage.injector()
				.getInstance(DocumentSymbolMapper.DocumentSymbolDetailsProvider.class);
		List<Node> roots = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			collect(root, roots, names, kinds, details, cancel);
		}
		return List.copyOf(roots);
	}

	private static void collect(EObject object, List<Node> into, DocumentSymbolMapper.DocumentSymbolNameProvider names,
			DocumentSymbolMapper.DocumentSymbolKindProvider kinds, DocumentSymbolMapper.DocumentSymbolDetailsProvider details,
			CancelIndicator cancel) {
		if (cancel.isCanceled()) {
			return;
		}
		String name = object.eContainer() == null ? null : names.getName(object);
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (name == null || node == null) {
			for (EObject child : object.eContents()) {
				collect(child, into, names, kinds, details, cancel);
			}
			return;
		}
		List<Node> children = new ArrayList<>();
		List<Node> flows = new ArrayList<>();
		int flowsAt = -1;
		for (EObject child : object.eContents()) {
			if (child instanceof org.iotsmm.smm.DataFlow) {
				flowsAt = flowsAt < 0 ? children.size() : flowsAt;
				collect(child, flows, names, kinds, details, cancel);
			} else {
				collect(child, children, names, kinds, details, cancel);
			}
		}
		if (!flows.isEmpty()) {
			children.add(flowsAt, group("flows", flows));
		}
		INode nameNode = nameNode(object, node);
		into.add(new Node(name, details.getDetails(object), kinds.getSymbolKind(object), node.getOffset(), node.getLength(),
				nameNode.getOffset(), nameNode.getLength(), List.copyOf(children)));
	}

	private static Node group(String name, List<Node> members) {
		Node first = members.get(0);
		Node last = members.get(members.size() - 1);
		return new Node(name, members.size() + (members.size() == 1 ? " flow" : " flows"), first.kind(), first.offset(),
				last.offset() + last.length() - first.offset(), first.nameOffset(), first.nameLength(), List.copyOf(members), true);
	}

	private static INode nameNode(EObject object, ICompositeNode node) {
		if (object.eClass().getEAllStructuralFeatures().contains(SmmPackage.Literals.NAMED_ELEMENT__NAME)) {
			List<INode> named = NodeModelUtils.findNodesForFeature(object, SmmPackage.Literals.NAMED_ELEMENT__NAME);
			if (!named.isEmpty()) {
				return named.get(0);
			}
		}
		// unnamed statements: the first token after the leading hidden ones (comments, white space)
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return node;
	}

	/** The deepest node containing the offset, or null (a group only through one of its members). */
	public static Node deepestAt(List<Node> nodes, int offset) {
		for (Node node : nodes) {
			if (node.contains(offset)) {
				Node deeper = deepestAt(node.children(), offset);
				if (deeper != null || !node.group()) {
					return deeper != null ? deeper : node;
				}
			}
		}
		return null;
	}
}
