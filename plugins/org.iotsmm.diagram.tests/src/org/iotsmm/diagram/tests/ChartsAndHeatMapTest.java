package org.iotsmm.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.ProgressPoint;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.dsl.loading.ModelLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.inject.Inject;

/** Maturity profile, radar, trend and coverage heat map on bottling-line (two assessments). */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmDiagramInjectorProvider.class)
class ChartsAndHeatMapTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	private GapReport report;

	@BeforeEach
	void load() throws Exception {
		report = new GapAnalysis().analyse(Support.system(loader, Repo.example("bottling-line")));
	}

	private static void assertValid(String svg, Path temp, String name) throws Exception {
		Support.parse(svg);
		assertTrue(Support.isPng(Support.rsvg(svg, temp, name)), name + " does not render");
	}

	@Test
	void maturityProfileShowsEveryDomainWithATarget() throws Exception {
		String svg = Diagrams.maturityProfileSvg(report);
		assertEquals(svg, Diagrams.maturityProfileSvg(report), "deterministic");
		assertValid(svg, temp, "profile");
		Set<String> domains = new LinkedHashSet<>();
		report.rows().stream().filter(GapRow::hasTarget).forEach(r -> domains.add(r.practice().domain()));
		assertTrue(domains.size() >= 2);
		String text = Support.parse(svg).getDocumentElement().getTextContent();
		for (String d : domains) {
			assertTrue(text.contains(d), "domain panel " + d + " missing");
		}
		assertTrue(text.contains("Target") && text.contains("Achieved"), "legend");
		assertTrue(Support.isPng(Diagrams.maturityProfilePng(report)));
	}

	@Test
	void radarPerDomainListsItsPractices() throws Exception {
		Set<String> domains = new LinkedHashSet<>();
		report.practices().forEach(p -> domains.add(p.domain()));
		for (String domain : domains) {
			String svg = Diagrams.radarSvg(report, domain);
			assertValid(svg, temp, "radar-" + domain);
			String text = Support.parse(svg).getDocumentElement().getTextContent();
			for (PracticeRef p : report.practices()) {
				if (p.domain().equals(domain)) {
					String title = p.title() != null ? p.title() : p.name();
					assertTrue(text.contains(title), domain + ": practice " + title + " missing from the radar");
				}
			}
		}
		assertThrows(IllegalArgumentException.class, () -> Diagrams.radarSvg(report, "NoSuchDomain"));
	}

	@Test
	void trendHasOnePointPerAssessment() throws Exception {
		assertTrue(report.progress().size() >= 2, "bottling-line has two assessments");
		String svg = Diagrams.trendSvg(report);
		assertValid(svg, temp, "trend");
		String text = Support.parse(svg).getDocumentElement().getTextContent();
		for (ProgressPoint p : report.progress()) {
			assertTrue(text.contains(p.assessment()), "assessment " + p.assessment() + " missing");
			assertTrue(text.contains(String.valueOf(p.practicesWithGap())), "value label missing");
		}
	}

	@Test
	void heatMapHasOneMarkedCellPerComponentAndPractice() throws Exception {
		String svg = Diagrams.coverageHeatMapSvg(report);
		assertEquals(svg, Diagrams.coverageHeatMapSvg(report), "deterministic");
		assertValid(svg, temp, "heatmap");
		Document doc = Support.parse(svg);
		Map<String, Element> ids = Support.ids(doc);
		int cells = 0;
		for (ElementRef e : report.elements()) {
			if (!e.isComponent()) {
				continue;
			}
			for (PracticeRef p : report.practices()) {
				Element cell = ids.get("cell:" + e.path() + ":" + p.qualifiedName());
				assertTrue(cell != null, "cell " + e.path() + " x " + p.qualifiedName() + " missing");
				cells++;
				GapRow row = report.row(p.qualifiedName(), e.path());
				boolean covered = row.hasTarget() || row.isAssessed();
				String status = covered ? row.status().name().toLowerCase(java.util.Locale.ROOT) : "no_target";
				assertTrue(cell.getAttribute("class").contains("status-" + status), cell.getAttribute("class"));
				String shown = textOf(cell);
				String expected = switch (row.status()) {
				case GAP -> "\u2717" + (row.levelGap() > 0 ? row.levelGap() : "s");
				case NOT_ASSESSED -> "?";
				case MET -> "\u2713";
				case EXCEEDS -> "\u2713+";
				case NO_TARGET -> row.isAssessed() ? "L" + row.achieved().level() : "";
				};
				assertEquals(expected, shown, "marker of " + e.path() + " x " + p.qualifiedName());
			}
		}
		assertEquals(report.elements().stream().filter(ElementRef::isComponent).count() * report.practices().size(), cells);
	}

	/** Text drawn in a cell group, without its title. */
	private static String textOf(Element group) {
		StringBuilder out = new StringBuilder();
		var texts = group.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < texts.getLength(); i++) {
			out.append(texts.item(i).getTextContent());
		}
		return out.toString();
	}
}
