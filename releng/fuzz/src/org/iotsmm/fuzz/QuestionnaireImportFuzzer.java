package org.iotsmm.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.iotsmm.report.Questionnaire;

/**
 * Target (b): {@code smm import q.xlsx --into model.smm} with a fuzzed workbook, into a copy of the
 * getting-started example (the model the seed questionnaires were made from). The input is
 * {@link WorkbookContainer} text (the workbook's parts, uncompressed, so the fuzzer mutates XML
 * rather than deflated bytes) or a raw .xlsx.
 * Promised: the reader answers with its own error (IllegalArgumentException naming sheet and cell,
 * or IOException / POI's exceptions for a damaged file); the command exits 0, 1 or 2 without stack
 * trace; a refused import leaves the model byte for byte; an accepted one leaves a model that validates.
 */
public final class QuestionnaireImportFuzzer {

	private static byte[] model;

	private QuestionnaireImportFuzzer() {
	}

	public static void fuzzerInitialize() {
		Harness.initialise();
		model = Harness.read(Harness.root().resolve("examples/getting-started/getting-started.smm"));
		fuzzerTestOneInput(Harness.read(Harness.root().resolve("releng/fuzz/corpus/questionnaire-import/filled"))); // warm-up: see Harness.initialise
	}

	public static void fuzzerTestOneInput(byte[] data) {
		byte[] workbook = WorkbookContainer.toXlsx(data);
		try {
			Questionnaire.read(new ByteArrayInputStream(workbook));
		} catch (IllegalArgumentException | IOException e) {
			// the reader's own answer, or a damaged file
		} catch (RuntimeException e) {
			if (!WorkbookContainer.isPoiCorruptFileError(e)) {
				throw e;
			}
		}
		Path dir = Harness.scratch();
		try {
			Path xlsx = dir.resolve("q.xlsx");
			Path into = dir.resolve("getting-started.smm");
			Harness.write(xlsx, workbook);
			Harness.write(into, model);
			Harness.Result imported = Harness.smm("-q", "import", xlsx.toString(), "--into", into.toString(), "--assessor", "Ana",
					"--date", "2026-11-02", "--name", "Fuzzed");
			if (imported.exit() != 0) {
				if (!Arrays.equals(model, Harness.read(into))) {
					throw new Harness.Finding("a refused import (exit " + imported.exit() + ") changed the model");
				}
			} else {
				Harness.Result validate = Harness.smm("-q", "validate", into.toString());
				if (validate.exit() != 0) {
					throw new Harness.Finding("the imported model does not validate:\n" + validate.out());
				}
			}
			try (var left = Files.list(dir)) {
				long others = left.filter(p -> !p.equals(xlsx) && !p.equals(into)).count();
				if (others > 0) {
					throw new Harness.Finding("smm import left " + others + " temporary file(s) beside the model");
				}
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			Harness.delete(dir);
		}
	}
}
