package org.iotsmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;

import com.google.inject.Injector;

/** Loads models for the subcommands (one injector per process). */
final class Models {

	private static Injector injector;

	private Models() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = SmmStandaloneSetup.doSetup();
		}
		return injector;
	}

	static LoadedModels load(List<Path> files, PrintWriter progress, boolean quiet) throws IOException {
		if (!quiet) {
			progress.println("smm: loading " + files.size() + " path(s)...");
		}
		return injector().getInstance(ModelLoader.class).load(files);
	}
}
