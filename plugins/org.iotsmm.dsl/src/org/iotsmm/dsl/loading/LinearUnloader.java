package org.iotsmm.dsl.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;

/**
 * What Xtext's generic unloader does when a parse replaces a part of the model (each replaced
 * object becomes a proxy for its URI, its adapters removed), with the URIs made in one walk.
 * The generic one asks EMF for each object's URI, and EMF finds an object's place by looking it up
 * in its container's list: quadratic in the length of a list. When an edit leaves text that does
 * not parse (every keystroke of a statement being typed) Xtext re-parses the whole file and
 * unloads the whole old model: in a file of 10,000 components that lookup was the largest part of
 * a reconcile that the next keystroke had already made stale. The fragments are EMF's own
 * ("//@feature.index/..."); the metamodel has no ID attributes or keys, which would change them.
 */
public class LinearUnloader implements IReferableElementsUnloader {

	@Override
	public void unloadRoot(EObject root) {
		List<InternalEObject> objects = new ArrayList<>();
		List<URI> uris = new ArrayList<>();
		collect(root, EcoreUtil.getURI(root), objects, uris); // one lookup, for the root of what is replaced
		for (int i = 0; i < objects.size(); i++) {
			objects.get(i).eSetProxyURI(uris.get(i));
		}
	}

	private static void collect(EObject object, URI uri, List<InternalEObject> objects, List<URI> uris) {
		objects.add((InternalEObject) object);
		uris.add(uri);
		object.eAdapters().clear();
		String fragment = uri.fragment();
		Map<EStructuralFeature, Integer> indices = new HashMap<>();
		for (EObject child : object.eContents()) { // feature by feature, each list in order
			EStructuralFeature feature = child.eContainingFeature();
			String segment = "@" + feature.getName();
			if (feature.isMany()) {
				int index = indices.merge(feature, 1, Integer::sum) - 1;
				segment += "." + index;
			}
			collect(child, uri.trimFragment().appendFragment(fragment + "/" + segment), objects, uris);
		}
	}
}
