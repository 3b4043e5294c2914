package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 17: messages that name every declaration involved, requires cycles, templates of other
 * profiles, and did-you-mean for unknown names. Each test reads a fixture and checks the exact
 * places and words a user sees.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class NamesCyclesAndSuggestionsTest {

	@Inject
	private ModelLoader loader;

	@Inject
	private com.google.inject.Provider<org.eclipse.xtext.resource.XtextResourceSet> resourceSets;

	private static List<Problem> withCode(LoadedModels models, String code) {
		return models.problems().stream().filter(p -> code.equals(p.code())).toList();
	}

	@Test
	void aSystemNameDeclaredInTwoFilesIsAnErrorAtBothDeclarations() throws Exception {
		LoadedModels models = loader.load(List.of(Repo.fixture("duplicate-files")));
		List<Problem> errors = withCode(models, IssueCodes.DUPLICATE_NAME);
		assertEquals(List.of("first.smm:1", "second.smm:3"),
				errors.stream().map(p -> p.file().getFileName() + ":" + p.line()).toList(), errors.toString());
		assertTrue(errors.get(0).message().contains("also declared in") && errors.get(0).message().contains("second.smm (line 3)"),
				errors.get(0).message());
		assertTrue(errors.get(1).message().contains("first.smm (line 1)"), errors.get(1).message());
	}

	@Test
	void aDuplicateComponentIsReportedAtBothDeclarations() throws Exception {
		// duplicate-name-fails.smm declares zone Floor on lines 6 and 15
		LoadedModels models = loader.load(List.of(Repo.fixture("validation/duplicate-name-fails.smm")));
		List<Problem> errors = withCode(models, IssueCodes.DUPLICATE_NAME);
		assertEquals(List.of(6, 15), errors.stream().map(Problem::line).toList(), errors.toString());
		assertTrue(errors.get(0).message().contains("also on line 15"), errors.get(0).message());
		assertTrue(errors.get(1).message().contains("also on line 6"), errors.get(1).message());
	}

	@Test
	void aRequiresCycleIsWarnedAtEachMemberNamingTheMembers() throws Exception {
		// Alone requires itself (line 5); First -> Second -> Third -> First (lines 6-8); Free only leads in.
		LoadedModels models = loader.load(List.of(Repo.fixture("validation/requires-cycle-warns.smm")));
		List<Problem> warnings = withCode(models, IssueCodes.REQUIRES_CYCLE);
		assertEquals(List.of(5, 6, 7, 8), warnings.stream().map(Problem::line).toList(), warnings.toString());
		assertTrue(warnings.get(0).message().startsWith("Practice Alone requires itself"), warnings.get(0).message());
		for (Problem p : warnings.subList(1, 4)) {
			assertTrue(p.message().startsWith("Practices First, Second, Third require each other in a cycle"),
					p.message());
		}
	}

	@Test
	void aTemplateMustComeFromTheSystemsOwnProfile() throws Exception {
		LoadedModels other = loader.load(List.of(Repo.fixture("validation/template-of-other-profile-fails.smm")));
		Problem error = withCode(other, IssueCodes.UNKNOWN_REFERENCE).get(0);
		assertEquals(4, error.line());
		assertTrue(error.message().contains("only a template of its system's profile, RetailPOS"), error.message());
		assertTrue(error.message().contains("StoreBaseline"), "names the template it can use: " + error.message());

		LoadedModels none = loader.load(List.of(Repo.fixture("validation/template-without-profile-fails.smm")));
		Problem noProfile = withCode(none, IssueCodes.UNKNOWN_REFERENCE).get(0);
		assertTrue(noProfile.message().contains("System Store uses no profile"), noProfile.message());
	}

	@Test
	void anUnknownPracticeShowsTheNearestNamesFirst() throws Exception {
		// "ThreatModelling" is one letter from ThreatModeling; alphabetically it came after the first eight.
		LoadedModels models = loader.load(List.of(Repo.fixture("validation/unknown-practice-fails.smm")));
		Problem error = withCode(models, IssueCodes.UNKNOWN_REFERENCE).get(0);
		assertTrue(error.message().startsWith(
				"Unknown domain, subdomain or practice 'ThreatModelling'. Did you mean 'ThreatModeling'? Known, nearest first: ThreatModeling, "),
				error.message());
		// the suggestion is also in the issue data, after the written name, for quick fixes
		Resource resource = models.resources().values().iterator().next();
		AbstractDiagnostic diagnostic = (AbstractDiagnostic) resource.getErrors().stream()
				.filter(d -> d instanceof AbstractDiagnostic a && IssueCodes.UNKNOWN_REFERENCE.equals(a.getCode()))
				.findFirst().orElseThrow();
		assertEquals("ThreatModelling", diagnostic.getData()[0]);
		assertEquals("ThreatModeling", diagnostic.getData()[1], Arrays.toString(diagnostic.getData()));
	}

	/**
	 * Xtext looks for the diagnostic of every reference that resolves while the file has an error,
	 * and it used to do so by building that reference's failure message: a did-you-mean search
	 * through its scope per resolved reference, which made linking the bottling line with one
	 * misspelt practice ask for 131 messages instead of 1 (and a 200-component system 40 times
	 * slower to link than without the typo).
	 */
	@Test
	void onlyTheReferenceThatFailsGetsAMessage() throws Exception {
		String text = java.nio.file.Files.readString(Repo.examples().resolve("bottling-line/bottling-line.smm"));
		String written = "practice AccessControl level 3 scope industry on DMZ";
		assertTrue(text.contains(written), "the example still has the target entry this test misspells");
		text = text.replace(written, "practice AccessKontrol level 3 scope industry on DMZ");
		org.eclipse.xtext.resource.XtextResourceSet set = resourceSets.get();
		org.iotsmm.dsl.loading.SmmResource resource = (org.iotsmm.dsl.loading.SmmResource) set
				.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/bottling-line.smm"));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider messages = resource.getDiagnosticMessageProvider();
		List<String> asked = new java.util.ArrayList<>();
		resource.setDiagnosticMessageProvider(context -> {
			asked.add(context.getLinkText());
			return messages.getUnresolvedProxyMessage(context);
		});
		org.eclipse.xtext.EcoreUtil2.resolveLazyCrossReferences(resource, org.eclipse.xtext.util.CancelIndicator.NullImpl);

		assertEquals(List.of("AccessKontrol"), asked);
		List<String> errors = resource.getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith("Unknown domain, subdomain or practice 'AccessKontrol'. Did you mean 'AccessControl'?"),
				errors.get(0));
	}
}
