package org.iotsmm.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.CsvReport;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.HtmlReport;
import org.iotsmm.report.MarkdownReport;
import org.iotsmm.report.PdfReport;
import org.iotsmm.report.XlsxReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * "n of m indicators evidenced" per finding in every format, for a fixture whose counts are known
 * by hand: ThreatModeling level 3 on Gw 2 of 4 (indicator 3 named twice counts once),
 * PatchManagement level 2 0 of 4, RemediationRecovery level 1 2 of 2.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class IndicatorEvidenceReportTest {

	@Inject
	private ModelLoader loader;

	private GapReport report;

	@BeforeEach
	void load() throws Exception {
		report = Fixtures.load(loader, Repo.fixture("indicator-evidence.smm"));
	}

	@Test
	void htmlEvidenceAppendixGivesTheFigureKindsAndIndicators() {
		String html = HtmlReport.render(report, FigureSource.none());
		String appendix = html.substring(html.indexOf("<h2 id=\"evidence\">"));
		assertTrue(appendix.contains("2 of 4 indicators evidenced"), appendix);
		assertTrue(appendix.contains("0 of 4 indicators evidenced"), appendix);
		assertTrue(appendix.contains("2 of 2 indicators evidenced"), appendix);
		assertTrue(appendix.contains("document: Threat model of the gateway, version 3"), appendix);
		assertTrue(appendix.contains("shows indicators 1, 3"), appendix);
		assertTrue(appendix.contains("interview: Architect explains the review dates"), appendix);
	}

	@Test
	void markdownAndPdfGiveTheFigure() throws Exception {
		String md = MarkdownReport.render(report);
		String evidence = md.substring(md.indexOf("\n## Evidence\n"));
		assertTrue(evidence.contains("**Governance.ThreatModeling** on Yard.Gw: ") || evidence.contains("**Governance.ThreatModeling** on Gw: "),
				evidence);
		assertTrue(evidence.contains("level 3") && evidence.contains(", 2 of 4 indicators evidenced"), evidence);
		assertTrue(evidence.contains("  - document: Threat model of the gateway, version 3; ref TM-GW-3; shows indicators 1, 3"),
				evidence);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PdfReport.write(HtmlReport.render(report, FigureSource.none()), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("2 of 4 indicators evidenced"), text);
		}
	}

	@Test
	void csvAndXlsxGapRowsCarryTheCounts() throws Exception {
		List<List<String>> csv = CsvReport.parse(CsvReport.gaps(report));
		List<String> head = csv.get(0);
		int practice = head.indexOf("practice"), element = head.indexOf("element"),
				evidenced = head.indexOf("indicators_evidenced"), ofLevel = head.indexOf("indicators_of_level");
		assertTrue(evidenced > 0 && ofLevel > 0, head.toString());
		assertEquals(List.of("2/4", "0/4", "2/2"),
				List.of(counts(csv, practice, element, evidenced, ofLevel, "Governance.ThreatModeling", "Yard.Gw"),
						counts(csv, practice, element, evidenced, ofLevel, "Hardening.PatchManagement", ""),
						counts(csv, practice, element, evidenced, ofLevel, "Hardening.RemediationRecovery", "")));

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxReport.write(report, bytes);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet gaps = wb.getSheet(XlsxReport.GAPS);
			Row header = gaps.getRow(0);
			int ev = -1, of = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String h = header.getCell(c).getStringCellValue();
				ev = h.equals("Indicators evidenced") ? c : ev;
				of = h.equals("Indicators of the level") ? c : of;
			}
			boolean found = false;
			for (int i = 1; i <= gaps.getLastRowNum(); i++) {
				Row x = gaps.getRow(i);
				if (x.getCell(2).getStringCellValue().equals("Governance.ThreatModeling") && x.getCell(4) != null
						&& x.getCell(4).getStringCellValue().equals("Yard.Gw")) {
					assertEquals(2, (int) x.getCell(ev).getNumericCellValue());
					assertEquals(4, (int) x.getCell(of).getNumericCellValue());
					found = true;
				}
			}
			assertTrue(found, "the ThreatModeling row on Yard.Gw");
		}
	}

	private static String counts(List<List<String>> csv, int practice, int element, int evidenced, int ofLevel, String p,
			String e) {
		for (List<String> row : csv.subList(1, csv.size())) {
			if (row.get(practice).equals(p) && row.get(element).equals(e)) {
				return row.get(evidenced) + "/" + row.get(ofLevel);
			}
		}
		throw new AssertionError("no row " + p + "@" + e + " in " + csv);
	}

	@Test
	void jsonAchievedCarriesTheCountsInBothForms() throws Exception {
		JsonObject full = JsonParser.parseString(GapReportJson.toJson(report)).getAsJsonObject();
		JsonObject achieved = null;
		for (var row : full.getAsJsonArray("rows")) {
			JsonObject o = row.getAsJsonObject();
			if (o.get("practice").getAsString().equals("Governance.ThreatModeling")
					&& o.get("element").getAsString().equals("Yard.Gw")) {
				achieved = o.getAsJsonObject("achieved");
			}
		}
		assertEquals(2, achieved.get("indicatorsEvidenced").getAsInt());
		assertEquals(4, achieved.get("indicatorsOfLevel").getAsInt());

		StringWriter out = new StringWriter();
		GapReportJson.write(report, out, GapReportJson.Form.COMPACT);
		JsonArray findings = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings");
		List<String> figures = findings.asList().stream().map(f -> f.getAsJsonObject().get("level").getAsInt() + ":"
				+ f.getAsJsonObject().get("indicatorsEvidenced").getAsInt() + "/"
				+ f.getAsJsonObject().get("indicatorsOfLevel").getAsInt()).distinct().sorted().toList();
		assertEquals(List.of("1:2/2", "2:0/4", "3:2/4"), figures);
	}
}
