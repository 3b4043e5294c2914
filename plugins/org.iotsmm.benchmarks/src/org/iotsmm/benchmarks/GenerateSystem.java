package org.iotsmm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated system (the shared generator's standard shape) to a .smm file, for whole-command benchmarks. */
public final class GenerateSystem {

	private GenerateSystem() {
	}

	/** Usage: GenerateSystem COMPONENTS FILE */
	public static void main(String[] args) throws Exception {
		int components = Integer.parseInt(args[0]);
		Files.writeString(Path.of(args[1]),
				SyntheticSystems.generate("Synthetic", SyntheticSystems.Shape.standard(components), components),
				StandardCharsets.UTF_8);
	}
}
