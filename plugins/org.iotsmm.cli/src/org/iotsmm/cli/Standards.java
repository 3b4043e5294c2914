package org.iotsmm.cli;

import java.util.ArrayList;
import java.util.List;

import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;

/** The standards and mappings a command sees: those written in the model, then the shipped ones. */
final class Standards {

	private final List<Standard> standards = new ArrayList<>();
	private final List<StandardMapping> mappings = new ArrayList<>();

	Standards(LoadedModels models) {
		if (models != null) {
			standards.addAll(models.elements(Standard.class));
			mappings.addAll(models.elements(StandardMapping.class));
		}
		ShippedLibrary library = Models.injector().getInstance(ShippedLibrary.class);
		standards.addAll(library.elements(Standard.class));
		mappings.addAll(library.elements(StandardMapping.class));
	}

	List<StandardMapping> mappings() {
		return mappings;
	}

	/** The standard named NAME (the model's before the shipped one), or a usage failure listing the names. */
	Standard standard(String name) {
		for (Standard standard : standards) {
			if (standard.getName().equals(name)) {
				return standard;
			}
		}
		throw new Failure(SmmCommand.USAGE_OR_IO, "unknown standard '" + name + "'; available: "
				+ Selection.names(standards.stream().map(Standard::getName).distinct()));
	}
}
