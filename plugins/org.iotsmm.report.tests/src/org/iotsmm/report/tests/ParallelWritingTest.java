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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.benchmarks.SyntheticSystems;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.DiagramFigures;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.ReportOptions;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.iotsmm.report.ReportWriter.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The report's artifacts are written several at a time (ReportWriter.write): the files must be the
 * same bytes as when written one after the other, progress is heard on the calling thread, and a
 * failure stops the writing without leaving a half-written or temporary file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class ParallelWritingTest {

	/** Every format whose bytes depend on the content alone (the PDF and XLSX carry their creation time). */
	private static final EnumSet<Format> DETERMINISTIC = EnumSet.of(Format.HTML, Format.MD, Format.JSON, Format.CSV,
			Format.SVG, Format.PNG);

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	@Test
	void aFleetWrittenInParallelIsByteForByteTheSequentialReport() throws Exception {
		// 400 components: the overview, ten zone figures and the fleet summary, all shared between the files
		Path model = temp.resolve("fleet.smm");
		Files.writeString(model, SyntheticSystems.generate("Fleet", SyntheticSystems.Shape.standard(400), 3),
				StandardCharsets.UTF_8);
		org.iotsmm.smm.System system = loader.load(List.of(model)).systems().get(0);
		GapReport report = new GapAnalysis().analyse(system);
		List<Path> sequential = ReportWriter.write(temp.resolve("one"), ReportWriter.artifacts(report,
				new DiagramFigures(report, system), DETERMINISTIC, ReportOptions.DEFAULT), name -> {
				}, 1);
		List<Path> parallel = ReportWriter.write(temp.resolve("four"), ReportWriter.artifacts(report,
				new DiagramFigures(report, system), DETERMINISTIC, ReportOptions.DEFAULT), name -> {
				}, 4);
		assertTrue(sequential.size() > 15, "zone figures are among the files: " + sequential.size());
		assertEquals(sequential.stream().map(p -> temp.resolve("one").relativize(p)).toList(),
				parallel.stream().map(p -> temp.resolve("four").relativize(p)).toList(), "the same files, in the same order");
		for (int i = 0; i < sequential.size(); i++) {
			assertArrayEquals(Files.readAllBytes(sequential.get(i)), Files.readAllBytes(parallel.get(i)),
					parallel.get(i) + " differs from the file written alone");
		}
	}

	@Test
	void progressIsHeardOnTheCallingThreadInArtifactOrder() throws Exception {
		List<Artifact> artifacts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String text = "file " + i;
			artifacts.add(new Artifact("f" + i + ".txt", out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
		}
		Thread caller = Thread.currentThread();
		List<String> heard = new ArrayList<>();
		List<Path> written = ReportWriter.write(temp, artifacts, name -> {
			assertEquals(caller, Thread.currentThread(), "progress on the calling thread (a UI job's monitor is not thread-safe)");
			heard.add(name);
		}, 3);
		assertEquals(artifacts.stream().map(Artifact::fileName).toList(), heard);
		assertEquals(artifacts.stream().map(a -> temp.resolve(a.fileName())).toList(), written);
		assertEquals("file 7", Files.readString(temp.resolve("f7.txt")));
	}

	@Test
	void aFailureStopsTheWritingAndLeavesNoHalfWrittenFile() throws Exception {
		Files.writeString(temp.resolve("b.txt"), "previous");
		CountDownLatch slowStarted = new CountDownLatch(1);
		List<Artifact> artifacts = new ArrayList<>();
		artifacts.add(new Artifact("a.txt", out -> { // still writing when b fails: it is finished, not cut
			slowStarted.countDown();
			sleep(300);
			out.write("a complete".getBytes(StandardCharsets.UTF_8));
		}));
		artifacts.add(new Artifact("b.txt", out -> {
			await(slowStarted);
			out.write("half".getBytes(StandardCharsets.UTF_8));
			out.flush();
			throw new IOException("disk full (simulated)");
		}));
		for (int i = 0; i < 20; i++) {
			artifacts.add(new Artifact("later" + i + ".txt", out -> {
				sleep(50);
				out.write('x');
			}));
		}
		IOException e = assertThrows(IOException.class, () -> ReportWriter.write(temp, artifacts, name -> {
		}, 2));
		assertTrue(e.getMessage().contains("b.txt") && e.getMessage().contains("disk full"), e.getMessage());
		assertEquals("a complete", Files.readString(temp.resolve("a.txt")), "the file under way was finished");
		assertEquals("previous", Files.readString(temp.resolve("b.txt")), "the failing file keeps its previous content");
		try (Stream<Path> files = Files.list(temp)) {
			List<String> names = files.map(p -> p.getFileName().toString()).toList();
			assertFalse(names.stream().anyMatch(n -> n.endsWith(".tmp")), "no temporary file remains: " + names);
			assertTrue(names.stream().filter(n -> n.startsWith("later")).count() < 20, "writing stopped: " + names);
		}
	}

	@Test
	void aFigureSourceWithoutFiguresWritesNoFigureFile() throws Exception {
		GapReport report = Fixtures.example(loader, "getting-started");
		List<Path> written = ReportWriter.write(temp, ReportWriter.artifacts(report, FigureSource.none(),
				EnumSet.of(Format.MD, Format.SVG, Format.PNG)), name -> {
				});
		assertEquals(List.of(temp.resolve("report.md")), written);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) throws IOException {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IOException("the other artifact never started");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
