package org.iotsmm.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.Coverage;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.CsvReport;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.HtmlReport;
import org.iotsmm.report.MarkdownReport;
import org.iotsmm.report.PdfReport;
import org.iotsmm.report.XlsxReport;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/** Every format of every example, compared row by row with the GapReport it was written from. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class ReportContentTest {

	private static final Pattern HTML_ROW = Pattern.compile("<tr class=\"row (\\w+)\" data-practice=\"([^\"]*)\" data-element=\"([^\"]*)\" data-level-gap=\"(\\d+)\" data-scope-gap=\"(\\d+)\" data-status=\"(\\w+)\">");

	@Inject
	private ModelLoader loader;

	private static List<GapRow> shown(GapReport r) {
		return r.rows().stream().filter(row -> row.hasTarget() || row.isAssessed()).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void htmlHasEveryRowWithItsFiguresAndIsSelfContained(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		String html = HtmlReport.render(r, FigureSource.none());
		// well-formed XHTML (the PDF renderer needs it)
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		Matcher m = HTML_ROW.matcher(html);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			assertEquals(m.group(1), m.group(6));
			found.add(m.group(2) + "@" + m.group(3) + " " + m.group(4) + "/" + m.group(5) + " " + m.group(6));
		}
		List<String> expected = shown(r).stream().map(row -> row.practice().qualifiedName() + "@" + row.element().path() + " "
				+ row.levelGap() + "/" + row.scopeGap() + " " + row.status().name()).toList();
		assertEquals(expected, found);
		assertFalse(expected.isEmpty(), "an example with targets must show rows");
		RollUp all = r.overall();
		assertTrue(html.contains("<tr id=\"overall\"><td class=\"num\">" + all.practicesWithTarget() + "</td><td class=\"num\">"
				+ all.practicesMet() + "</td><td class=\"num\">" + all.practicesWithGap() + "</td><td class=\"num\">"
				+ all.practicesNotAssessed() + "</td><td class=\"num\">" + all.totalLevelGap() + "</td>"), "summary figures");
		for (RoadmapStep s : r.roadmap()) {
			assertTrue(html.contains("<div class=\"step\" data-rank=\"" + s.rank() + "\">"), "step " + s.rank());
			for (String action : s.actions()) {
				assertTrue(html.contains(org.iotsmm.report.Text.html(action)), "action of step " + s.rank());
			}
		}
		// self-contained: no script, no external resource of any kind
		for (String forbidden : new String[] { "<script", "<link", "src=", "@import", "url(", "https://", "http://fonts" }) {
			assertFalse(html.contains(forbidden), "must not contain " + forbidden);
		}
		assertEquals(4, count(html, "Figure not available"), "each missing figure is named");
		assertTrue(html.contains("How the IoT SMM Workbench computes gaps"), "the method is included");
		assertTrue(html.contains("<h2 id=\"evidence\">Evidence appendix</h2>"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void csvRowsMatchTheReport(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		List<List<String>> csv = CsvReport.parse(CsvReport.gaps(r));
		assertEquals(r.rows().size() + 1, csv.size());
		List<String> head = csv.get(0);
		int practice = head.indexOf("practice"), element = head.indexOf("element"), levelGap = head.indexOf("level_gap"),
				scopeGap = head.indexOf("scope_gap"), status = head.indexOf("status"), target = head.indexOf("target_level"),
				achieved = head.indexOf("achieved_level");
		for (int i = 0; i < r.rows().size(); i++) {
			GapRow row = r.rows().get(i);
			List<String> cells = csv.get(i + 1);
			assertEquals(head.size(), cells.size(), "row " + i);
			assertEquals(row.practice().qualifiedName(), cells.get(practice));
			assertEquals(row.element().path(), cells.get(element));
			assertEquals(Integer.toString(row.levelGap()), cells.get(levelGap));
			assertEquals(Integer.toString(row.scopeGap()), cells.get(scopeGap));
			assertEquals(row.status().name(), cells.get(status));
			assertEquals(row.target() == null ? "" : Integer.toString(row.target().level()), cells.get(target));
			assertEquals(row.achieved() == null ? "" : Integer.toString(row.achieved().level()), cells.get(achieved));
		}
		List<List<String>> roadmap = CsvReport.parse(CsvReport.roadmap(r));
		assertEquals(r.roadmap().size() + 1, roadmap.size());
		for (int i = 0; i < r.roadmap().size(); i++) {
			assertEquals(Integer.toString(r.roadmap().get(i).rank()), roadmap.get(i + 1).get(0));
			assertEquals(r.roadmap().get(i).practice().qualifiedName(), roadmap.get(i + 1).get(1));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void xlsxSheetsMatchTheReport(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxReport.write(r, bytes);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet gaps = wb.getSheet(XlsxReport.GAPS);
			assertEquals(r.rows().size(), gaps.getLastRowNum());
			for (int i = 0; i < r.rows().size(); i++) {
				GapRow row = r.rows().get(i);
				Row x = gaps.getRow(i + 1);
				assertEquals(row.practice().qualifiedName(), x.getCell(2).getStringCellValue());
				assertEquals(row.element().path(), x.getCell(4) == null ? "" : x.getCell(4).getStringCellValue());
				assertEquals(row.levelGap(), (int) x.getCell(11).getNumericCellValue());
				assertEquals(row.scopeGap(), (int) x.getCell(12).getNumericCellValue());
				assertEquals(row.status().name(), x.getCell(13).getStringCellValue());
			}
			Sheet roadmap = wb.getSheet(XlsxReport.ROADMAP);
			assertEquals(r.roadmap().size(), roadmap.getLastRowNum());
			for (int i = 0; i < r.roadmap().size(); i++) {
				assertEquals(r.roadmap().get(i).rank(), (int) roadmap.getRow(i + 1).getCell(0).getNumericCellValue());
				assertEquals(r.roadmap().get(i).level(), (int) roadmap.getRow(i + 1).getCell(6).getNumericCellValue());
			}
			Sheet coverage = wb.getSheet(XlsxReport.COVERAGE);
			assertEquals(r.coverage().components().size() + 2, coverage.getLastRowNum(),
					"one row per component, a blank row, the uncovered list");
			Map<String, Integer> columns = new HashMap<>();
			coverage.getRow(0).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
			for (int i = 0; i < r.coverage().components().size(); i++) {
				Coverage.ComponentCoverage c = r.coverage().components().get(i);
				Row x = coverage.getRow(i + 1);
				assertEquals(c.component().path(), x.getCell(0).getStringCellValue());
				assertEquals(c.targets(), (int) x.getCell(1).getNumericCellValue());
				int filled = 0;
				for (Cell cell : x) {
					filled += cell.getColumnIndex() > 2 ? 1 : 0;
				}
				assertEquals(c.cells().size(), filled, c.component().path() + ": a cell per practice with a target or finding");
				for (GapRow row : c.cells()) {
					Cell cell = x.getCell(columns.get(row.practice().code() != null ? row.practice().code() : row.practice().qualifiedName()));
					String text = cell.getStringCellValue();
					String where = c.component().path() + " x " + row.practice().code() + ": " + text;
					switch (row.status()) {
					case GAP -> assertEquals(row.levelGap() > 0 ? "gap " + row.levelGap() : "scope gap", text, where);
					case MET -> assertEquals("met", text, where);
					case EXCEEDS -> assertEquals("exceeds", text, where);
					case NOT_ASSESSED -> assertEquals("not assessed", text, where);
					case NO_TARGET -> assertEquals("finding L" + row.achieved().level(), text, where);
					}
					// the figures' status colour behind the text
					java.awt.Color expected = org.iotsmm.diagram.Diagrams.statusColor(row.status());
					byte[] rgb = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor()
							.getRGB();
					assertEquals(expected.getRGB() & 0xFFFFFF, (rgb[0] & 0xFF) << 16 | (rgb[1] & 0xFF) << 8 | rgb[2] & 0xFF, where);
				}
			}
			assertTrue(wb.getSheet(XlsxReport.SUMMARY) != null);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void jsonMatchesTheReportAndTheSchemaKeyOrder(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		JsonObject json = JsonParser.parseString(GapReportJson.toJson(r)).getAsJsonObject();
		JsonArray rows = json.getAsJsonArray("rows");
		assertEquals(r.rows().size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			JsonObject row = rows.get(i).getAsJsonObject();
			assertEquals(r.rows().get(i).practice().qualifiedName(), row.get("practice").getAsString());
			assertEquals(r.rows().get(i).levelGap(), row.get("levelGap").getAsInt());
			assertEquals(r.rows().get(i).status().name(), row.get("status").getAsString());
			if (row.get("achieved").isJsonObject()) {
				assertEquals(r.rows().get(i).achieved().derived(), row.getAsJsonObject("achieved").get("derived").getAsBoolean(),
						"a zone or system level derived from the elements inside says so");
			}
		}
		JsonObject schema = JsonParser
				.parseString(Files.readString(Repo.root().resolve("plugins/org.iotsmm.report/schema/gap-report.schema.json")))
				.getAsJsonObject();
		List<String> fullKeys = new ArrayList<>(keys(schema.getAsJsonObject("properties")));
		fullKeys.removeAll(List.of("targets", "findings")); // tables of the compact form only
		assertEquals(fullKeys, keys(json), "top-level keys in schema order");
		assertEquals(keys(schema.getAsJsonObject("$defs").getAsJsonObject("row").getAsJsonObject("properties")),
				keys(rows.get(0).getAsJsonObject()), "row keys in schema order");
		for (JsonElement required : schema.getAsJsonArray("required")) {
			assertTrue(json.has(required.getAsString()), required.getAsString());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void markdownListsEveryShownRowAndStep(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		String md = MarkdownReport.render(r);
		String gaps = md.substring(md.indexOf("## Gaps by domain"), md.indexOf("## Roadmap"));
		long lines = gaps.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Practice")).count();
		assertEquals(shown(r).size(), lines);
		for (RoadmapStep s : r.roadmap()) {
			assertTrue(md.contains("\n" + s.rank() + ". **"), "step " + s.rank());
		}
	}

	/** Issue 17 point 7: the Markdown report had no coverage section; the HTML report has one. */
	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void markdownHasTheCoverageSectionOfTheHtml(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		String md = MarkdownReport.render(r);
		int start = md.indexOf("\n## Coverage\n");
		assertTrue(start >= 0, "coverage section");
		String coverage = md.substring(start, md.indexOf("\n## ", start + 5));
		for (var c : r.coverage().components()) {
			assertTrue(coverage.contains("| " + org.iotsmm.report.Text.md(c.component().path()) + " | " + c.targets() + " | "
					+ c.findings() + " |"), c.component().path());
		}
		assertTrue(coverage.contains("Components no target covers: " + (r.coverage().uncoveredComponents().isEmpty() ? "none"
				: org.iotsmm.report.Text.md(String.join(", ", r.coverage().uncoveredComponents())))), coverage);
		for (var p : r.coverage().practicesWithoutFinding()) {
			assertTrue(coverage.contains("- " + org.iotsmm.report.Text.md(p.practice().qualifiedName()) + " on "), coverage);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void compactJsonFollowsTheSchemaKeyOrder(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		java.io.StringWriter out = new java.io.StringWriter();
		GapReportJson.write(r, out, GapReportJson.Form.COMPACT);
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject schema = JsonParser
				.parseString(Files.readString(Repo.root().resolve("plugins/org.iotsmm.report/schema/gap-report.schema.json")))
				.getAsJsonObject();
		List<String> schemaKeys = keys(schema.getAsJsonObject("properties"));
		assertEquals(schemaKeys, keys(json), "compact form: every key, in schema order");
		List<String> rowKeys = new ArrayList<>(keys(schema.getAsJsonObject("$defs").getAsJsonObject("row").getAsJsonObject("properties")));
		rowKeys.remove("code");
		assertEquals(rowKeys, keys(json.getAsJsonArray("rows").get(0).getAsJsonObject()), "compact row keys");
		for (JsonElement required : schema.getAsJsonArray("required")) {
			assertTrue(json.has(required.getAsString()), required.getAsString());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "bottling-line", "getting-started" })
	void pdfIsRenderedFromTheHtml(String example) throws Exception {
		GapReport r = Fixtures.example(loader, example);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PdfReport.write(HtmlReport.render(r, FigureSource.none()), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
			assertTrue(pdf.getNumberOfPages() >= 2, "several pages");
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Security maturity gap report: " + r.system()));
			assertTrue(text.contains("Roadmap"));
			assertTrue(text.contains("Evidence appendix"));
		}
	}

	private static List<String> keys(JsonObject o) {
		return o.entrySet().stream().map(Map.Entry::getKey).toList();
	}

	static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
