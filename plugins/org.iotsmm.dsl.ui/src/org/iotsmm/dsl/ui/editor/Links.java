package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.SmmPackage;

/**
 * Every reference and every declared name of one text, with where its target is declared: what
 * F3, Ctrl+click, mark occurrences and rename need, read on the UI thread without the model.
 */
public final class Links {

	/**
	 * A reference (or, when {@code declaration}, a declared name) at {@code offset}; its target is
	 * {@code target} (an EMF URI with fragment, the element's identity), declared in
	 * {@code targetResource} at {@code targetOffset}.
	 */
	public record Link(int offset, int length, boolean declaration, String target, String type, URI targetResource,
			int targetOffset, int targetLength) {

		public boolean contains(int position) {
			return position >= offset && position <= offset + length;
		}
	}

	public static final Links NONE = new Links(List.of());

	private final List<Link> links;

	private Links(List<Link> links) {
		this.links = links;
	}

	public List<Link> all() {
		return links;
	}

	/** The link at a caret position, or null. */
	public Link at(int position) {
		int low = 0;
		int high = links.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Link link = links.get(mid);
			if (link.offset() + link.length() < position) {
				low = mid + 1;
			} else if (link.offset() > position) {
				high = mid - 1;
			} else {
				return link;
			}
		}
		return null;
	}

	/** The references to and the declaration of the same element in this text. */
	public List<Link> occurrences(String target) {
		return links.stream().filter(l -> l.target().equals(target)).toList();
	}

	/** Where an element is declared, worked out once per element of a computation. */
	private record Declaration(String uri, URI resource, int offset, int length) {
	}

	/** Runs with the project lock held (resolves references, so after validation it is cheap). */
	static Links compute(XtextResource resource, CancelIndicator cancel) {
		List<Link> links = new ArrayList<>();
		// an element is referenced many times (a practice by every entry and finding, a zone by every
		// entry on it): working out its URI (its path in the containment tree, written out) and its
		// name's place for each reference was half of this computation in a profile of ./bench editor
		Map<EObject, Declaration> declarations = new IdentityHashMap<>();
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (cancel.isCanceled()) {
				return NONE;
			}
			EObject object = it.next();
			if (object instanceof NamedElement named && named.getName() != null) {
				List<INode> nodes = NodeModelUtils.findNodesForFeature(object, SmmPackage.Literals.NAMED_ELEMENT__NAME);
				if (!nodes.isEmpty()) {
					INode name = nodes.get(0);
					links.add(new Link(name.getOffset(), name.getLength(), true, declarations.computeIfAbsent(object, Links::declaration).uri(),
							object.eClass().getName(), resource.getURI(), name.getOffset(), name.getLength()));
				}
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
				if (nodes.isEmpty()) {
					continue;
				}
				Object value = object.eGet(reference, true);
				List<?> targets = value instanceof Collection<?> many ? new ArrayList<>(many) : java.util.Collections.singletonList(value);
				for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
					if (targets.get(i) instanceof EObject target && !target.eIsProxy() && target.eResource() != null) {
						INode node = nodes.get(i);
						Declaration declared = declarations.computeIfAbsent(target, Links::declaration);
						links.add(new Link(node.getOffset(), node.getLength(), false, declared.uri(), target.eClass().getName(),
								declared.resource(), declared.offset(), declared.length()));
					}
				}
			}
		}
		links.sort(Comparator.comparingInt(Link::offset));
		return new Links(List.copyOf(links));
	}

	private static Declaration declaration(EObject target) {
		INode declared = declaredName(target);
		return new Declaration(EcoreUtil.getURI(target).toString(), target.eResource().getURI(),
				declared == null ? 0 : declared.getOffset(), declared == null ? 0 : declared.getLength());
	}

	private static INode declaredName(EObject target) {
		List<INode> nodes = target instanceof NamedElement
				? NodeModelUtils.findNodesForFeature(target, SmmPackage.Literals.NAMED_ELEMENT__NAME)
				: List.of();
		if (!nodes.isEmpty()) {
			return nodes.get(0);
		}
		ICompositeNode node = NodeModelUtils.getNode(target);
		return node;
	}
}
