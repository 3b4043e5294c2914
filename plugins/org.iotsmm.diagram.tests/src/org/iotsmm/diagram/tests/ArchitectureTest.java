package org.iotsmm.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.ArchitectureDiagram.Link;
import org.iotsmm.diagram.ArchitecturePicture;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.DataFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import com.google.inject.Inject;

/** The architecture diagram of every example: completeness, geometry, SVG validity, determinism. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmDiagramInjectorProvider.class)
class ArchitectureTest {

	private static final double TOLERANCE = 1.5;

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	private record Loaded(org.iotsmm.smm.System system, GapReport report) {
	}

	private Loaded load(String example) throws Exception {
		org.iotsmm.smm.System system = Support.system(loader, Repo.example(example));
		return new Loaded(system, new GapAnalysis().analyse(system));
	}

	/** The flow ids the diagram must use, computed here from the model. */
	private static List<String> expectedFlowIds(org.iotsmm.smm.System system) {
		Map<Component, String> paths = new HashMap<>();
		Support.components(system).forEach((path, c) -> paths.put(c, path));
		List<String> ids = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (DataFlow f : system.getFlows()) {
			String base = "flow:" + (f.getName() != null ? f.getName()
					: paths.get(f.getSource()) + "--" + paths.get(f.getTarget()));
			int n = seen.merge(base, 1, Integer::sum);
			ids.add(n == 1 ? base : base + "#" + n);
		}
		return ids;
	}

	private static Set<String> elkIds(ElkNode root) {
		Set<String> ids = new HashSet<>();
		root.eAllContents().forEachRemaining((EObject o) -> {
			if (o instanceof ElkNode n) {
				ids.add(n.getIdentifier());
			} else if (o instanceof ElkEdge e) {
				ids.add(e.getIdentifier());
			}
		});
		return ids;
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void everyZoneComponentAndFlowAppearsInTheElkGraphAndTheSvg(String example) throws Exception {
		Loaded l = load(example);
		ArchitectureDiagram d = Diagrams.architecture(l.report(), l.system(), Options.DEFAULT);
		assertEquals(ArchitectureDiagram.Strategy.INCLUDE_CHILDREN, d.strategy());
		Set<String> elk = elkIds(d.elkGraph());
		Map<String, Element> svg = Support.ids(Support.parse(Diagrams.svg(d)));
		List<String> expected = new ArrayList<>();
		Support.zones(l.system()).keySet().forEach(p -> expected.add("zone:" + p));
		Support.components(l.system()).keySet().forEach(p -> expected.add("component:" + p));
		expected.addAll(expectedFlowIds(l.system()));
		assertFalse(l.system().getFlows().isEmpty(), example + " has flows");
		for (String id : expected) {
			assertTrue(elk.contains(id), example + ": " + id + " missing from the ELK graph " + elk);
			assertTrue(svg.containsKey(id), example + ": " + id + " missing from the SVG ids " + svg.keySet());
		}
		assertEquals(Support.components(l.system()).size(), d.components().size());
		assertEquals(Support.zones(l.system()).size(), d.zones().size());
		assertEquals(l.system().getFlows().size(), d.flows().size());
		// the model path is on the element, for linking back
		Support.components(l.system()).keySet()
				.forEach(p -> assertEquals(p, svg.get("component:" + p).getAttribute("data-path")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void geometryHoldsWithBothStrategies(String example) throws Exception {
		Loaded l = load(example);
		for (int limit : new int[] { Options.DEFAULT_INCLUDE_CHILDREN_LIMIT, 0 }) {
			ArchitectureDiagram d = Diagrams.architecture(l.report(), l.system(),
					Options.DEFAULT.withIncludeChildrenLimit(limit));
			assertEquals(limit == 0 ? ArchitectureDiagram.Strategy.SEPARATE_CHILDREN
					: ArchitectureDiagram.Strategy.INCLUDE_CHILDREN, d.strategy());
			assertGeometry(example + " " + d.strategy(), d);
		}
	}

	static void assertGeometry(String what, ArchitectureDiagram d) {
		List<Box> all = new ArrayList<>(d.zones());
		all.addAll(d.components());
		Map<String, Box> byId = new HashMap<>();
		all.forEach(b -> byId.put(b.id(), b));
		for (int i = 0; i < all.size(); i++) {
			Box a = all.get(i);
			assertTrue(a.bounds().getWidth() > 0 && a.bounds().getHeight() > 0, what + ": empty " + a.id());
			if (a.parent() != null) {
				Rectangle2D p = byId.get(a.parent()).bounds();
				assertTrue(grow(p, TOLERANCE).contains(a.bounds()), what + ": " + a.id() + " sticks out of " + a.parent());
			}
			for (int j = i + 1; j < all.size(); j++) {
				Box b = all.get(j);
				if (java.util.Objects.equals(a.parent(), b.parent())) {
					Rectangle2D x = a.bounds().createIntersection(b.bounds());
					assertFalse(x.getWidth() > 0.5 && x.getHeight() > 0.5,
							what + ": siblings " + a.id() + " and " + b.id() + " overlap: " + a.bounds() + " " + b.bounds());
				}
			}
		}
		for (Link link : d.flows()) {
			assertTrue(link.points().size() >= 2, what + ": " + link.id() + " has no route");
			Point2D start = link.points().get(0);
			Point2D end = link.points().get(link.points().size() - 1);
			Rectangle2D source = byId.get(link.source()).bounds();
			Rectangle2D target = byId.get(link.target()).bounds();
			assertTrue(onBorder(source, start), what + ": " + link.id() + " starts at " + start + ", not on " + source);
			assertTrue(onBorder(target, end), what + ": " + link.id() + " ends at " + end + ", not on " + target);
		}
		// labels fit: measured here independently with the painter's fonts
		java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
				java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		FontRenderContext frc = g.getFontRenderContext();
		Font title = new Font("SansSerif", Font.BOLD, 13);
		Font mark = new Font("SansSerif", Font.BOLD, 11);
		for (Box c : d.components()) {
			String heading = c.title() != null ? c.title() : c.name();
			double need = Math.max(title.getStringBounds(heading, frc).getWidth(), mark.getStringBounds(c.marker(), frc).getWidth());
			assertTrue(need + 6 + 16 <= c.bounds().getWidth() + 1, what + ": label of " + c.id() + " (" + need
					+ " px) does not fit in " + c.bounds().getWidth());
		}
	}

	private static Rectangle2D grow(Rectangle2D r, double by) {
		return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
	}

	private static boolean onBorder(Rectangle2D r, Point2D p) {
		Rectangle2D outer = grow(r, TOLERANCE);
		Rectangle2D inner = grow(r, -TOLERANCE);
		return outer.contains(p) && !inner.contains(p);
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void svgIsWellFormedDeterministicAndRendersWithRsvg(String example) throws Exception {
		Loaded l = load(example);
		String first = Diagrams.architectureSvg(l.report(), l.system(), Options.DEFAULT);
		Loaded again = load(example); // a fresh model and analysis: the same input, loaded twice
		String second = Diagrams.architectureSvg(again.report(), again.system(), Options.DEFAULT);
		assertEquals(first, second, "identical input must give byte-identical SVG");
		Support.parse(first);
		byte[] png = Support.rsvg(first, temp, example);
		assertTrue(Support.isPng(png) && png.length > 1000, "rsvg-convert produced no image");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertTrue(image.getWidth() > 200 && image.getHeight() > 100);
	}

	@Test
	void componentsAreMarkedWithTheirWorstStatusNotByColourAlone() throws Exception {
		Loaded l = load("bottling-line");
		ArchitectureDiagram d = Diagrams.architecture(l.report(), l.system(), Options.DEFAULT);
		Map<String, Component> components = Support.components(l.system());
		Set<Status> seen = new HashSet<>();
		for (Box b : d.components()) {
			Component c = components.get(b.path());
			Status expected = l.report().worstStatus(c);
			assertEquals(expected, b.status(), b.id());
			seen.add(expected);
			String symbol = switch (expected) {
			case GAP -> "\u2717 ";
			case NOT_ASSESSED -> "? not assessed";
			case MET -> "\u2713 met";
			case EXCEEDS -> "\u2713+ exceeds";
			case NO_TARGET -> "no target";
			};
			assertTrue(b.marker().startsWith(symbol) || b.marker().endsWith(symbol), b.id() + ": " + b.marker());
			if (expected == Status.GAP) {
				int gap = l.report().largestLevelGap(c);
				assertEquals(gap > 0 ? "\u2717 gap " + gap : "\u2717 scope gap", b.marker());
			}
		}
		assertTrue(seen.contains(Status.GAP), "bottling-line has components with a gap");
		// the SVG carries the marker text, not only the colour
		String svg = Diagrams.svg(d);
		for (Box b : d.components()) {
			Element group = Support.ids(Support.parse(svg)).get(b.id());
			assertTrue(group.getTextContent().contains(b.marker()), b.id() + " has no marker text in the SVG");
		}
	}

	@Test
	void filterToOnePracticeOrDomainUsesOnlyItsRows() throws Exception {
		Loaded l = load("bottling-line");
		GapRow someGap = l.report().rows().stream().filter(r -> r.status() == Status.GAP && r.element().isComponent())
				.findFirst().orElseThrow();
		String practice = someGap.practice().qualifiedName();
		ArchitectureDiagram byPractice = Diagrams.architecture(l.report(), l.system(),
				Options.DEFAULT.withPractice(practice));
		for (Box b : byPractice.components()) {
			assertEquals(l.report().row(practice, b.path()).status(), b.status(), practice + " on " + b.path());
		}
		String domain = someGap.practice().domain();
		ArchitectureDiagram byDomain = Diagrams.architecture(l.report(), l.system(), Options.DEFAULT.withDomain(domain));
		for (Box b : byDomain.components()) {
			Status worst = Status.NO_TARGET;
			for (GapRow r : l.report().rows()) {
				if (r.element().path().equals(b.path()) && r.practice().domain().equals(domain)) {
					worst = Status.worst(worst, r.status());
				}
			}
			assertEquals(worst, b.status(), domain + " on " + b.path());
		}
		assertTrue(byPractice.subtitle().contains(practice));
		assertNotEquals(Diagrams.svg(byPractice), Diagrams.svg(Diagrams.architecture(l.report(), l.system(), Options.DEFAULT)));
	}

	@Test
	void pngIsAnImageOfTheWholeDiagramWithStatusColours() throws Exception {
		Loaded l = load("bottling-line");
		byte[] png = Diagrams.architecturePng(l.report(), l.system(), Options.DEFAULT);
		assertTrue(Support.isPng(png));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		ArchitectureDiagram d = Diagrams.architecture(l.report(), l.system(), Options.DEFAULT);
		assertTrue(image.getWidth() >= d.width() && image.getHeight() >= d.height());
		boolean vermillion = false;
		for (int x = 0; x < image.getWidth() && !vermillion; x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == 0xD55E00) {
					vermillion = true;
					break;
				}
			}
		}
		assertTrue(vermillion, "a component with a gap is painted in vermillion");
	}

	/**
	 * The SVG is written directly (no Graphics2D behind it), the PNG is painted by Java2D: both must
	 * show the same picture. Sampled where it matters: the status band and the tinted body of every
	 * component, and the fill of every zone, read from the rsvg-convert rendering and from the PNG.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void svgRendersTheColoursThePngPainterDraws(String example) throws Exception {
		Loaded l = load(example);
		ArchitectureDiagram d = Diagrams.architecture(l.report(), l.system(), Options.DEFAULT);
		BufferedImage svg = ImageIO.read(new ByteArrayInputStream(Support.rsvg(Diagrams.svg(d), temp, example)));
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(Diagrams.png(d)));
		assertEquals(png.getWidth(), svg.getWidth(), "same width");
		assertEquals(png.getHeight(), svg.getHeight(), "same height");
		Point2D origin = ArchitecturePicture.graphOrigin();
		int samples = 0;
		for (Box c : d.components()) {
			Rectangle2D r = c.bounds();
			int y = (int) (origin.getY() + r.getCenterY());
			int band = (int) (origin.getX() + r.getX() + 2); // the status band along the left edge
			int body = (int) (origin.getX() + r.getMaxX() - 4); // the tinted card, right of the text
			for (int x : new int[] { band, body }) {
				assertEquals(Integer.toHexString(png.getRGB(x, y) & 0xFFFFFF), Integer.toHexString(svg.getRGB(x, y) & 0xFFFFFF),
						example + ": " + c.id() + " at (" + x + ", " + y + ")");
				samples++;
			}
		}
		for (Box z : d.zones()) { // just inside the zone's top-left corner, below its rounded edge
			int x = (int) (origin.getX() + z.bounds().getX() + 4);
			int y = (int) (origin.getY() + z.bounds().getMaxY() - 8);
			assertEquals(Integer.toHexString(png.getRGB(x, y) & 0xFFFFFF), Integer.toHexString(svg.getRGB(x, y) & 0xFFFFFF),
					example + ": " + z.id() + " at (" + x + ", " + y + ")");
			samples++;
		}
		assertTrue(samples > 4, example + ": sampled " + samples + " points");
	}

	/**
	 * A screen view paints a large diagram tile by tile, and the painter skips what lies outside the
	 * clip: a tile must show exactly the pixels of the same region of the whole picture.
	 */
	@Test
	void aClippedTileShowsThePixelsOfTheWholePicture() throws Exception {
		Loaded l = load("bottling-line");
		ArchitectureDiagram d = Diagrams.architecture(l.report(), l.system(), Options.DEFAULT);
		int width = (int) Math.ceil(ArchitecturePicture.width(d));
		int height = (int) Math.ceil(ArchitecturePicture.height(d));
		BufferedImage whole = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = whole.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, width, height);
		Diagrams.paint(g, d);
		g.dispose();
		int tile = 256;
		int checked = 0;
		for (int ty = 0; ty + tile <= height; ty += tile) {
			for (int tx = 0; tx + tile <= width; tx += tile) {
				BufferedImage part = new BufferedImage(tile, tile, BufferedImage.TYPE_INT_RGB);
				java.awt.Graphics2D t = part.createGraphics();
				t.setColor(java.awt.Color.WHITE);
				t.fillRect(0, 0, tile, tile);
				t.setClip(0, 0, tile, tile);
				t.translate(-tx, -ty);
				Diagrams.paint(t, d);
				t.dispose();
				for (int y = 0; y < tile; y++) {
					for (int x = 0; x < tile; x++) {
						if (whole.getRGB(tx + x, ty + y) != part.getRGB(x, y)) {
							throw new AssertionError("tile at (" + tx + ", " + ty + ") differs at (" + (tx + x) + ", " + (ty + y)
									+ ")");
						}
					}
				}
				checked++;
			}
		}
		assertTrue(checked > 10, "checked " + checked + " tiles");
	}
}
