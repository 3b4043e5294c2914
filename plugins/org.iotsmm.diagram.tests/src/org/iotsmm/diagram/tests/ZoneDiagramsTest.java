package org.iotsmm.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.benchmarks.SyntheticSystems;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.ArchitectureDiagram.Link;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.diagram.ZoneDiagrams;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Issue 12: the overview and zone figures of a generated fleet (600 components in 15 zones of 2 sites). */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmDiagramInjectorProvider.class)
class ZoneDiagramsTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path temp;

	private org.iotsmm.smm.System system;
	private GapReport report;

	@BeforeEach
	void generate() throws Exception {
		Path file = temp.resolve("fleet.smm");
		Files.writeString(file, SyntheticSystems.generate("Fleet", SyntheticSystems.Shape.standard(600), 3),
				StandardCharsets.UTF_8);
		system = Support.system(loader, file);
		report = new GapAnalysis().analyse(system);
	}

	@Test
	void overviewHasOneNodePerZoneAndItsFlowCountsAddUp() throws Exception {
		assertTrue(ZoneDiagrams.isLarge(system));
		ZoneDiagrams.Overview overview = ZoneDiagrams.overview(report, system, Options.DEFAULT);
		ArchitectureDiagram d = overview.diagram();
		List<Zone> zones = ZoneDiagrams.overviewZones(system);
		assertEquals(zones.size(), d.components().size(), "one node per zone");
		for (Zone z : zones) {
			String path = report.ref(z).path();
			Box box = d.components().stream().filter(b -> b.path().equals(path)).findFirst().orElseThrow();
			assertEquals(report.worstStatus(z), box.status(), "worst status of " + path);
			int components = countComponents(z);
			assertEquals(components, overview.components().get(path));
			assertTrue(box.title().contains(String.format("%,d components", components)), box.title());
		}
		int inside = overview.flowsInside().values().stream().mapToInt(Integer::intValue).sum();
		int between = overview.flowsBetween().values().stream().mapToInt(Integer::intValue).sum();
		assertEquals(system.getFlows().size(), inside + between, "every flow counted once");
		assertEquals(overview.flowsBetween().size(), d.flows().size(), "one edge per pair of zones");
		int labelled = 0;
		for (Link l : d.flows()) {
			assertTrue(l.routedByElk());
			labelled += Integer.parseInt(l.label().replace(",", "").replaceAll(" flows?$", ""));
		}
		assertEquals(between, labelled, "the edge labels add up to the flows between zones");
		Support.parse(Diagrams.svg(d));
	}

	@Test
	void everyZoneFigureRoutesEveryFlowOfItsZone() throws Exception {
		ZoneDiagrams.Prepared prepared = ZoneDiagrams.prepare(report, system, Options.DEFAULT);
		List<Zone> zones = ZoneDiagrams.detailZones(system);
		assertEquals(15, zones.size());
		int drawn = 0;
		for (Zone z : zones) {
			ArchitectureDiagram d = prepared.zone(z);
			Set<Component> mine = new HashSet<>(z.getComponents());
			long expected = system.getFlows().stream().filter(f -> mine.contains(f.getSource()) || mine.contains(f.getTarget()))
					.count();
			assertEquals(expected, d.flows().size(), "flows of " + z.getName());
			assertTrue(d.flows().stream().allMatch(Link::routedByElk), "every flow routed");
			assertTrue(d.flows().stream().allMatch(l -> l.points().size() >= 2));
			assertEquals(z.getComponents().size(), d.components().stream().filter(b -> !b.kind().equals("zone")).count());
			drawn += d.flows().size();
			assertEquals(Diagrams.svg(d), Diagrams.svg(prepared.zone(z)), "deterministic");
		}
		long crossing = system.getFlows().stream().filter(f -> zoneOf(f.getSource()) != zoneOf(f.getTarget())).count();
		assertEquals(system.getFlows().size() + crossing, drawn, "a flow between zones is in both zones' figures");
		assertFalse(ZoneDiagrams.isLarge(Support.system(loader, Repo.example("bottling-line"))), "small systems: one figure");
	}

	private static Zone zoneOf(Component c) {
		return (Zone) c.eContainer();
	}

	private static int countComponents(Zone z) {
		int n = z.getComponents().size();
		for (Zone inner : z.getZones()) {
			n += countComponents(inner);
		}
		return n;
	}

	/**
	 * The live view draws a new report on the previous layout (ArchitecturePicture.restatus) until
	 * the new layout is done: the statuses must be those a new layout gets, for the overview and a
	 * zone's figure alike, including the node that stands for the components outside every zone
	 * (no status of its own: it used to get the whole system's).
	 */
	@Test
	void newStatusesOnTheOldLayoutAreThoseOfANewLayout() throws Exception {
		String text = SyntheticSystems.generate("Fleet", SyntheticSystems.Shape.standard(600), 3);
		int firstFlow = text.indexOf("  flow C0 ");
		assertTrue(firstFlow > 0);
		text = text.substring(0, firstFlow) + "  device Loose \"Outside every zone\"\n  flow Loose -> C0\n" + text.substring(firstFlow);
		Path file = temp.resolve("loose.smm");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		org.iotsmm.smm.System loose = Support.system(loader, file);
		GapReport first = new GapAnalysis().analyse(loose, loose.getAssessments().get(0));
		GapReport last = new GapAnalysis().analyse(loose, loose.getAssessments().get(loose.getAssessments().size() - 1));
		ArchitectureDiagram overview = ZoneDiagrams.overview(first, loose, Options.DEFAULT).diagram();
		ArchitectureDiagram expected = ZoneDiagrams.overview(last, loose, Options.DEFAULT).diagram();
		assertTrue(overview.components().stream().anyMatch(b -> b.path().equals(ZoneDiagrams.OUTSIDE_ZONES)), "the outside node");
		assertFalse(statuses(overview).equals(statuses(expected)), "the two assessments differ on the overview");
		assertEquals(statuses(expected), statuses(org.iotsmm.diagram.ArchitecturePicture.restatus(overview, last, Options.DEFAULT)));
		Zone z0 = ZoneDiagrams.detailZones(loose).stream().filter(z -> z.getComponents().stream().anyMatch(c -> c.getName().equals("C0")))
				.findFirst().orElseThrow();
		ArchitectureDiagram figure = ZoneDiagrams.zone(first, loose, z0, Options.DEFAULT);
		assertTrue(figure.components().stream().anyMatch(b -> b.path().equals(ZoneDiagrams.OUTSIDE_ZONES)), "the outside node");
		assertEquals(statuses(ZoneDiagrams.zone(last, loose, z0, Options.DEFAULT)),
				statuses(org.iotsmm.diagram.ArchitecturePicture.restatus(figure, last, Options.DEFAULT)));
	}

	/**
	 * A live view repaints only the damage after a change of statuses: every pixel that differs
	 * between the picture of the old statuses and that of the new ones must lie in it, on the
	 * overview and on a zone's figure; and a new layout is all damage.
	 */
	@Test
	void statusDamageHoldsEveryPixelThatChanged() throws Exception {
		GapReport first = new GapAnalysis().analyse(system, system.getAssessments().get(0));
		GapReport last = new GapAnalysis().analyse(system, system.getAssessments().get(system.getAssessments().size() - 1));
		ArchitectureDiagram overview = ZoneDiagrams.overview(first, system, Options.DEFAULT).diagram();
		Zone zone = ZoneDiagrams.detailZones(system).get(0);
		ArchitectureDiagram figure = ZoneDiagrams.zone(first, system, zone, Options.DEFAULT);
		for (ArchitectureDiagram before : List.of(overview, figure)) {
			ArchitectureDiagram after = org.iotsmm.diagram.ArchitecturePicture.restatus(before, last, Options.DEFAULT);
			List<java.awt.geom.Rectangle2D> damage = org.iotsmm.diagram.ArchitecturePicture.statusDamage(before, after).orElseThrow();
			java.awt.image.BufferedImage old = paint(before);
			java.awt.image.BufferedImage now = paint(after);
			int changed = 0;
			for (int y = 0; y < now.getHeight(); y++) {
				for (int x = 0; x < now.getWidth(); x++) {
					if (old.getRGB(x, y) != now.getRGB(x, y)) {
						changed++;
						int px = x;
						int py = y;
						assertTrue(damage.stream().anyMatch(r -> r.contains(px + 0.5, py + 0.5)),
								"pixel " + x + "," + y + " changed outside the damage " + damage);
					}
				}
			}
			assertTrue(changed > 0, "the two assessments look different");
			double damaged = damage.stream().mapToDouble(r -> r.getWidth() * r.getHeight()).sum();
			assertTrue(damaged < 0.8 * now.getWidth() * now.getHeight(), "damage " + damaged + " is not most of the picture");
			assertEquals(List.of(), org.iotsmm.diagram.ArchitecturePicture.statusDamage(after, after).orElseThrow(),
					"the same statuses: nothing to repaint");
		}
		assertTrue(org.iotsmm.diagram.ArchitecturePicture.statusDamage(overview, figure).isEmpty(), "another layout");
	}

	private static java.awt.image.BufferedImage paint(ArchitectureDiagram d) {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
				(int) Math.ceil(org.iotsmm.diagram.ArchitecturePicture.width(d)),
				(int) Math.ceil(org.iotsmm.diagram.ArchitecturePicture.height(d)), java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		try {
			Diagrams.paint(g, d, org.iotsmm.diagram.Palette.COLOUR_BLIND_SAFE);
		} finally {
			g.dispose();
		}
		return image;
	}

	private static java.util.Map<String, String> statuses(ArchitectureDiagram d) {
		java.util.Map<String, String> result = new java.util.TreeMap<>();
		for (Box b : d.zones()) {
			result.put("zone " + b.path(), b.status() + " " + b.levelGap() + " " + b.marker());
		}
		for (Box b : d.components()) {
			result.put(b.kind() + " " + b.path(), b.status() + " " + b.levelGap() + " " + b.marker());
		}
		return result;
	}
}
