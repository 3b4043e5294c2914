package org.iotsmm.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.HtmlReport;
import org.iotsmm.report.MarkdownReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * A zone's or the system's level derived from the assessed elements inside (method.md) is marked
 * as derived wherever a report shows it, so a reader never takes it for a finding of its own.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class DerivedRowsTest {

	@Inject
	private ModelLoader loader;

	@Test
	void derivedLevelsAreMarkedInHtmlMarkdownAndJson() throws Exception {
		GapReport r = Fixtures.load(loader, Repo.fixture("derived-rows.smm"));
		List<GapRow> derived = r.rows().stream().filter(row -> row.achieved() != null && row.achieved().derived()).toList();
		// hand computation in the fixture: PM on Line and Line.Cell, AC on Office, TM on Office and the system
		assertEquals(5, derived.size(), derived.toString());

		String html = HtmlReport.render(r, FigureSource.none());
		String md = MarkdownReport.render(r);
		assertTrue(html.contains("1 general (derived)"), "PM on Line: derived level 1");
		assertTrue(md.contains("1 general (derived)"), "PM on Line: derived level 1");
		assertTrue(html.contains("2 general (derived)"), "the system's TM: derived 2 general");

		JsonArray rows = JsonParser.parseString(GapReportJson.toJson(r)).getAsJsonObject().getAsJsonArray("rows");
		long marked = 0;
		for (int i = 0; i < rows.size(); i++) {
			JsonObject row = rows.get(i).getAsJsonObject();
			if (row.get("achieved").isJsonObject() && row.getAsJsonObject("achieved").get("derived").getAsBoolean()) {
				marked++;
			}
		}
		assertEquals(derived.size(), marked);
	}
}
