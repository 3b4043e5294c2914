package org.iotsmm.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iotsmm.oscal.CatalogImport;

/**
 * Target (c): any bytes as an OSCAL catalog through {@code smm import --oscal-catalog FILE -o OUT.smm}.
 * Promised: the reader answers with its own error (IllegalArgumentException, shown as "FILE: reason;
 * nothing written") or a declaration that validates; no other exception, no stack trace; nothing is
 * written on failure.
 */
public final class OscalCatalogFuzzer {

	private OscalCatalogFuzzer() {
	}

	public static void fuzzerInitialize() {
		Harness.initialise();
		fuzzerTestOneInput(Harness.read(Harness.root().resolve("releng/fuzz/corpus/oscal-catalog/small-catalog.json"))); // warm-up: see Harness.initialise
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Path dir = Harness.scratch();
		try {
			Path catalog = dir.resolve("catalog.json");
			Harness.write(catalog, data);
			try {
				CatalogImport.read(catalog, null);
			} catch (IllegalArgumentException | IOException e) {
				// the reader's own answer to bad input
			}
			Path output = dir.resolve("standard.smm");
			Harness.Result imported = Harness.smm("-q", "import", "--oscal-catalog", catalog.toString(), "-o", output.toString());
			if (imported.exit() == 0) {
				Harness.Result validate = Harness.smm("-q", "validate", output.toString());
				if (validate.exit() != 0) {
					throw new Harness.Finding("the imported declaration does not validate:\n" + validate.out());
				}
			} else if (Files.exists(output)) {
				throw new Harness.Finding("a failed import (exit " + imported.exit() + ") wrote " + output);
			}
		} finally {
			Harness.delete(dir);
		}
	}
}
