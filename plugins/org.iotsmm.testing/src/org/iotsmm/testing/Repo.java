package org.iotsmm.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The source tree the tests read (examples/, each test bundle's fixtures/), however they are run. */
public final class Repo {

	private Repo() {
	}

	/** The repository root: from the {@code iotsmm.repo} system property the test poms set, or the working folder up. */
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

	/** The folder of one bundled example. */
	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	/** A file under a bundle's folder, e.g. {@code bundleFile("org.iotsmm.cli.tests", "fixtures/x.smm")}. */
	public static Path bundleFile(String bundle, String relative) {
		return root().resolve("plugins").resolve(bundle).resolve(relative);
	}
}
