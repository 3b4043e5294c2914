package org.iotsmm.cli.tests;

import java.nio.file.Path;

/** Locates the source tree (examples/, fixtures/) from tests run by tycho-surefire or an IDE. */
public final class Repo {

	private Repo() {
	}

	public static Path root() {
		return org.iotsmm.testing.Repo.root();
	}

	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	public static Path fixture(String name) {
		return root().resolve("plugins/org.iotsmm.cli.tests/fixtures").resolve(name);
	}
}
