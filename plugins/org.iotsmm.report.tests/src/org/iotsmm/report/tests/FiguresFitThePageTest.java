package org.iotsmm.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.DiagramFigures;
import org.iotsmm.report.HtmlReport;
import org.iotsmm.report.PdfReport;
import org.iotsmm.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 12: the bottling-line architecture diagram (2,548 px wide as drawn) used to run off the
 * right edge of its PDF page and be cropped in a box in the HTML. Now every figure is scaled to
 * the page column: the rendered pages are blank in the right margin, and the inlined SVGs carry a
 * viewBox and a width that fits.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmReportInjectorProvider.class)
class FiguresFitThePageTest {

	private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>");
	private static final Pattern WIDTH = Pattern.compile("\\swidth=['\"]([0-9.]+)['\"]");

	@Inject
	private ModelLoader loader;

	private String html() throws Exception {
		org.iotsmm.smm.System system = Models.system(loader, Repo.example("bottling-line"));
		GapReport report = new GapAnalysis(Models.NODE_MODEL).analyse(system);
		return HtmlReport.render(report, new DiagramFigures(report, system));
	}

	@Test
	void everyInlinedFigureHasAViewBoxAndFitsTheColumn() throws Exception {
		Matcher root = SVG_ROOT.matcher(html());
		int figures = 0;
		while (root.find()) {
			String tag = root.group();
			assertTrue(tag.contains("viewBox="), "scalable: " + tag);
			Matcher w = WIDTH.matcher(tag);
			assertTrue(w.find(), tag);
			assertTrue(Double.parseDouble(w.group(1)) <= 703, "fits the A4 column: " + tag);
			figures++;
		}
		assertTrue(figures >= 3, "architecture, profile, coverage (and trend) are inlined: " + figures);
	}

	@Test
	void thePdfPageWithTheArchitectureShowsTheWholeDiagram() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PdfReport.write(html(), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			PDFTextStripper text = new PDFTextStripper();
			int architecturePage = -1;
			for (int page = 0; page < pdf.getNumberOfPages() && architecturePage < 0; page++) {
				text.setStartPage(page + 1);
				text.setEndPage(page + 1);
				if (text.getText(pdf).contains("Architecture\n")) {
					architecturePage = page;
				}
			}
			assertTrue(architecturePage >= 0, "a page has the Architecture heading");
			for (int page = 0; page < pdf.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 50);
				// the right margin is 12 mm: at 50 dpi the last 20 pixel columns must stay white
				int inked = 0;
				for (int x = image.getWidth() - 20; x < image.getWidth(); x++) {
					for (int y = 0; y < image.getHeight(); y++) {
						if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
							inked++;
						}
					}
				}
				assertTrue(inked == 0, "page " + (page + 1) + " has " + inked + " inked pixels in its right margin");
			}
			BufferedImage page = renderer.renderImageWithDPI(architecturePage, 50);
			int inked = 0;
			for (int x = 0; x < page.getWidth(); x++) {
				for (int y = 0; y < page.getHeight(); y++) {
					if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
						inked++;
					}
				}
			}
			assertTrue(inked > page.getWidth() * page.getHeight() / 50, "the diagram is drawn on its page: " + inked);
		}
	}
}
