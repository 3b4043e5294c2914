package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that the fuzzer (releng/fuzz.sh) found crashing, hanging or exhausting memory, kept as
 * fixtures under fixtures/fuzz/TARGET/. Each runs through the command its target drives and must
 * get the located error written in its NAME.expect (file:line:col), an exit code of 1 or 2, no
 * stack trace, and its input untouched. smm-text: smm validate, then smm format --check;
 * questionnaire-import: smm import into a copy of examples/getting-started.
 */
class FuzzRegressionTest {

	@TempDir
	Path temp;

	static Stream<String> smmText() throws Exception {
		return fixtures("smm-text");
	}

	static Stream<String> questionnaireImport() throws Exception {
		return fixtures("questionnaire-import");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("smmText")
	void smmText(String name) throws Exception {
		Path model = copy("smm-text", name, "model.smm");
		Run validate = Run.smm("validate", "-q", model.toString());
		assertTrue(validate.code() <= 2, validate.toString());
		assertNoStackTrace(validate);
		Run format = Run.smm("format", "--check", model.toString());
		assertAnswered(format, "smm-text", name);
		assertArrayEquals(Files.readAllBytes(fixture("smm-text", name)), Files.readAllBytes(model), "the model is untouched");
	}

	/** Also what reaches the process's own stderr: libraries (POI) log there, outside the command's streams. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("questionnaireImport")
	void questionnaireImport(String name) throws Exception {
		Path workbook = copy("questionnaire-import", name, "q.xlsx");
		Path model = temp.resolve("getting-started.smm");
		Files.copy(Repo.example("getting-started").resolve("getting-started.smm"), model);
		byte[] before = Files.readAllBytes(model);
		java.io.PrintStream stderr = System.err;
		java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
		Run run;
		System.setErr(new java.io.PrintStream(logged, true, StandardCharsets.UTF_8));
		try {
			run = Run.smm("import", "-q", workbook.toString(), "--into", model.toString(), "--assessor", "Ana", "--date",
					"2026-11-02", "--name", "Fuzzed");
		} finally {
			System.setErr(stderr);
		}
		assertAnswered(run, "questionnaire-import", name);
		assertNoStackTrace(new Run(run.code(), logged.toString(StandardCharsets.UTF_8), ""));
		assertArrayEquals(before, Files.readAllBytes(model), "a refused import leaves the model byte for byte");
	}

	/** Exit 1 or 2, the expected located message, no stack trace. */
	private static void assertAnswered(Run run, String target, String name) throws Exception {
		assertTrue(run.code() == 1 || run.code() == 2, run.toString());
		assertNoStackTrace(run);
		String expected = Files.readString(fixture(target, name + ".expect"), StandardCharsets.UTF_8).strip();
		assertTrue((run.out() + run.err()).contains(expected), "expected '" + expected + "' in\n" + run);
	}

	private static void assertNoStackTrace(Run run) {
		String all = run.out() + run.err();
		assertFalse(all.matches("(?s).*(\\n\\s+at [\\w$.]+\\(|Exception in thread|Caused by: |java\\.lang\\.\\w+(Exception|Error)).*"),
				"no stack trace or raw exception name:\n" + run);
	}

	private Path copy(String target, String name, String as) throws Exception {
		Path file = temp.resolve(as);
		Files.copy(fixture(target, name), file);
		return file;
	}

	private static Path fixture(String target, String name) {
		return Repo.fixture("fuzz").resolve(target).resolve(name);
	}

	private static Stream<String> fixtures(String target) throws Exception {
		Path dir = Repo.fixture("fuzz").resolve(target);
		if (!Files.isDirectory(dir)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(dir)) {
			List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expect")).sorted().toList();
			return names.stream();
		}
	}
}
