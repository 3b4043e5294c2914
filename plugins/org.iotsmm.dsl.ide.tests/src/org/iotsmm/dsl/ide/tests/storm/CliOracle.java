package org.iotsmm.dsl.ide.tests.storm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;

import com.google.inject.Injector;

/**
 * What {@code smm validate} says about a text: the CLI's own loader and validator
 * ({@link ModelLoader} on an injector from {@link SmmStandaloneSetup}, as {@code Models} builds
 * it), each problem as {@code line:column: severity: message}, in the order of the text.
 */
public final class CliOracle {

	private static Injector injector;

	private CliOracle() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = SmmStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Writes the text as {@code folder/name} and validates it alone, as {@code smm validate folder/name} does. */
	public static List<String> validate(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return injector().getInstance(ModelLoader.class).load(List.of(file)).problems().stream()
				.map(CliOracle::key).sorted().toList();
	}

	private static String key(Problem problem) {
		return problem.line() + ":" + problem.column() + ": " + problem.severity().label() + ": " + problem.message();
	}

	/** The server's diagnostics in the same form (LSP counts lines and characters from 0). */
	public static List<String> keys(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ":"
				+ (d.getRange().getStart().getCharacter() + 1) + ": " + severity(d) + ": " + message(d)).sorted().toList();
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
	}

	private static String severity(Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == null) {
			return "error";
		}
		return switch (diagnostic.getSeverity()) {
		case Error -> "error";
		case Warning -> "warning";
		default -> "info";
		};
	}
}
