package org.iotsmm.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Target (d): models that validate go through the gap analysis and every writer: {@code smm report}
 * with all formats (HTML, PDF, Markdown, JSON, CSV, XLSX, SVG, PNG, OSCAL) and {@code smm questionnaire}.
 * Promised: exit 0, 1 or 2 without stack trace; on success every listed file exists and is not
 * empty and nothing else is left in the folder; the model file is untouched.
 */
public final class ReportFuzzer {

	private static final String ALL_FORMATS = "html,pdf,md,json,csv,xlsx,svg,png,oscal";

	private ReportFuzzer() {
	}

	public static void fuzzerInitialize() {
		Harness.initialise();
		fuzzerTestOneInput(Harness.read(Harness.root().resolve("examples/getting-started/getting-started.smm"))); // warm-up: see Harness.initialise
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Path dir = Harness.scratch();
		try {
			Path model = dir.resolve("model.smm");
			Harness.write(model, data);
			Harness.Result validate = Harness.smm("-q", "validate", model.toString());
			Harness.assertLocated(validate);
			if (validate.exit() != 0) {
				return; // the writers only ever see models that validate
			}
			Path out = dir.resolve("out");
			Harness.Result report = Harness.smm("-q", "report", model.toString(), "-o", out.toString(), "--format", ALL_FORMATS);
			if (report.exit() == 0) {
				assertExactlyListed(out, report.out());
			}
			Path workbook = dir.resolve("q.xlsx");
			Harness.Result questionnaire = Harness.smm("-q", "questionnaire", model.toString(), "-o", workbook.toString());
			if (questionnaire.exit() == 0 && !(Files.isRegularFile(workbook) && size(workbook) > 0)) {
				throw new Harness.Finding("smm questionnaire exited 0 without writing " + workbook);
			}
			if (!Arrays.equals(data, Harness.read(model))) {
				throw new Harness.Finding("a writer changed the model file");
			}
		} finally {
			Harness.delete(dir);
		}
	}

	private static void assertExactlyListed(Path out, String stdout) {
		Set<String> listed = new TreeSet<>();
		for (String line : stdout.split("\n")) {
			if (!line.isBlank()) {
				Path file = Path.of(line.strip());
				if (!Files.isRegularFile(file) || size(file) == 0) {
					throw new Harness.Finding("smm report listed " + file + " but it is missing or empty");
				}
				listed.add(out.relativize(file).toString());
			}
		}
		Set<String> present = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(out)) {
			walk.filter(Files::isRegularFile).forEach(p -> present.add(out.relativize(p).toString()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		present.removeAll(listed);
		if (!present.isEmpty()) {
			throw new Harness.Finding("smm report left files it did not list: " + List.copyOf(present));
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
