package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.loading.InputLimits;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.dsl.validation.IssueCodes;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.ComponentKind;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.SmmFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The limits of docs/language.md ("Limits"): just beyond each one the file gets one located error
 * with its issue code, quickly and within a small stack, instead of exhausting memory or stack.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class InputLimitsTest {

	private static final Duration HANG = Duration.ofSeconds(120);

	/** A thread stack far smaller than smm's, as editors and language servers have. */
	private static final long SMALL_STACK = 512 * 1024;

	@Inject
	private ModelLoader loader;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@TempDir
	Path dir;

	@Test
	void fileLargerThanTheLimitIsRefusedUnread() throws Exception {
		Path file = dir.resolve("huge.smm");
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] line = ("// " + "x".repeat(1020) + "\n").getBytes(StandardCharsets.US_ASCII);
			for (long written = 0; written <= InputLimits.MAX_FILE_BYTES; written += line.length) {
				out.write(line);
			}
		}
		Problem problem = only(assertTimeoutPreemptively(HANG, () -> loader.load(List.of(file))), IssueCodes.FILE_TOO_LARGE);
		assertEquals(1, problem.line());
		assertEquals(1, problem.column());
		assertTrue(problem.message().contains(String.format("%,d", Files.size(file))), problem.message());
	}

	@Test
	void nestingJustBeyondTheLimitIsLocatedAtTheBraceThatGoesOver() throws Exception {
		StringBuilder text = new StringBuilder("system Deep uses catalog SMM version 1.2 {\n");
		for (int i = 1; i < InputLimits.MAX_BLOCK_DEPTH; i++) {
			text.append("  zone Z").append(i).append(" {\n");
		}
		for (int i = 1; i < InputLimits.MAX_BLOCK_DEPTH; i++) {
			text.append("}\n");
		}
		text.append("}\n");
		LoadedModels atLimit = load("at-limit.smm", text.toString());
		assertTrue(atLimit.problems().stream().noneMatch(p -> p.code().equals(IssueCodes.NESTING_TOO_DEEP)),
				"256 levels are accepted by the reader: " + atLimit.problems());
		assertTrue(atLimit.problems().stream().anyMatch(p -> p.code().equals(IssueCodes.ZONES_TOO_DEEP)),
				"and then the zone rule (64 levels) applies");

		String over = text.toString().replaceFirst("zone Z255 \\{\n", "zone Z255 {\n  zone Over {}\n");
		Problem problem = only(load("over.smm", over), IssueCodes.NESTING_TOO_DEEP);
		assertEquals(InputLimits.MAX_BLOCK_DEPTH + 1, problem.line(), "the line of the 257th open brace");
		assertEquals("  zone Over ".length() + 1, problem.column());
	}

	@Test
	void aMillionNestedBlocksNeedNeitherStackNorTime() throws Exception {
		String deep = "system Deep uses catalog SMM version 1.2 {\n" + "zone Z {\n".repeat(1_000_000) + "}\n".repeat(1_000_001);
		Path file = dir.resolve("million.smm");
		Files.writeString(file, deep);
		LoadedModels[] loaded = new LoadedModels[1];
		Throwable[] thrown = new Throwable[1];
		Thread small = new Thread(null, () -> {
			try {
				loaded[0] = loader.load(List.of(file));
			} catch (Throwable t) {
				thrown[0] = t;
			}
		}, "small-stack", SMALL_STACK);
		small.start();
		small.join(HANG.toMillis());
		assertEquals(null, thrown[0], "no exception, no StackOverflowError");
		Problem problem = only(loaded[0], IssueCodes.NESTING_TOO_DEEP);
		assertEquals(InputLimits.MAX_BLOCK_DEPTH + 1, problem.line());
	}

	@Test
	void bracesInStringsAndCommentsDoNotCount() throws Exception {
		String braces = "{".repeat(InputLimits.MAX_BLOCK_DEPTH + 10);
		LoadedModels models = load("braces.smm", "// " + braces + "\n/* " + braces + " */\nsystem S \"" + braces
				+ "\" uses catalog SMM version 1.2 {\n  device D {\n    description \"\"\"\n      " + braces
				+ "\n      \"\"\"\n  }\n}\n");
		assertFalse(models.hasErrors(), "braces in comments, strings and text blocks are text: " + models.errors());
	}

	@Test
	void stringJustBeyondTheLimit() throws Exception {
		String big = "x".repeat(InputLimits.MAX_TOKEN_CHARS + 1);
		Problem string = only(load("string.smm", "system S uses catalog SMM version 1.2 {\n  device D \"" + big + "\"\n}\n"),
				IssueCodes.STRING_TOO_LONG);
		assertEquals(2, string.line());
		assertEquals("  device D ".length() + 1, string.column());
		Problem block = only(load("block.smm", "system S uses catalog SMM version 1.2 {\n  description \"\"\"\n" + big
				+ "\n\"\"\"\n}\n"), IssueCodes.STRING_TOO_LONG);
		assertEquals(2, block.line());
		Problem name = only(load("name.smm", "system S" + big + " uses catalog SMM version 1.2 {\n}\n"),
				IssueCodes.STRING_TOO_LONG);
		assertEquals(1, name.line());
		assertEquals("system ".length() + 1, name.column());
	}

	@Test
	void stringAtTheLimitIsAccepted() throws Exception {
		String big = "x".repeat(InputLimits.MAX_TOKEN_CHARS);
		LoadedModels models = load("string.smm", "system S uses catalog SMM version 1.2 {\n  device D \"" + big + "\"\n}\n");
		assertFalse(models.hasErrors(), models.errors().toString());
	}

	@Test
	void editorReparseHoldsTheSameLimits() throws Exception {
		Path file = dir.resolve("edited.smm");
		Files.writeString(file, "system S uses catalog SMM version 1.2 {\n}\n");
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toString()), true);
		assertTrue(resource.getErrors().isEmpty());
		resource.reparse("system S uses catalog SMM version 1.2 {\n" + "zone Z {\n".repeat(300) + "}\n".repeat(301));
		assertEquals(1, resource.getErrors().size());
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.NESTING_TOO_DEEP.equals(i.getCode()) && i.getLineNumber() == 257),
				issues.toString());
		resource.reparse("system S uses catalog SMM version 1.2 {\n}\n");
		assertTrue(resource.getErrors().isEmpty(), "back within the limits, the text is read again");
	}

	@Test
	void systemWithMoreComponentsThanTheLimit() {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(dir.resolve("fleet.smm").toString()));
		Model model = SmmFactory.eINSTANCE.createModel();
		org.iotsmm.smm.System system = SmmFactory.eINSTANCE.createSystem();
		system.setName("Fleet");
		for (int i = 0; i <= InputLimits.MAX_COMPONENTS; i++) {
			Component device = SmmFactory.eINSTANCE.createComponent();
			device.setKind(ComponentKind.DEVICE);
			device.setName("D" + i);
			system.getComponents().add(device);
		}
		model.getElements().add(system);
		resource.getContents().add(model);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.TOO_MANY_COMPONENTS.equals(i.getCode())
				&& i.getMessage().contains(String.format("%,d", InputLimits.MAX_COMPONENTS + 1))), issues.toString());
		system.getComponents().remove(system.getComponents().size() - 1);
		issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.TOO_MANY_COMPONENTS.equals(i.getCode())), "100,000 are accepted");
	}

	/** Found by fuzzing: a NUL passed validation and made the PDF writer fail far from the model's line. */
	@Test
	void aControlCharacterIsRefusedWhereItStands() throws Exception {
		Problem problem = only(load("nul.smm", "system S uses catalog SMM version 1.2 {\n  description \"a\u0000b\"\n}\n"),
				IssueCodes.CONTROL_CHARACTER);
		assertEquals(2, problem.line());
		assertEquals(17, problem.column());
		assertTrue(problem.message().contains("U+0000"), problem.message());
		assertFalse(load("tab.smm", "system S uses catalog SMM version 1.2 {\n\tdescription \"a\tb\"\r\n}\n").problems().stream()
				.anyMatch(p -> p.code().equals(IssueCodes.CONTROL_CHARACTER)), "tab and CR LF are ordinary text");
	}

	/**
	 * Found by fuzzing: a text ending in a lone carriage return made Xtext read past its end while
	 * placing the syntax error at the end (swallowed, the error lost). It must read as if it ended in
	 * a line feed.
	 */
	@Test
	void aFinalCarriageReturnReadsAsALineEnd() throws Exception {
		String text = "system S uses catalog SMM version 1.2 {\n  zone Z \"z\" {\n<";
		List<String> withCr = load("cr.smm", text + "\r").problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
		List<String> withLf = load("lf.smm", text + "\n").problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
		assertFalse(withLf.isEmpty());
		assertEquals(withLf, withCr);
	}

	/** Found by fuzzing: a message quoting model text with a line break spread one problem over several lines. */
	@Test
	void aProblemIsFormattedOnOneLine() {
		Problem problem = new Problem(dir.resolve("m.smm"), 3, 5, Problem.Severity.WARNING, "cycle: A -> practice Third {\n  reqg\r\n B", "c");
		assertEquals(dir.resolve("m.smm") + ":3:5: warning: cycle: A -> practice Third { reqg B", problem.format());
	}

	private LoadedModels load(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return assertTimeoutPreemptively(HANG, () -> loader.load(List.of(file)));
	}

	/** The one problem of the file, with the given code (nothing else is reported: the file was not read). */
	private static Problem only(LoadedModels models, String code) {
		assertEquals(1, models.problems().size(), models.problems().toString());
		Problem problem = models.problems().get(0);
		assertEquals(code, problem.code());
		assertEquals(Problem.Severity.ERROR, problem.severity());
		assertTrue(problem.format().matches("(?s).+:[1-9][0-9]*:[1-9][0-9]*: error: .+"), problem.format());
		return problem;
	}
}
