package org.iotsmm.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the source tree (examples/, fixtures/) from tests run by tycho-surefire or an IDE. */
public final class Repo {

	private Repo() {
	}

	public static Path root() {
		return org.iotsmm.testing.Repo.root();
	}

	public static Path examples() {
		return root().resolve("examples");
	}

	public static Path fixtures() {
		return root().resolve("plugins/org.iotsmm.dsl.tests/fixtures");
	}

	public static Path fixture(String name) {
		return fixtures().resolve(name);
	}

	/** Every example's .smm files, one list per example folder. */
	public static List<Path> exampleFolders() throws java.io.IOException {
		try (Stream<Path> list = Files.list(examples())) {
			return list.filter(Files::isDirectory).sorted().toList();
		}
	}
}
