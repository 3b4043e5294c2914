package org.iotsmm.dsl.loading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.iotsmm.smm.NamedElement;

/**
 * What the partial parse of an edit replaced: where the replaced object sat (container, feature,
 * index) and the names declared in it. {@link SmmResource#update} opens a record for the edit,
 * {@link BlockReparsing} fills it in as it unloads the old object, and {@link IncrementalLinker}
 * reads it when the resource links the new model right after, on the same thread. A record that
 * saw more or less than one replaced object, or the whole model replaced, asks for the whole-file
 * linking.
 */
final class ReplacedPart {

	private static final ThreadLocal<ReplacedPart> OPEN = new ThreadLocal<>();

	private final Resource resource;
	private EObject container;
	private EStructuralFeature feature;
	private int index = -1;
	/** The replaced object, unloaded but with its names and contents. */
	private EObject replaced;
	private int replacements;

	private ReplacedPart(Resource resource) {
		this.resource = resource;
	}

	/** An edit of {@code resource} is being parsed and linked on this thread. */
	static void open(Resource resource) {
		OPEN.set(new ReplacedPart(resource));
	}

	/** Whether an edit is being parsed on this thread (the model stays as it was until its parse ends). */
	static boolean isOpen() {
		return OPEN.get() != null;
	}

	static void close() {
		OPEN.remove();
	}

	/** Called before {@code replaced} is unloaded (it is still in its container then). */
	static void replacing(EObject replaced) {
		ReplacedPart part = OPEN.get();
		if (part == null) {
			return;
		}
		part.replacements++;
		part.container = replaced.eContainer();
		part.feature = replaced.eContainingFeature();
		part.index = part.feature != null && part.feature.isMany() ? ((List<?>) part.container.eGet(part.feature)).indexOf(replaced) : -1;
		part.replaced = replaced; // its names are read only when the linker needs them
	}

	/** The record of the edit being linked, when one object below the top of the model was replaced; else null. */
	static ReplacedPart of(EObject model) {
		ReplacedPart part = OPEN.get();
		if (part == null || part.resource != model.eResource() || part.replacements != 1 || part.container == null
				|| part.container.eIsProxy() || part.container.eResource() != model.eResource() || part.feature == null) {
			return null;
		}
		return part;
	}

	EObject container() {
		return container;
	}

	/** The object the parse put in the replaced one's place; null when it left the place empty. */
	EObject replacement() {
		Object value = container.eGet(feature, false);
		if (index < 0) {
			return value instanceof EObject object ? object : null;
		}
		List<?> list = (List<?>) value;
		// when the parse removed the object, its next sibling moved up: linking that one again is harmless
		return index < list.size() && list.get(index) instanceof EObject object ? object : null;
	}

	/** Names declared in the replaced object and its contents. */
	Set<String> names() {
		Set<String> names = new HashSet<>();
		collectNames(replaced, names);
		return names;
	}

	static void collectNames(EObject root, Set<String> into) {
		if (root instanceof NamedElement named && named.getName() != null) {
			into.add(named.getName());
		}
		for (var contents = root.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof NamedElement named && named.getName() != null) {
				into.add(named.getName());
			}
		}
	}
}
