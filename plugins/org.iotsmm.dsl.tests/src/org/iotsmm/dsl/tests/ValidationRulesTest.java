package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.dsl.loading.Problem.Severity;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Each validation rule has a fixture that breaks it and one that passes. The expectation is the
 * fixture's first line: {@code // expect-error: CODE}, {@code // expect-warning: CODE} (CODE
 * without the org.iotsmm.dsl. prefix, or {@code any}) or {@code // expect: clean}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class ValidationRulesTest {

	private static final String CODE_PREFIX = "org.iotsmm.dsl.";

	@Inject
	private ModelLoader loader;

	static List<Path> fixtures() throws Exception {
		try (Stream<Path> files = Files.list(Repo.fixture("validation"))) {
			return files.filter(p -> p.toString().endsWith(".smm")).sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void fixtureGetsExactlyTheExpectedDiagnostics(Path fixture) throws Exception {
		String expectation = Files.readAllLines(fixture).get(0).trim();
		LoadedModels models = loader.load(List.of(fixture));
		List<Problem> problems = models.problems();
		String all = problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
		if (expectation.equals("// expect: clean")) {
			assertEquals("", all, "expected no diagnostics");
		} else if (expectation.startsWith("// expect-error: ")) {
			expect(problems, Severity.ERROR, expectation.substring("// expect-error: ".length()), all);
		} else if (expectation.startsWith("// expect-warning: ")) {
			expect(problems, Severity.WARNING, expectation.substring("// expect-warning: ".length()), all);
			assertTrue(models.errors().isEmpty(), "a warning fixture must have no errors:\n" + all);
		} else {
			fail(fixture + " does not start with an expectation line");
		}
		for (Problem problem : problems) {
			assertTrue(problem.line() >= 1 && problem.column() >= 1, "position missing: " + problem.format());
			assertTrue(problem.message().length() > 20, "message too terse: " + problem.format());
		}
	}

	private static void expect(List<Problem> problems, Severity severity, String code, String all) {
		boolean found = problems.stream().anyMatch(p -> p.severity() == severity
				&& ("any".equals(code) || (CODE_PREFIX + code).equals(p.code())));
		assertTrue(found, "expected a " + severity + " with code " + code + " but got:\n" + all);
	}
}
