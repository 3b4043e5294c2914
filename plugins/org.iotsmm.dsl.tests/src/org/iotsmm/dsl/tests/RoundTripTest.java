package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parse, serialize, parse: the two models are equal, for every example and the shipped catalog. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class RoundTripTest {

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> models() throws Exception {
		Path catalog = Repo.root().resolve("plugins/org.iotsmm.catalog/org/iotsmm/catalog");
		try (Stream<Path> examples = Files.walk(Repo.examples()); Stream<Path> shipped = Files.list(catalog)) {
			return Stream.concat(examples, shipped).filter(p -> p.toString().endsWith(".smm")).sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void serializedModelParsesToAnEqualModel(Path file) throws Exception {
		EObject original = parse(Files.readString(file), file.getFileName().toString());
		String text = serializer.serialize(original, SaveOptions.newBuilder().format().getOptions());
		EObject again = parse(text, "again-" + file.getFileName());
		assertTrue(EcoreUtil.equals(original, again), "round trip changed the model of " + file + ":\n" + text);
	}

	private EObject parse(String text, String name) throws Exception {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(resource);
		assertTrue(resource.getErrors().isEmpty(), name + " does not parse: " + resource.getErrors());
		return resource.getContents().get(0);
	}
}
