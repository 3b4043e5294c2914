package org.iotsmm.report.tests;

import org.iotsmm.testing.Models;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.AtomicFiles;
import org.iotsmm.report.CsvReport;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.HtmlReport;
import org.iotsmm.report.MarkdownReport;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.iotsmm.report.ReportWriter.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Hostile model text, formula injection, figures, and atomic writing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class SafetyTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	private GapReport hostile() throws Exception {
		return Fixtures.load(loader, Repo.fixture("hostile.smm"));
	}

	@Test
	void modelTextIsEscapedInHtml() throws Exception {
		GapReport r = hostile();
		assertEquals(1, r.rows().stream().filter(row -> row.achieved() != null && row.levelGap() == 2).count(),
				"the fixture has the intended gap");
		String html = HtmlReport.render(r, FigureSource.none());
		for (String bad : new String[] { "<script", "<img", "<iframe", "<svg onload", "<style>body", "<b>bold" }) {
			assertFalse(html.contains(bad), "unescaped " + bad);
		}
		assertTrue(html.contains("&lt;script&gt;alert(&#39;evidence&#39;)&lt;/script&gt;"), "evidence shown, escaped");
		assertTrue(html.contains("Gateway &amp; &lt;b&gt;bold&lt;/b&gt;") || html.contains("Gw"), "element named");
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void modelTextIsEscapedInMarkdown() throws Exception {
		String md = MarkdownReport.render(hostile());
		assertFalse(md.contains("<script"));
	}

	@Test
	void csvCellsThatLookLikeFormulasAreNeutralised() throws Exception {
		assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvReport.cell("=HYPERLINK(\"http://x\",\"y\")"));
		assertEquals("'+1+2", CsvReport.cell("+1+2"));
		assertEquals("'-2+3", CsvReport.cell("-2+3"));
		assertEquals("'@SUM(A1)", CsvReport.cell("@SUM(A1)"));
		assertEquals("'\tx", CsvReport.cell("\tx"));
		assertEquals("\"'\rx\"", CsvReport.cell("\rx"));
		assertEquals("12", CsvReport.cell("12"));
		assertEquals("plain", CsvReport.cell("plain"));
		assertEquals("\"a,b\"", CsvReport.cell("a,b"));
		// end to end: a hostile file name reaches the source columns of gaps.csv
		org.iotsmm.smm.System system = Models.system(loader, Repo.fixture("hostile.smm"));
		GapReport r = new GapAnalysis(o -> new SourceLocation("=HYPERLINK(\"http://evil.example/\",\"x\")", 3)).analyse(system);
		String csv = CsvReport.gaps(r);
		for (List<String> row : CsvReport.parse(csv)) {
			for (String cell : row) {
				assertFalse(cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("-") || cell.startsWith("@"),
						"formula-like cell " + cell);
			}
		}
		assertTrue(csv.contains("'=HYPERLINK("), "the file name is kept, neutralised");
	}

	@Test
	void figuresAreInlinedWhenPresent() throws Exception {
		String svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect id=\"arch-figure\" width=\"5\" height=\"5\"/></svg>";
		FigureSource architecture = new FigureSource() {
			@Override
			public Optional<String> architectureSvg() {
				return Optional.of(svg);
			}
		};
		String html = HtmlReport.render(hostile(), architecture);
		assertTrue(html.contains("<div class=\"figure\"><svg xmlns=\"http://www.w3.org/2000/svg\""));
		assertTrue(html.contains("id=\"arch-figure\""));
		assertFalse(html.contains("<?xml version=\"1.0\"?>\n<svg"), "prolog stripped");
		assertEquals(3, ReportContentTest.count(html, "Figure not available"));
	}

	@Test
	void aWriterFailingHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
		Path out = temp.resolve("out");
		GapReport r = Fixtures.example(loader, "getting-started");
		ReportWriter.write(out, ReportWriter.artifacts(r, FigureSource.none(), Set.of(Format.HTML, Format.JSON)), n -> {
		});
		byte[] before = Files.readAllBytes(out.resolve("report.html"));
		Artifact failing = new Artifact("report.html", o -> {
			o.write("<!DOCTYPE html><html><body>half".getBytes(StandardCharsets.UTF_8));
			o.flush();
			throw new IOException("disk full (simulated)");
		});
		IOException e = assertThrows(IOException.class, () -> ReportWriter.write(out, List.of(failing), n -> {
		}));
		assertTrue(e.getMessage().contains("report.html") && e.getMessage().contains("disk full"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(out.resolve("report.html")), "previous output intact");
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("gap-report.json", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file remains");
		}
		RuntimeException boom = new IllegalStateException("renderer crashed");
		assertThrows(IOException.class, () -> AtomicFiles.write(out.resolve("gap-report.json"), o -> {
			o.write('{');
			throw boom;
		}));
		assertTrue(Files.readString(out.resolve("gap-report.json")).contains("\"format\":\"iotsmm-gap-report/2\""),
				"the compact JSON written before is intact");
	}

	@Test
	void formatsParseAndUnknownOnesAreNamed() {
		assertEquals(Set.of(Format.HTML, Format.CSV), Format.parse("html, CSV"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("html,docx"));
		assertTrue(e.getMessage().contains("docx") && e.getMessage().contains("xlsx"));
	}

	/** Regression: written files came out private (0600, the temporary file's mode). */
	@Test
	void writtenFilesAreReadableLikeOrdinaryFilesAndKeepTheirMode(@org.junit.jupiter.api.io.TempDir Path dir)
			throws IOException {
		Path fresh = dir.resolve("fresh.html");
		AtomicFiles.write(fresh, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
		Path existing = dir.resolve("existing.html");
		Files.writeString(existing, "old");
		Files.setPosixFilePermissions(existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
		AtomicFiles.write(existing, "replaced".getBytes(StandardCharsets.UTF_8));
		assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
	}
}
