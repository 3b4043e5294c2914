package org.iotsmm.dsl.ide.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the source tree (examples/, fixtures/) from tests run by tycho-surefire or an IDE. */
public final class Repo {

	private Repo() {
	}

	public static Path root() {
		return org.iotsmm.testing.Repo.root();
	}

	public static String example(String name) throws IOException {
		return Files.readString(root().resolve("examples").resolve(name).resolve(name + ".smm"), StandardCharsets.UTF_8);
	}

	public static String fixture(String name) throws IOException {
		return Files.readString(root().resolve("plugins/org.iotsmm.dsl.ide.tests/fixtures").resolve(name),
				StandardCharsets.UTF_8);
	}
}
