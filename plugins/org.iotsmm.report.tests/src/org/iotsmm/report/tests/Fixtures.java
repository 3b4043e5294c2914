package org.iotsmm.report.tests;

import org.iotsmm.testing.Models;
import java.nio.file.Path;
import java.util.List;

import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.loading.ModelLoader;

/** The reports the tests look at: one per example, analysed as the command line does. */
final class Fixtures {

	static final List<String> EXAMPLES = List.of("getting-started", "bottling-line", "automotive-gateway",
			"residential-cameras");

	private Fixtures() {
	}

	static GapReport example(ModelLoader loader, String name) throws Exception {
		return new GapAnalysis(Models.NODE_MODEL).analyse(Models.system(loader, Repo.example(name)));
	}

	static GapReport load(ModelLoader loader, Path path) throws Exception {
		return new GapAnalysis(Models.NODE_MODEL).analyse(Models.system(loader, path));
	}
}
