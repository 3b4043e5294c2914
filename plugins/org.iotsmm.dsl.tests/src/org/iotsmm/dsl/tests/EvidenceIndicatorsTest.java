package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.dsl.validation.IssueCodes;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.EvidenceKind;
import org.iotsmm.smm.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Evidence kinds and the indicators an evidence item shows: what the parser puts into the model,
 * where an unknown indicator is reported, and that kind names stay usable as identifiers.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class EvidenceIndicatorsTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	private static final String SYSTEM = """
			system Plant uses catalog SMM version 1.2 {
			  stakeholder Auditor role assessor
			  zone Floor {
			    gateway Edge
			  }
			  target Year1 {
			    practice ThreatModeling level 3
			  }
			  assessment Baseline date 2026-03-14 by Auditor against Year1 {
			    practice ThreatModeling level 3
			%s
			  }
			}
			""";

	private LoadedModels load(String evidenceLines) throws Exception {
		Path file = dir.resolve("plant.smm");
		Files.writeString(file, SYSTEM.formatted(evidenceLines));
		return loader.load(List.of(file));
	}

	private static String all(LoadedModels models) {
		return models.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
	}

	@Test
	void kindsAndIndicatorOrdinalsReachTheModel() throws Exception {
		LoadedModels models = load("""
				      evidence configuration "Repository settings" shows indicators 3, 1
				      evidence "Workshop notes" ref "notes.pdf" dated 2026-03-01
				""");
		assertEquals("", all(models));
		Finding finding = models.systems().get(0).getAssessments().get(0).getFindings().get(0);
		Evidence first = finding.getEvidence().get(0);
		assertEquals(EvidenceKind.CONFIGURATION, first.getKind());
		assertEquals(List.of(3, 1), first.getIndicators());
		Evidence second = finding.getEvidence().get(1);
		assertEquals(EvidenceKind.UNSPECIFIED, second.getKind(), "no kind written: unspecified");
		assertTrue(second.getIndicators().isEmpty());
	}

	@Test
	void unknownIndicatorIsAnErrorAtTheOrdinal() throws Exception {
		LoadedModels models = load("""
				      evidence document "Threat model v3" shows indicators 2, 7
				""");
		List<Problem> errors = models.errors();
		assertEquals(1, errors.size(), all(models));
		Problem error = errors.get(0);
		assertEquals(IssueCodes.UNKNOWN_INDICATOR, error.code());
		assertEquals(11, error.line(), "the evidence line");
		assertEquals(63, error.column(), "the column of the 7: " + error.format());
		assertTrue(error.message().contains("Indicator 7") && error.message().contains("ThreatModeling")
				&& error.message().contains("4 indicators at level 3"), error.message());
	}

	@Test
	void unknownKindIsASyntaxErrorListingTheKinds() throws Exception {
		LoadedModels models = load("""
				      evidence memo "Threat model v3" shows indicator 1
				""");
		List<Problem> errors = models.errors();
		assertEquals(1, errors.size(), all(models));
		assertEquals(11, errors.get(0).line());
		assertTrue(errors.get(0).message().contains("'memo' is not a kind of evidence")
				&& errors.get(0).message().contains("document, interview, observation, test, configuration, sample"),
				errors.get(0).message());
	}

	@Test
	void levelThreeWithoutIndicatorIsWarnedAndNamesPracticeAndLevel() throws Exception {
		LoadedModels models = load("""
				      evidence document "Threat model v3"
				""");
		assertTrue(models.errors().isEmpty(), all(models));
		List<Problem> warnings = models.warnings().stream()
				.filter(p -> IssueCodes.NO_INDICATOR_EVIDENCED.equals(p.code())).toList();
		assertEquals(1, warnings.size(), all(models));
		assertEquals(10, warnings.get(0).line(), "the finding's line");
		assertTrue(warnings.get(0).message().contains("ThreatModeling") && warnings.get(0).message().contains("level 3")
				&& warnings.get(0).message().contains("shows indicators"), warnings.get(0).message());
	}

	@Test
	void kindNamesStayUsableAsIdentifiers() throws Exception {
		Path file = dir.resolve("names.smm");
		Files.writeString(file, """
				system test uses catalog SMM version 1.2 {
				  stakeholder document role assessor
				  zone sample {
				    gateway observation
				    device interview
				    service configuration
				  }
				  target Year1 {
				    practice ThreatModeling level 1 on sample.observation
				  }
				  assessment Baseline date 2026-03-14 by document against Year1 {
				    practice ThreatModeling level 1 on sample.observation
				      evidence test "Bench test of the gateway" shows indicator 2
				  }
				}
				""");
		LoadedModels models = loader.load(List.of(file));
		assertTrue(models.errors().isEmpty(), all(models));
		Evidence evidence = models.systems().get(0).getAssessments().get(0).getFindings().get(0).getEvidence().get(0);
		assertEquals(EvidenceKind.TEST, evidence.getKind());
	}
}
