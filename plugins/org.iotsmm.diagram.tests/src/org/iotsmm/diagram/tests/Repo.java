package org.iotsmm.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the source tree (examples/, fixtures/, golden/) from tests run by tycho-surefire or an IDE. */
public final class Repo {

	private Repo() {
	}

	public static Path root() {
		String configured = System.getProperty("iotsmm.repo");
		Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
		for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("plugins"))) {
				return p;
			}
		}
		throw new IllegalStateException("Cannot find the repository root from " + start);
	}

	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	public static Path fixture(String name) {
		return root().resolve("plugins/org.iotsmm.diagram.tests/fixtures").resolve(name);
	}

	public static Path golden(String name) {
		return root().resolve("plugins/org.iotsmm.diagram.tests/golden").resolve(name);
	}
}
