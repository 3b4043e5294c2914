package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Broken input yields diagnostics that name a line, and never an exception or a hang. The time
 * limits only catch hangs (runaway parsing); they are not performance targets.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class MalformedInputTest {

	private static final Duration HANG = Duration.ofSeconds(120);

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	static List<Path> examples() throws Exception {
		try (Stream<Path> files = Files.walk(Repo.examples())) {
			return files.filter(p -> p.toString().endsWith(".smm")).sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void truncatedExamplesGiveSyntaxErrors(Path example) throws Exception {
		String text = Files.readString(example);
		Random random = new Random(example.getFileName().toString().hashCode());
		int firstBrace = text.indexOf('{') + 1;
		int lastBrace = text.lastIndexOf('}');
		for (int i = 0; i < 12; i++) {
			// inside the system block: the closing brace is always missing
			int cut = firstBrace + random.nextInt(lastBrace - firstBrace);
			LoadedModels models = load("truncated.smm", text.substring(0, cut));
			assertTrue(models.hasErrors(), "a file cut at offset " + cut + " of " + example + " should have an error");
		}
	}

	@Test
	void randomBytesGiveDiagnostics() throws Exception {
		Random random = new Random(42);
		for (int i = 0; i < 20; i++) {
			byte[] bytes = new byte[1 + random.nextInt(4000)];
			random.nextBytes(bytes);
			Path file = dir.resolve("random" + i + ".smm");
			Files.write(file, bytes);
			LoadedModels models = assertTimeoutPreemptively(HANG, () -> loader.load(List.of(file)));
			assertTrue(models.hasErrors(), "random bytes parsed without error");
		}
	}

	@Test
	void fiveMegabytesOfGarbage() throws Exception {
		StringBuilder garbage = new StringBuilder(5 * 1024 * 1024);
		Random random = new Random(7);
		String[] pieces = { "zone", "{", "}", "system", "\"", "level", "->", "42", "practice", "x.y", "\n", "@@", "target" };
		while (garbage.length() < 5 * 1024 * 1024) {
			garbage.append(pieces[random.nextInt(pieces.length)]).append(' ');
		}
		LoadedModels models = assertTimeoutPreemptively(HANG, () -> load("garbage.smm", garbage.toString()));
		assertTrue(models.hasErrors());
		assertLocated(models);
	}

	@Test
	void zonesNestedTenThousandDeep() throws Exception {
		StringBuilder text = new StringBuilder("system Deep uses catalog SMM version 1.2 {\n");
		for (int i = 0; i < 10_000; i++) {
			text.append("zone Z").append(i).append(" {\n");
		}
		text.append("device D\n");
		for (int i = 0; i < 10_000; i++) {
			text.append("}\n");
		}
		text.append("}\n");
		LoadedModels models = assertTimeoutPreemptively(HANG, () -> load("deep.smm", text.toString()));
		// refused before parsing (InputLimits.MAX_BLOCK_DEPTH), so no stack is at risk
		assertTrue(models.problems().stream().anyMatch(p -> p.code().endsWith("nesting-too-deep")),
				"expected the nesting limit to be reported: " + models.problems());
		assertLocated(models);
	}

	@Test
	void oneMegabyteString() throws Exception {
		String big = "x".repeat(1024 * 1024);
		LoadedModels models = assertTimeoutPreemptively(HANG,
				() -> load("bigstring.smm", "system Big \"" + big + "\" uses catalog SMM version 1.2 {\n  device D \"" + big + "\"\n}\n"));
		assertFalse(models.hasErrors(), "a long string is legal: " + models.errors());
		LoadedModels unterminated = assertTimeoutPreemptively(HANG,
				() -> load("unterminated.smm", "system Big uses catalog SMM version 1.2 {\n  device D \"" + big + "\n}\n"));
		assertTrue(unterminated.hasErrors(), "an unterminated string must be reported");
		assertLocated(unterminated);
	}

	@Test
	void emptyAndCommentOnlyFilesAreFine() throws Exception {
		assertFalse(load("empty.smm", "").hasErrors());
		assertFalse(load("comment.smm", "// nothing yet\n/* still nothing */\n").hasErrors());
	}

	private LoadedModels load(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return loader.load(List.of(file));
	}

	private static void assertLocated(LoadedModels models) {
		List<String> unlocated = new ArrayList<>();
		for (Problem problem : models.problems()) {
			if (problem.line() < 1 || problem.message().isBlank()) {
				unlocated.add(problem.format());
			}
		}
		assertTrue(unlocated.isEmpty(), "diagnostics without position or message: " + unlocated);
	}
}
