package org.iotsmm.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.iotsmm.report.AtomicFiles;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a SIGKILLed run leaves in an output folder, and what the next complete run does with it
 * (releng/killed-runs.sh kills real runs; these tests pin the clean-up rules).
 */
class KilledRunLeftoversTest {

	/**
	 * Regression: killing smm report a dozen times left temporary files ({@code .report.html.NNN.tmp})
	 * that later complete runs never removed.
	 */
	@Test
	void theNextRunRemovesTheTemporaryFilesOfKilledRuns(@TempDir Path out) throws Exception {
		long dead = finishedProcessId();
		Path earlierVersion = Files.writeString(out.resolve(".report.html.1234567890.tmp"), "<html><body>ha");
		Path killed = Files.writeString(out.resolve(".report.html." + dead + "-1x2y3z.smm-partial"), "<html><bo");
		Path killedOther = Files.writeString(out.resolve(".report.pdf." + dead + "-abc.smm-partial"), "%PDF-1.");
		Path alive = Files.writeString(out.resolve(".report.csv." + ProcessHandle.current().pid() + "-q1.smm-partial"), "a,");
		Path usersOwn = Files.writeString(out.resolve(".notes.txt.42.tmp"), "mine");

		ReportWriter.write(out, List.of(new Artifact("report.html", o -> o.write("<html></html>".getBytes(StandardCharsets.UTF_8)))),
				n -> {
				});

		assertFalse(Files.exists(earlierVersion), "left by an earlier version for this output");
		assertFalse(Files.exists(killed), "left by a killed run");
		assertFalse(Files.exists(killedOther), "left by a killed run, for another output of the folder");
		assertTrue(Files.exists(alive), "a running process may still be writing it");
		assertTrue(Files.exists(usersOwn), "not ours: another target's name");
		assertEquals("<html></html>", Files.readString(out.resolve("report.html")));
	}

	@Test
	void aTemporaryFileIsRecognisableAndGoneAfterTheWrite(@TempDir Path out) throws IOException {
		Path target = out.resolve("gap-report.json");
		AtomicFiles.write(target, o -> {
			try (Stream<Path> files = Files.list(out)) {
				List<String> names = files.map(p -> p.getFileName().toString()).toList();
				assertEquals(1, names.size(), names.toString());
				assertTrue(names.get(0).matches("\\.gap-report\\.json\\." + ProcessHandle.current().pid() + "-[0-9a-z]+\\.smm-partial"),
						names.get(0));
			}
			o.write("{}".getBytes(StandardCharsets.UTF_8));
		});
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("gap-report.json"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	/** An output that is a link to an input model must not replace the model nor the link. */
	@Test
	void aSymbolicLinkAsOutputIsRefusedAndItsTargetUntouched(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("home.smm"), "system Home { }\n");
		byte[] before = Files.readAllBytes(model);
		Path out = Files.createDirectories(dir.resolve("out"));
		Path link = Files.createSymbolicLink(out.resolve("report.html"), model);
		IOException e = assertThrows(IOException.class,
				() -> AtomicFiles.write(link, "<html></html>".getBytes(StandardCharsets.UTF_8)));
		assertTrue(e.getMessage().contains("report.html") && e.getMessage().contains("symbolic link")
				&& e.getMessage().contains("home.smm"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(model));
		assertTrue(Files.isSymbolicLink(link));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("report.html"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	private static long finishedProcessId() throws Exception {
		Process p = new ProcessBuilder("true").start();
		p.waitFor();
		return p.pid();
	}
}
