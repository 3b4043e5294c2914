package org.iotsmm.fuzz;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Target (a): any bytes as a .smm file through parse + link + validate ({@code smm validate}) and
 * the formatter's parse and serialisation ({@code smm format --check}). Promised: exit 0, 1 or 2,
 * every diagnostic located (file:line:col), no stack trace, the file untouched.
 */
public final class SmmTextFuzzer {

	private SmmTextFuzzer() {
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
			Harness.assertLocated(Harness.smm("-q", "validate", model.toString()));
			Harness.smm("-q", "format", "--check", model.toString());
			if (!Arrays.equals(data, Harness.read(model))) {
				throw new Harness.Finding("validate or format --check changed the model file");
			}
		} finally {
			Harness.delete(dir);
		}
	}
}
