package org.iotsmm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** smm --version names the build: the bundle's version and the commit the build came from. */
class VersionTest {

	@Test
	void versionNamesTheBuildAndItsCommit() throws Exception {
		Run run = Run.smm("--version");
		assertEquals(0, run.code(), run.toString());
		Matcher m = Pattern.compile("smm (0\\.1\\.0\\.\\d{12}) \\(commit ([0-9a-f]{40})(-dirty)?\\)\\R?").matcher(run.out());
		assertTrue(m.matches(), "smm --version printed: " + run.out());
		assertEquals("", run.err());
		if (Files.isDirectory(Repo.root().resolve(".git")) || Files.isRegularFile(Repo.root().resolve(".git"))) {
			assertEquals(gitHead(), m.group(2), "the commit baked in by the build");
		}
	}

	private static String gitHead() throws Exception {
		Process p = new ProcessBuilder("git", "-C", Repo.root().toString(), "rev-parse", "HEAD").redirectErrorStream(true)
				.start();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "git rev-parse timed out");
		return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
	}
}
