package org.iotsmm.diagram;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.ArchitectureDiagram.Link;
import org.iotsmm.diagram.ArchitectureDiagram.Strategy;
import org.iotsmm.diagram.ArchitectureLayout.Mark;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Zone;

/**
 * The architecture of a large system as several figures whose layout cost grows with what each
 * shows, not with the fleet: an <b>overview</b> (the top zones as nodes with their component
 * count and worst status, the flows between two zones as one edge labelled with their number)
 * and one <b>detail</b> figure per zone that holds components (its components, every flow inside
 * it routed by ELK, and every flow to or from another zone routed to a node standing for that
 * zone). Each figure is one flat ELK layered graph, so it is laid out in milliseconds.
 * <p>
 * Used above {@link #OVERVIEW_ABOVE_COMPONENTS} components; below, {@link Diagrams#architecture}
 * draws everything in one figure.
 */
public final class ZoneDiagrams {

	/**
	 * Above this many components the report shows the overview and the zone figures. Why 150: one
	 * figure with every component and flow is still legible on an A4 page up to about a hundred
	 * components, and one hierarchical ELK call over 150 components takes about 0.25 s, the most a
	 * report or a view that follows typing should wait (docs/performance.md).
	 */
	public static final int OVERVIEW_ABOVE_COMPONENTS = 150;

	/**
	 * At most this many edges in the overview: the busiest pairs of zones. A fleet of 100,000
	 * components in 250 sites had some 30,000 pairs, which ELK did not lay out in 20 minutes and
	 * nobody could read; the subtitle counts the flows of the pairs not drawn.
	 */
	public static final int MAX_OVERVIEW_EDGES = 300;

	/** The key of the components outside every zone (in the overview, one node stands for them). */
	public static final String OUTSIDE_ZONES = "";

	private ZoneDiagrams() {
	}

	/** True when {@code system} has more than {@link #OVERVIEW_ABOVE_COMPONENTS} components. */
	public static boolean isLarge(org.iotsmm.smm.System system) {
		return componentCount(system.getComponents(), system.getZones()) > OVERVIEW_ABOVE_COMPONENTS;
	}

	/**
	 * The overview and the figures it counts: per zone (path) its components and the flows inside
	 * it, and per ordered pair of zones the flows from the first to the second. The flows inside
	 * zones and between zones add up to the system's flows (flows with an unresolved end excepted).
	 */
	public record Overview(ArchitectureDiagram diagram, Map<String, Integer> components, Map<String, Integer> flowsInside,
			Map<List<String>, Integer> flowsBetween) {
	}

	/**
	 * The zones the overview shows: the system's top zones; when the system is one zone that only
	 * holds zones, the zones inside it (and so on), so that the overview is never a single box.
	 */
	public static List<Zone> overviewZones(org.iotsmm.smm.System system) {
		List<Zone> zones = system.getZones();
		while (zones.size() == 1 && system.getComponents().isEmpty() && zones.get(0).getComponents().isEmpty()
				&& !zones.get(0).getZones().isEmpty()) {
			zones = zones.get(0).getZones();
		}
		return List.copyOf(zones);
	}

	/** The zones that hold components themselves, in model order: one detail figure each. */
	public static List<Zone> detailZones(org.iotsmm.smm.System system) {
		List<Zone> out = new ArrayList<>();
		collect(system.getZones(), out);
		return out;
	}

	private static void collect(List<Zone> zones, List<Zone> out) {
		for (Zone z : zones) {
			if (!z.getComponents().isEmpty()) {
				out.add(z);
			}
			collect(z.getZones(), out);
		}
	}

	// ---------------------------------------------------------------- overview

