package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.formatting2.SmmFormatting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** One canonical layout: a messy file formats to the golden file; formatting is stable and keeps the model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class FormatterTest {

	@Inject
	private SmmFormatting formatting;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> models() throws Exception {
		try (Stream<Path> examples = Files.walk(Repo.examples())) {
			return Stream.concat(examples.filter(p -> p.toString().endsWith(".smm")),
					Stream.of(Repo.fixture("formatting/messy.smm"))).sorted().toList();
		}
	}

	@Test
	void messyFileFormatsToTheGoldenLayout() throws Exception {
		String formatted = formatting.format(parse(Files.readString(Repo.fixture("formatting/messy.smm"))));
		assertEquals(Files.readString(Repo.fixture("formatting/messy.formatted.smm")), formatted);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void formattingIsStableAndKeepsTheModel(Path file) throws Exception {
		XtextResource original = parse(Files.readString(file));
		String once = formatting.format(original);
		XtextResource reparsed = parse(once);
		assertTrue(reparsed.getErrors().isEmpty(), "formatted text does not parse: " + reparsed.getErrors());
		assertTrue(EcoreUtil.equals(original.getContents().get(0), reparsed.getContents().get(0)),
				"formatting changed the model of " + file);
		assertEquals(once, formatting.format(reparsed), "formatting twice changes the text of " + file);
	}

	static List<Path> shippedAndExamples() throws Exception {
		Path catalog = Repo.root().resolve("plugins/org.iotsmm.catalog/org/iotsmm/catalog");
		try (Stream<Path> examples = Files.walk(Repo.examples()); Stream<Path> shipped = Files.list(catalog)) {
			return Stream.concat(examples, shipped).filter(p -> p.toString().endsWith(".smm")).sorted().toList();
		}
	}

	/** Keeps the bundled models in the layout `smm format` produces, so users' diffs start clean. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("shippedAndExamples")
	void bundledModelsAreInCanonicalLayout(Path file) throws Exception {
		String text = Files.readString(file);
		assertEquals(text, formatting.format(parse(text)), file + " is not formatted; run ./smm format " + file);
	}

	@Test
	void profileRulesGetOneClausePerLine() throws Exception {
		String messy = """
				profile P version 1.0 extends catalog SMM version 1.2 {
				  rule R "Title" {   when zone property "SL-T">=3 and   tagged "x"
				expect target level>=3 scope industry for AccessControl ,PatchManagement }
				 rule F { when flow carries "card data" expect encrypted   authenticated }
				}
				""";
		String canonical = """
				profile P version 1.0 extends catalog SMM version 1.2 {
				  rule R "Title" {
				    when zone property "SL-T" >= 3 and tagged "x"
				    expect target level >= 3 scope industry for AccessControl, PatchManagement
				  }

				  rule F {
				    when flow carries "card data"
				    expect encrypted authenticated
				  }
				}
				""";
		assertEquals(canonical, formatting.format(parse(messy)));
		assertEquals(canonical, formatting.format(parse(canonical)));
	}

	@Test
	void refusesToFormatTextWithSyntaxErrors() throws Exception {
		XtextResource broken = parse("system Broken uses catalog SMM version 1.2 { zone }");
		assertThrows(IllegalArgumentException.class, () -> formatting.format(broken));
	}

	private XtextResource parse(String text) throws Exception {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/model" + text.hashCode() + ".smm"));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(resource);
		return resource;
	}
}
