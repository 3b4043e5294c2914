package org.iotsmm.dsl.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.TopLevelElement;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The SMM catalog and industry profiles shipped in org.iotsmm.catalog, loaded once from the
 * class path into a resource set of their own. System files refer to them by name and version
 * without copying them; the global scope falls back to this library.
 */
@Singleton
public class ShippedLibrary {

	/** Where org.iotsmm.catalog keeps its files (a resource-only, exported package). */
	public static final String FOLDER = "org/iotsmm/catalog/";
	private static final String INDEX = FOLDER + "catalog.index";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	private volatile List<IResourceDescription> loaded;
	private XtextResourceSet resourceSet;
	private boolean loading;

	/** Descriptions of the shipped resources; empty while the library itself is being linked. */
	public List<IResourceDescription> descriptions() {
		List<IResourceDescription> result = loaded;
		if (result != null) {
			return result;
		}
		synchronized (this) {
			if (loaded == null && !loading) {
				loading = true;
				try {
					loaded = load();
				} finally {
					loading = false;
				}
			}
			return loaded == null ? List.of() : loaded;
		}
	}

	/**
	 * The shipped top-level elements of a type (standards, mappings, profiles), loaded and linked
	 * in the library's own resource set, in index order.
	 */
	public <T extends TopLevelElement> List<T> elements(Class<T> type) {
		descriptions();
		List<T> result = new ArrayList<>();
		synchronized (this) {
			if (resourceSet == null) {
				return result;
			}
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Model model) {
						for (TopLevelElement element : model.getElements()) {
							if (type.isInstance(element)) {
								result.add(type.cast(element));
							}
						}
					}
				}
			}
		}
		return result;
	}

	/** True for resources of the library's own resource set (they must not see themselves twice). */
	public boolean owns(ResourceSet set) {
		return set != null && set == resourceSet;
	}

	/**
	 * Runs {@code reader} on the library's own, fully linked resource of a shipped file (what the
	 * workbench shows of a shipped file opened read-only), one reader at a time; returns null
	 * when {@code uri} is not a shipped file. The resources never change once loaded, but EMF and
	 * Xtext fill caches as they are read, so readers do not overlap.
	 */
	public <T> T read(URI uri, Function<XtextResource, T> reader) {
		descriptions();
		synchronized (this) {
			Resource resource = resourceSet == null ? null : resourceSet.getResource(uri, false);
			return resource instanceof XtextResource xtext ? reader.apply(xtext) : null;
		}
	}

	/** The URIs of the shipped .smm files, in index order. */
	public static List<URI> shippedUris() {
		ClassLoader loader = ShippedLibrary.class.getClassLoader();
		List<URI> uris = new ArrayList<>();
		try (InputStream in = loader.getResourceAsStream(INDEX)) {
			if (in == null) {
				return uris;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; (line = reader.readLine()) != null;) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				URL url = loader.getResource(FOLDER + line);
				if (url != null) {
					uris.add(URI.createURI(url.toString()));
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read the shipped SMM catalog index " + INDEX, e);
		}
		return uris;
	}

	private List<IResourceDescription> load() {
		resourceSet = resourceSets.get();
		List<Resource> resources = new ArrayList<>();
		for (URI uri : shippedUris()) {
			resources.add(resourceSet.getResource(uri, true));
		}
		EcoreUtil.resolveAll(resourceSet);
		List<IResourceDescription> result = new ArrayList<>();
		for (Resource resource : resources) {
			result.add(descriptions.getResourceDescription(resource));
		}
		return List.copyOf(result);
	}
}
