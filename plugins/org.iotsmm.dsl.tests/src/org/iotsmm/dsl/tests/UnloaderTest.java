package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LinearUnloader;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language's unloader turns a replaced model into the same proxies as Xtext's generic one
 * (EMF's URI of each object), for whole models and for a part of one, and it is the one bound.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class UnloaderTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IReferableElementsUnloader bound;

	static List<Path> examples() throws Exception {
		try (var files = Files.walk(Repo.examples())) {
			return files.filter(p -> p.toString().endsWith(".smm")).sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void proxiesAreTheGenericUnloadersForTheWholeModelAndForAPart(Path example) throws Exception {
		assertTrue(bound instanceof LinearUnloader, "bound: " + bound.getClass());
		String text = Files.readString(example);
		assertEquals(proxies(text, new IReferableElementsUnloader.GenericUnloader(), false),
				proxies(text, new LinearUnloader(), false));
		assertEquals(proxies(text, new IReferableElementsUnloader.GenericUnloader(), true),
				proxies(text, new LinearUnloader(), true));
	}

	/** Unloads the model (or its last top-level child's last child, a part deep in it) and lists each object's proxy URI. */
	private List<String> proxies(String text, IReferableElementsUnloader unloader, boolean part) throws Exception {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("platform:/resource/p/system.smm"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EObject root = resource.getContents().get(0);
		if (part) {
			while (!root.eContents().isEmpty()) {
				root = root.eContents().get(root.eContents().size() - 1);
				if (root.eContents().size() > 1) {
					root = root.eContents().get(root.eContents().size() / 2);
					break;
				}
			}
		}
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		root.eAllContents().forEachRemaining(objects::add);
		unloader.unloadRoot(root);
		List<String> uris = new ArrayList<>();
		for (EObject object : objects) {
			uris.add(((InternalEObject) object).eProxyURI() + " " + object.eClass().getName() + " " + object.eAdapters().size());
		}
		return uris;
	}
}