	public static Overview overview(GapReport report, org.iotsmm.smm.System system, Options options) {
		check(report, system);
		ArchitectureLayout.register();
		Options o = options == null ? Options.DEFAULT : options;
		Map<String, Mark> marks = ArchitectureLayout.marks(report, ArchitectureLayout.filter(report, o));
		Map<Component, String> groupOf = new IdentityHashMap<>();
		Map<String, Zone> groups = new LinkedHashMap<>();
		Map<String, Integer> components = new LinkedHashMap<>();
		for (Zone z : overviewZones(system)) {
			String path = report.ref(z).path();
			groups.put(path, z);
			components.put(path, 0);
			assign(z.getComponents(), z.getZones(), path, groupOf);
		}
		for (Component c : system.getComponents()) {
			groupOf.put(c, OUTSIDE_ZONES);
		}
		if (groupOf.containsValue(OUTSIDE_ZONES)) {
			groups.put(OUTSIDE_ZONES, null);
			components.put(OUTSIDE_ZONES, 0);
		}
		groupOf.values().forEach(g -> components.merge(g, 1, Integer::sum));
		Map<String, Integer> inside = new LinkedHashMap<>();
		components.keySet().forEach(k -> inside.put(k, 0));
		Map<List<String>, Integer> between = new LinkedHashMap<>();
		for (DataFlow f : system.getFlows()) {
			String a = groupOf.get(f.getSource());
			String b = groupOf.get(f.getTarget());
			if (a == null || b == null) {
				continue; // unresolved end: the validator reports it
			}
			if (a.equals(b)) {
				inside.merge(a, 1, Integer::sum);
			} else {
				between.merge(List.of(a, b), 1, Integer::sum);
			}
		}

		ElkNode root = root(system.getName(), "overview");
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		Map<String, String[]> faces = new LinkedHashMap<>(); // title, name, marker
		groups.forEach((path, zone) -> {
			// the system's own mark ("") covers everything; the node for components outside zones has none of its own
			Mark mark = zone == null ? ArchitectureLayout.NO_MARK : marks.getOrDefault(path, ArchitectureLayout.NO_MARK);
			String title = (zone == null ? "outside zones" : Faces.heading(zone.getTitle(), zone.getName())) + ": "
					+ count(components.get(path), "component") + ", " + count(inside.get(path), "flow") + " inside";
			String name = zone == null ? "(system)" : path;
			faces.put(path, new String[] { title, name, mark.marker(), mark.status().name(), Integer.toString(mark.levelGap()) });
			nodes.put(path, node(root, Svg.id("zone:" + (zone == null ? "(outside)" : path)), title, name, "zone", mark));
		});
		// the busiest pairs of zones, as many as a figure can show (ELK's cost and the reader's grow with edges)
		List<Map.Entry<List<String>, Integer>> drawn = new ArrayList<>(between.entrySet());
		drawn.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: model order among equals
		List<Map.Entry<List<String>, Integer>> hidden = drawn.subList(Math.min(MAX_OVERVIEW_EDGES, drawn.size()), drawn.size());
		int hiddenFlows = hidden.stream().mapToInt(Map.Entry::getValue).sum();
		int hiddenPairs = hidden.size();
		drawn = drawn.subList(0, Math.min(MAX_OVERVIEW_EDGES, drawn.size()));
		List<Edge> edges = new ArrayList<>();
		for (Map.Entry<List<String>, Integer> e : drawn) {
			List<String> pair = e.getKey();
			int n = e.getValue();
			edges.add(edge(root, nodes.get(pair.get(0)), nodes.get(pair.get(1)),
					Svg.id("flows:" + label(pair.get(0)) + "--" + label(pair.get(1))), count(n, "flow"),
					count(n, "flow") + " from " + label(pair.get(0)) + " to " + label(pair.get(1))));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		List<Box> boxes = new ArrayList<>();
		groups.forEach((path, zone) -> {
			String[] f = faces.get(path);
			boxes.add(box(nodes.get(path), path, f[0], f[1], "zone",
					new Mark(org.iotsmm.analysis.Status.valueOf(f[3]), Integer.parseInt(f[4]), f[2])));
		});
		String subtitle = subtitle(report, o) + "; overview: " + count(groups.size(), "zone") + ", flows between zones counted"
				+ (hiddenPairs == 0 ? "" : "; the " + MAX_OVERVIEW_EDGES + " busiest pairs of zones drawn, "
						+ count(hiddenFlows, "flow") + " between " + hiddenPairs + " other pairs not drawn");
		ArchitectureDiagram d = new ArchitectureDiagram(system.getName(), subtitle, root, Strategy.INCLUDE_CHILDREN,
				root.getWidth(), root.getHeight(), List.of(), boxes, links(edges));
		return new Overview(d, components, inside, between);
	}

	private static void assign(List<Component> components, List<Zone> zones, String group, Map<Component, String> out) {
		components.forEach(c -> out.put(c, group));
		zones.forEach(z -> assign(z.getComponents(), z.getZones(), group, out));
	}

	private static String label(String path) {
		return path.isEmpty() ? "(outside zones)" : path;
	}

	// ---------------------------------------------------------------- zone detail

	/**
	 * One zone's components with every flow that starts or ends in it, each routed by ELK; the
	 * other end of a flow that leaves the zone is a node standing for the zone it reaches.
	 */
	public static ArchitectureDiagram zone(GapReport report, org.iotsmm.smm.System system, Zone zone, Options options) {
		return prepare(report, system, options).zone(zone);
	}

	/**
	 * What every zone figure of one system needs, computed once (statuses from one pass over the
	 * rows, each component's zone, each zone's flows), so that drawing all zone figures costs the
	 * sum of their sizes rather than zones x system.
	 */
	public static Prepared prepare(GapReport report, org.iotsmm.smm.System system, Options options) {
		check(report, system);
		ArchitectureLayout.register();
		Options o = options == null ? Options.DEFAULT : options;
		Map<Component, Zone> zoneOf = new IdentityHashMap<>();
		innermost(system.getZones(), zoneOf);
		Map<Zone, List<DataFlow>> flowsOf = new IdentityHashMap<>();
		for (DataFlow f : system.getFlows()) {
			Zone a = zoneOf.get(f.getSource());
			Zone b = zoneOf.get(f.getTarget());
			if (a != null) {
				flowsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(f);
			}
			if (b != null && b != a) {
				flowsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(f);
			}
		}
		return new Prepared(report, system, o, ArchitectureLayout.marks(report, ArchitectureLayout.filter(report, o)), zoneOf,
				flowsOf);
	}

	/** The shared part of the zone figures of one system; see {@link #prepare}. */
	public static final class Prepared {
		private final GapReport report;
		private final org.iotsmm.smm.System system;
		private final Options options;
		private final Map<String, Mark> marks;
		private final Map<Component, Zone> zoneOf;
		private final Map<Zone, List<DataFlow>> flowsOf;

		private Prepared(GapReport report, org.iotsmm.smm.System system, Options options, Map<String, Mark> marks,
				Map<Component, Zone> zoneOf, Map<Zone, List<DataFlow>> flowsOf) {
			this.report = report;
			this.system = system;
			this.options = options;
			this.marks = marks;
			this.zoneOf = zoneOf;
			this.flowsOf = flowsOf;
		}

		/** The detail figure of one zone (see {@link ZoneDiagrams#zone}). */
		public ArchitectureDiagram zone(Zone zone) {
			return detail(report, system, zone, options, marks, zoneOf, flowsOf.getOrDefault(zone, List.of()));
		}
	}

	private static ArchitectureDiagram detail(GapReport report, org.iotsmm.smm.System system, Zone zone, Options o,
			Map<String, Mark> marks, Map<Component, Zone> zoneOf, List<DataFlow> zoneFlows) {
		String zonePath = report.ref(zone).path();

		ElkNode root = root(system.getName(), zonePath);
		Map<Component, ElkNode> nodes = new IdentityHashMap<>();
		List<Box> boxes = new ArrayList<>();
		List<Runnable> readBack = new ArrayList<>();
		for (Component c : zone.getComponents()) {
			String path = report.ref(c).path();
			Mark mark = marks.getOrDefault(path, ArchitectureLayout.NO_MARK);
			String kind = c.getKind() == null ? "device" : c.getKind().getLiteral();
			ElkNode n = componentNode(root, Svg.id("component:" + path), c, kind, mark);
			nodes.put(c, n);
			readBack.add(() -> boxes.add(new Box(n.getIdentifier(), path, null, c.getTitle(), c.getName(), kind, c.getCount(),
					mark.status(), mark.levelGap(), mark.marker(), 0, bounds(n))));
		}
		Map<String, ElkNode> proxies = new LinkedHashMap<>();
		List<Edge> edges = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		int outside = 0;
		int flows = 0;
		for (DataFlow f : zoneFlows) {
			Component s = f.getSource();
			Component t = f.getTarget();
			boolean in = nodes.containsKey(s);
			boolean out = nodes.containsKey(t);
			if (!in && !out || s == null || t == null) {
				continue;
			}
			ElkNode a = in ? nodes.get(s) : proxy(report, root, proxies, zoneOf.get(s), marks, readBack, boxes);
			ElkNode b = out ? nodes.get(t) : proxy(report, root, proxies, zoneOf.get(t), marks, readBack, boxes);
			String base = "flow:" + (f.getName() != null && !f.getName().isEmpty() ? f.getName()
					: report.ref(s).path() + "--" + report.ref(t).path());
			int k = seen.merge(base, 1, Integer::sum);
			String protocol = f.getProtocol() == null || f.getProtocol().isEmpty() ? null : f.getProtocol();
			edges.add(edge(root, a, b, Svg.id(k == 1 ? base : base + "#" + k), protocol, "flow " + report.ref(s).path()
					+ " \u2192 " + report.ref(t).path() + (protocol == null ? "" : ", protocol " + protocol)));
			flows++;
			if (!in || !out) {
				outside++;
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		readBack.forEach(Runnable::run);
		String subtitle = subtitle(report, o) + "; zone " + zonePath + ": " + count(zone.getComponents().size(), "component")
				+ ", " + count(flows, "flow") + " (" + outside + " to or from other zones, drawn to a node for that zone)";
		return new ArchitectureDiagram(system.getName(), subtitle, root, Strategy.INCLUDE_CHILDREN, root.getWidth(),
				root.getHeight(), List.of(), boxes, links(edges));
	}

	private static ElkNode proxy(GapReport report, ElkNode root, Map<String, ElkNode> proxies, Zone other,
			Map<String, Mark> marks, List<Runnable> readBack, List<Box> boxes) {
		String path = other == null ? OUTSIDE_ZONES : report.ref(other).path();
		return proxies.computeIfAbsent(path, p -> {
			Mark mark = other == null ? ArchitectureLayout.NO_MARK : marks.getOrDefault(p, ArchitectureLayout.NO_MARK);
			String title = other == null ? "outside zones" : "\u2192 zone " + Faces.heading(other.getTitle(), other.getName());
			String name = other == null ? "(system)" : p;
			ElkNode n = node(root, Svg.id("zone:" + (other == null ? "(outside)" : p)), title, name, "zone", mark);
			readBack.add(() -> boxes.add(box(n, p, title, name, "zone", mark)));
			return n;
		});
	}

	private static void innermost(List<Zone> zones, Map<Component, Zone> out) {
		for (Zone z : zones) {
			z.getComponents().forEach(c -> out.put(c, z));
			innermost(z.getZones(), out);
		}
	}

	// ---------------------------------------------------------------- shared

	private record Edge(ElkEdge elk, String id, String label, String title, String source, String target) {
	}

	private static void check(GapReport report, org.iotsmm.smm.System system) {
		if (!report.system().equals(system.getName())) {
			throw new IllegalArgumentException("The report is about system " + report.system() + ", not " + system.getName());
		}
	}

	private static ElkNode root(String system, String part) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setIdentifier(Svg.id("system:" + (system == null ? "system" : system) + ":" + part));
		ArchitectureLayout.configure(root, Strategy.INCLUDE_CHILDREN, true);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
		// one flat graph per figure: fewer crossing-minimisation sweeps (ELK's default is 7) keep a
		// zone of 40 components in tens of milliseconds; the figures stay readable at this size
		root.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.THOROUGHNESS,
				1);
		return root;
	}

	private static ElkNode node(ElkNode root, String id, String title, String name, String kind, Mark mark) {
		ElkNode n = ElkGraphUtil.createNode(root);
		n.setIdentifier(id);
		Faces.Size size = Faces.component(title, name, kind, 1, mark.marker());
		n.setDimensions(size.width(), size.height());
		return n;
	}

	private static ElkNode componentNode(ElkNode root, String id, Component c, String kind, Mark mark) {
		ElkNode n = ElkGraphUtil.createNode(root);
		n.setIdentifier(id);
		Faces.Size size = Faces.component(c.getTitle(), c.getName(), kind, c.getCount(), mark.marker());
		n.setDimensions(size.width(), size.height());
		return n;
	}

	private static Edge edge(ElkNode root, ElkNode source, ElkNode target, String id, String label, String title) {
		ElkEdge e = ElkGraphUtil.createSimpleEdge(source, target);
		ElkGraphUtil.updateContainment(e);
		e.setIdentifier(id);
		if (label != null) {
			ElkLabel l = ElkGraphUtil.createLabel(label, e);
			l.setDimensions(Text.width(Look.EDGE_LABEL, label) + 6, Text.lineHeight(Look.EDGE_LABEL) + 2);
			l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		}
		return new Edge(e, id, label, title, source.getIdentifier(), target.getIdentifier());
	}

	private static Box box(ElkNode n, String path, String title, String name, String kind, Mark mark) {
		return new Box(n.getIdentifier(), path, null, title, name, kind, 1, mark.status(), mark.levelGap(), mark.marker(), 0,
				bounds(n));
	}

	private static Rectangle2D bounds(ElkNode n) {
		KVector at = ArchitectureLayout.absolute(n);
		return new Rectangle2D.Double(at.x, at.y, n.getWidth(), n.getHeight());
	}

	private static List<Link> links(List<Edge> edges) {
		List<Link> links = new ArrayList<>();
		for (Edge e : edges) {
			KVector offset = ArchitectureLayout.absolute(e.elk().getContainingNode());
			List<Point2D> points = new ArrayList<>();
			for (ElkEdgeSection s : e.elk().getSections()) {
				points.add(new Point2D.Double(offset.x + s.getStartX(), offset.y + s.getStartY()));
				for (ElkBendPoint b : s.getBendPoints()) {
					points.add(new Point2D.Double(offset.x + b.getX(), offset.y + b.getY()));
				}
				points.add(new Point2D.Double(offset.x + s.getEndX(), offset.y + s.getEndY()));
			}
			Rectangle2D labelBounds = null;
			if (!e.elk().getLabels().isEmpty()) {
				ElkLabel l = e.elk().getLabels().get(0);
				labelBounds = new Rectangle2D.Double(offset.x + l.getX(), offset.y + l.getY(), l.getWidth(), l.getHeight());
			}
			links.add(new Link(e.id(), e.source(), e.target(), e.label(), labelBounds, points, true, e.title()));
		}
		return links;
	}

	private static String subtitle(GapReport report, Options options) {
		return (report.assessment() == null ? "no assessment" : "assessment " + report.assessment()
				+ (report.assessmentDate() == null ? "" : " (" + report.assessmentDate() + ")"))
				+ (report.targetSet() == null ? "" : " against target set " + report.targetSet())
				+ (options.describeFilter().isEmpty() ? "" : "; statuses for " + options.describeFilter());
	}

	private static String count(int n, String noun) {
		return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
	}

	private static int componentCount(List<Component> components, List<Zone> zones) {
		int n = components.size();
		for (Zone z : zones) {
			n += componentCount(z.getComponents(), z.getZones());
		}
		return n;
	}
}
