package org.iotsmm.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.Status;
import org.iotsmm.benchmarks.SyntheticSystems;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.CsvReport;
import org.iotsmm.report.DiagramFigures;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.FleetSummary;
import org.iotsmm.report.FleetSummary.StepGroup;
import org.iotsmm.report.HtmlReport;
import org.iotsmm.report.MarkdownReport;
import org.iotsmm.report.PdfReport;
import org.iotsmm.report.ReportOptions;
import org.iotsmm.report.XlsxReport;
import org.iotsmm.testing.Models;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Issue 12: the report of a generated fleet (2,000 components x 18 practices, 36,000 rows: above
 * the summary threshold) summarises in HTML, PDF and Markdown, stays small, and every summary
 * figure can be recounted from the full rows, which the detail formats keep.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class FleetReportTest {

	private static final int COMPONENTS = 2_000;
	private static GapReport fleet;
	private static org.iotsmm.smm.System fleetSystem;

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	@BeforeEach
	void generate() throws Exception {
		if (fleet == null) {
			Path file = Files.createTempDirectory("fleet").resolve("fleet.smm");
			Files.writeString(file, SyntheticSystems.generate("Fleet", SyntheticSystems.Shape.standard(COMPONENTS), 7),
					StandardCharsets.UTF_8);
			fleetSystem = Models.system(loader, file);
			fleet = new GapAnalysis(Models.NODE_MODEL).analyse(fleetSystem);
		}
	}

	private static final String[] SUMMARY_SECTIONS = { "Fleet overview", "By zone", "Zone heat map", "Elements in most need",
			"Largest gaps", "Coverage", "Roadmap", "Trend", "By domain" };

	@Test
	void htmlSummarisesAFleetAndStaysSmall() throws Exception {
		assertTrue(ReportOptions.DEFAULT.summarises(fleet), "36,000 rows are above the threshold");
		String html = HtmlReport.render(fleet, new DiagramFigures(fleet, fleetSystem));
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		for (String section : SUMMARY_SECTIONS) {
			assertTrue(html.contains(">" + section + "</h"), section);
		}
		assertFalse(html.contains("<tr class=\"row "), "no row-by-row table");
		assertTrue(html.length() < 1_500_000, "HTML of a fleet under 1.5 MB, was " + html.length());
		assertEquals(ReportOptions.DEFAULT_TOP, count(html, "<tr class=\"worst-element\""));
		assertEquals(ReportOptions.DEFAULT_TOP, count(html, "<tr class=\"largest-gap\""));
		assertTrue(html.contains("id=\"zone-figures\""), "links to the zone figures");
		String full = HtmlReport.render(fleet, FigureSource.none(), ReportOptions.DEFAULT.withDetail(ReportOptions.Detail.FULL));
		assertEquals(fleet.rows().stream().filter(r -> r.hasTarget() || r.isAssessed()).count(),
				count(full, "<tr class=\"row "), "--detail full lists every row");
		String top5 = HtmlReport.render(fleet, FigureSource.none(), ReportOptions.DEFAULT.withTop(5));
		assertEquals(5, count(top5, "<tr class=\"largest-gap\""), "top N is configurable");
	}

	@Test
	void pdfAndMarkdownSummariseAFleetAndStaySmall() throws Exception {
		String md = MarkdownReport.render(fleet);
		for (String section : SUMMARY_SECTIONS) {
			assertTrue(md.contains("# " + section + "\n"), section);
		}
		assertFalse(md.contains("## Gaps by domain"), "no row-by-row table");
		assertTrue(md.length() < 200_000, "Markdown of a fleet under 200 KB, was " + md.length());

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PdfReport.write(HtmlReport.render(fleet, new DiagramFigures(fleet, fleetSystem)), bytes);
		assertTrue(bytes.size() < 5_000_000, "PDF of a fleet under 5 MB, was " + bytes.size());
		try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
			assertTrue(pdf.getNumberOfPages() < 80, "pages: " + pdf.getNumberOfPages());
			String text = new PDFTextStripper().getText(pdf);
			for (String section : SUMMARY_SECTIONS) {
				assertTrue(text.contains(section), section);
			}
		}
	}

	@Test
	void groupedRoadmapStepsCountTheRowsTheyClose() throws Exception {
		List<StepGroup> groups = FleetSummary.of(fleet).roadmapGroups();
		assertTrue(groups.stream().anyMatch(g -> g.elements().size() > 1), "some group covers many elements");
		// per practice and level: the elements of the groups are exactly the gap rows that need that level
		Map<String, Integer> fromGroups = new HashMap<>();
		for (StepGroup g : groups) {
			fromGroups.merge(g.practice().qualifiedName() + "#" + g.level() + (g.scopeOnly() ? "s" : ""), g.elements().size(),
					Integer::sum);
			assertEquals(g.elements().size(), g.elements().stream().distinct().count(), "no element twice in a group");
			for (RoadmapStep s : g.steps()) {
				assertEquals(g.practice(), s.practice());
				assertEquals(g.level(), s.level());
				assertEquals(g.zone(), FleetSummary.of(fleet).zoneOf(s.element().path()));
			}
		}
		Map<String, Integer> fromRows = new HashMap<>();
		for (GapRow row : fleet.rows()) {
			if (row.status() != Status.GAP) {
				continue;
			}
			if (row.levelGap() == 0) {
				fromRows.merge(row.practice().qualifiedName() + "#" + row.target().level() + "s", 1, Integer::sum);
			}
			for (int level = row.achieved().level() + 1; level <= row.target().level(); level++) {
				fromRows.merge(row.practice().qualifiedName() + "#" + level, 1, Integer::sum);
			}
		}
		assertEquals(fromRows, fromGroups);
		// the text says the count of components
		StepGroup big = groups.stream().filter(g -> g.components() > 1).findFirst().orElseThrow();
		assertTrue(big.describe().contains(String.format("%,d", big.components()) + " "), big.describe());
		// roadmap.csv carries each step's group
		List<List<String>> csv = CsvReport.parse(CsvReport.roadmap(fleet));
		int column = csv.get(0).indexOf("group");
		Map<Integer, Integer> groupOfRank = FleetSummary.of(fleet).groupOfRank();
		for (List<String> line : csv.subList(1, csv.size())) {
			assertEquals(String.valueOf(groupOfRank.get(Integer.parseInt(line.get(0)))), line.get(column));
		}
	}

	/**
	 * A zone target with a finding on each of its 300 components: 300 separate gaps. Half the
	 * components are at level 1 (steps to 2 and 3), half at level 2 (a step to 3): two lines,
	 * "to level 2 on 150 components" and "to level 3 on 300 components", and the 450 steps in roadmap.csv.
	 */
	@Test
	void stepsSharedByManyComponentsOfAZoneAreOneLine() throws Exception {
		StringBuilder smm = new StringBuilder("system Plant \"Plant\" uses catalog SMM version 1.2 {\n")
				.append("  stakeholder Owner role business\n  stakeholder Assessor role assessor\n  zone Line \"Line\" {\n");
		for (int i = 0; i < 300; i++) {
			smm.append("    device D").append(i).append(" \"Device ").append(i).append("\"\n");
		}
		// Targets per device: a target on the zone would give the zone a derived row (method.md,
		// zone rows) whose roadmap step already covers every device, leaving nothing to group.
		smm.append("  }\n  target Year1 owner Owner date 2025-01-15 {\n");
		for (int i = 0; i < 300; i++) {
			smm.append("    practice PatchManagement level 3 on D").append(i).append(" because \"every device\"\n");
		}
		smm.append("  }\n  assessment A date 2025-02-10 by Assessor against Year1 {\n");
		for (int i = 0; i < 300; i++) {
			smm.append("    practice PatchManagement level ").append(1 + i % 2).append(" on D").append(i)
					.append(" evidence \"log\" ref \"d").append(i).append("\"\n");
		}
		smm.append("  }\n}\n");
		Path file = temp.resolve("plant.smm");
		Files.writeString(file, smm, StandardCharsets.UTF_8);
		GapReport plant = new GapAnalysis(Models.NODE_MODEL).analyse(Models.system(loader, file));
		assertEquals(450, plant.roadmap().size());
		List<StepGroup> groups = FleetSummary.of(plant).roadmapGroups();
		assertEquals(2, groups.size(), groups.toString());
		assertEquals("Patch Management (PM) to level 2 on 150 components of zone Line", groups.get(0).describe()
				.replace(groups.get(0).practice().title(), "Patch Management"));
		assertEquals(150, groups.get(0).components());
		assertEquals(300, groups.get(1).components());
		assertEquals(3, groups.get(1).level());
		long gapRows = plant.rows().stream().filter(r -> r.status() == Status.GAP).count();
		assertEquals(300, gapRows, "checked against the rows: 300 components short of level 3");
		assertEquals(gapRows, groups.get(1).elements().size());
		assertEquals(plant.rows().stream().filter(r -> r.status() == Status.GAP && r.achieved().level() < 2).count(),
				groups.get(0).elements().size());
		String html = HtmlReport.render(plant, FigureSource.none(), ReportOptions.DEFAULT.withDetail(ReportOptions.Detail.SUMMARY));
		assertTrue(html.contains("data-group=\"2\" data-rank=\"" + groups.get(1).firstRank() + "\" data-steps=\"300\""), "listed once");
	}

	@Test
	void compactJsonKeepsEveryRowAtATenthOfTheFullSize() throws Exception {
		StringWriter full = new StringWriter();
		GapReportJson.write(fleet, full, GapReportJson.Form.FULL);
		StringWriter compact = new StringWriter();
		GapReportJson.write(fleet, compact, GapReportJson.Form.COMPACT);
		assertTrue(compact.toString().length() <= full.toString().length() / 10,
				"compact " + compact.toString().length() + " vs full " + full.toString().length());
		JsonObject json = JsonParser.parseString(compact.toString()).getAsJsonObject();
		assertEquals(GapReportJson.COMPACT_FORMAT, json.get("format").getAsString());
		JsonArray rows = json.getAsJsonArray("rows");
		JsonArray targets = json.getAsJsonArray("targets");
		JsonArray findings = json.getAsJsonArray("findings");
		assertEquals(fleet.rows().size(), rows.size());
		for (int i = 0; i < rows.size(); i += 97) {
			GapRow row = fleet.rows().get(i);
			JsonObject r = rows.get(i).getAsJsonObject();
			assertEquals(row.element().path(), r.get("element").getAsString());
			assertEquals(row.status().name(), r.get("status").getAsString());
			if (row.hasTarget()) {
				JsonObject t = targets.get(r.get("target").getAsInt()).getAsJsonObject();
				assertEquals(row.target().level(), t.get("level").getAsInt());
				assertEquals(row.target().origin().location().line(), t.getAsJsonObject("from").get("line").getAsInt());
			}
			if (row.isAssessed()) {
				JsonObject f = findings.get(r.get("achieved").getAsInt()).getAsJsonObject();
				assertEquals(row.achieved().level(), f.get("level").getAsInt());
				assertEquals(row.achieved().location().line(), f.get("line").getAsInt());
			}
		}
		assertTrue(json.getAsJsonArray("rollUps").asList().stream()
				.allMatch(u -> u.getAsJsonObject().get("element").isJsonNull()), "system-wide roll-ups only");
		StringWriter detailed = new StringWriter();
		GapReportJson.write(fleet, detailed, GapReportJson.Form.COMPACT.withElementDetail(true));
		assertEquals(fleet.rollUps().size(), JsonParser.parseString(detailed.toString()).getAsJsonObject()
				.getAsJsonArray("rollUps").size(), "every roll-up on request");
	}

	@Test
	void xlsxSplitsLongListsAcrossSheets() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int perSheet = 10_000;
		XlsxReport.write(fleet, bytes, perSheet);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			List<String> gapSheets = new ArrayList<>();
			int rows = 0;
			for (int i = 0; i < wb.getNumberOfSheets(); i++) {
				String name = wb.getSheetName(i);
				if (name.equals(XlsxReport.GAPS) || name.startsWith(XlsxReport.GAPS + " (")) {
					gapSheets.add(name);
					assertTrue(wb.getSheetAt(i).getLastRowNum() <= perSheet);
					assertEquals("Domain", wb.getSheetAt(i).getRow(0).getCell(0).getStringCellValue(), "header on every sheet");
					rows += wb.getSheetAt(i).getLastRowNum();
				}
			}
			assertEquals((fleet.rows().size() + perSheet - 1) / perSheet, gapSheets.size(), gapSheets.toString());
			assertEquals(List.of("Gaps", "Gaps (2)"), gapSheets.subList(0, 2));
			assertEquals(fleet.rows().size(), rows, "every row on some sheet");
			assertNotNull(wb.getSheet(XlsxReport.ZONES));
		}
	}

	static int count(String text, String part) {
		return ReportContentTest.count(text, part);
	}
}
