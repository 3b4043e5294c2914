package org.iotsmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.oscal.CatalogImport;
import org.iotsmm.oscal.CatalogImport.Imported;
import org.iotsmm.report.AtomicFiles;

/**
 * {@code smm import --oscal-catalog FILE -o OUT.smm}: the catalog as a standard declaration. The
 * text is parsed and validated before anything is written; on any problem nothing is written.
 */
final class OscalCatalogImport {

	private OscalCatalogImport() {
	}

	static int run(Path catalog, Path output, String name, PrintWriter out, PrintWriter err, boolean quiet)
			throws IOException {
		if (!Files.isRegularFile(catalog) || !Files.isReadable(catalog)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, catalog + ": no such readable file");
		}
		if (output == null || !output.toString().endsWith(".smm") || Files.isDirectory(output)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "--oscal-catalog needs -o FILE.smm, the standard declaration to write");
		}
		if (Files.exists(output)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, output + ": exists; refusing to overwrite it (choose another -o file)");
		}
		Imported imported;
		try {
			imported = CatalogImport.read(catalog, name);
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, catalog + ": " + e.getMessage() + "; nothing written");
		}
		// Check the declaration the way smm validate would, from a scratch copy, before writing the real file.
		Path scratch = Files.createTempFile("smm-import-", ".smm");
		try {
			Files.writeString(scratch, imported.text(), StandardCharsets.UTF_8);
			LoadedModels models = Models.injector().getInstance(ModelLoader.class).load(List.of(scratch));
			if (models.hasErrors()) {
				throw new Failure(SmmCommand.USAGE_OR_IO, catalog + ": the imported declaration does not validate ("
						+ models.errors().stream().map(Problem::message).limit(3).collect(Collectors.joining("; "))
						+ "); nothing written");
			}
		} finally {
			Files.deleteIfExists(scratch);
		}
		AtomicFiles.write(output, stream -> stream.write(imported.text().getBytes(StandardCharsets.UTF_8)));
		if (!quiet) {
			err.println("smm: standard " + imported.name() + " version " + imported.version() + " with "
					+ imported.requirements() + " requirements");
		}
		out.println(output);
		return SmmCommand.OK;
	}
}
