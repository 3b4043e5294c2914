package org.iotsmm.oscal.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.oscal.OscalExport;
import org.iotsmm.smm.StandardMapping;
import org.iotsmm.testing.Models;

/** Loads a model and exports its OSCAL documents, as {@code smm report --format oscal} does. */
final class Exports {

	private Exports() {
	}

	static Map<String, String> of(ModelLoader loader, ShippedLibrary library, Path model) throws Exception {
		org.iotsmm.smm.System system = Models.system(loader, model);
		GapReport report = new GapAnalysis(Models.NODE_MODEL).analyse(system);
		return OscalExport.documents(report, system.getCatalog(), system.getProfile(), mappings(loader, library, model));
	}

	static List<StandardMapping> mappings(ModelLoader loader, ShippedLibrary library, Path model) throws Exception {
		LoadedModels models = loader.load(List.of(model));
		List<StandardMapping> mappings = new ArrayList<>(models.elements(StandardMapping.class));
		mappings.addAll(library.elements(StandardMapping.class));
		return mappings;
	}
}
