package org.iotsmm.diagram;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.ArchitectureDiagram.Link;
import org.iotsmm.diagram.ArchitectureDiagram.Strategy;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Zone;

/**
 * Builds the ELK graph of a system (zones as compound nodes, components as nodes sized from their
 * measured labels, flows as edges with their protocol as a measured label), lays it out with ELK
 * layered (direction right, orthogonal routing) and reads the result back in absolute
 * coordinates. See {@link Options} for the two strategies.
 */
final class ArchitectureLayout {

	private static boolean registered;

	private ArchitectureLayout() {
	}

	/** ELK finds algorithms through its meta data service; outside Eclipse we register layered ourselves. */
	static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	private record Element(ArchitectureElement model, ElementRef ref, ElkNode node, String id, int depth,
			String parentId, Status status, int levelGap, String marker) {
	}

	static ArchitectureDiagram layout(GapReport report, org.iotsmm.smm.System system, Options options) {
		register();
		Predicate<PracticeRef> filter = filter(report, options);
		int componentCount = countComponents(system.getComponents(), system.getZones());
		Strategy strategy = componentCount <= options.includeChildrenLimit() ? Strategy.INCLUDE_CHILDREN
				: Strategy.SEPARATE_CHILDREN;

		ElkNode root = ElkGraphUtil.createGraph();
		root.setIdentifier("system:" + Svg.id(system.getName() == null ? "system" : system.getName()));
		configure(root, strategy, true);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(12));

		List<Element> zones = new ArrayList<>();
		List<Element> components = new ArrayList<>();
		Map<Component, Element> byComponent = new IdentityHashMap<>();
		Map<String, Mark> marks = marks(report, filter);
		addChildren(report, marks, root, null, 0, system.getZones(), system.getComponents(), strategy, zones, components,
				byComponent);

		// flows, in model order; ids unique (a repeated source--target pair gets #2, #3, ...)
		record Flow(DataFlow flow, String id, Element source, Element target, ElkEdge edge) {
		}
		List<Flow> flows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (DataFlow flow : system.getFlows()) {
			Element source = byComponent.get(flow.getSource());
			Element target = byComponent.get(flow.getTarget());
			if (source == null || target == null) {
				continue; // unresolved reference: the validator reports it
			}
			String base = "flow:" + (flow.getName() != null && !flow.getName().isEmpty() ? flow.getName()
					: source.ref().path() + "--" + target.ref().path());
			int n = seen.merge(base, 1, Integer::sum);
			String id = Svg.id(n == 1 ? base : base + "#" + n);
			ElkEdge edge = null;
			boolean crossZone = source.node().getParent() != target.node().getParent();
			if (strategy == Strategy.INCLUDE_CHILDREN || !crossZone) {
				edge = ElkGraphUtil.createSimpleEdge(source.node(), target.node());
				ElkGraphUtil.updateContainment(edge);
				edge.setIdentifier(id);
				String label = flow.getProtocol();
				if (label != null && !label.isEmpty()) {
					ElkLabel l = ElkGraphUtil.createLabel(label, edge);
					l.setDimensions(Text.width(Look.EDGE_LABEL, label) + 6, Text.lineHeight(Look.EDGE_LABEL) + 2);
					l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
				}
			}
			flows.add(new Flow(flow, id, source, target, edge));
		}

		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		List<Box> zoneBoxes = new ArrayList<>();
		for (Element z : zones) {
			zoneBoxes.add(box(z, null, 1));
		}
		List<Box> componentBoxes = new ArrayList<>();
		Map<Element, Rectangle2D> bounds = new IdentityHashMap<>();
		for (Element c : components) {
			Component component = (Component) c.model();
			Box box = box(c, component.getKind() == null ? "device" : component.getKind().getLiteral(),
					component.getCount());
			componentBoxes.add(box);
			bounds.put(c, box.bounds());
		}
		List<Link> links = new ArrayList<>();
		for (Flow f : flows) {
			String label = f.flow().getProtocol() == null || f.flow().getProtocol().isEmpty() ? null : f.flow().getProtocol();
			String title = "flow " + (f.flow().getName() == null ? "" : f.flow().getName() + ": ") + f.source().ref().path()
					+ " \u2192 " + f.target().ref().path() + (label == null ? "" : ", protocol " + label)
					+ (f.flow().getDataClasses().isEmpty() ? "" : ", carries " + String.join(", ", f.flow().getDataClasses()))
					+ (f.flow().isEncrypted() ? ", encrypted" : "") + (f.flow().isAuthenticated() ? ", authenticated" : "");
			if (f.edge() != null) {
				KVector offset = absolute(f.edge().getContainingNode());
				List<Point2D> points = new ArrayList<>();
				for (ElkEdgeSection s : f.edge().getSections()) {
					points.add(new Point2D.Double(offset.x + s.getStartX(), offset.y + s.getStartY()));
					for (ElkBendPoint b : s.getBendPoints()) {
						points.add(new Point2D.Double(offset.x + b.getX(), offset.y + b.getY()));
					}
					points.add(new Point2D.Double(offset.x + s.getEndX(), offset.y + s.getEndY()));
				}
				Rectangle2D labelBounds = null;
				if (!f.edge().getLabels().isEmpty()) {
					ElkLabel l = f.edge().getLabels().get(0);
					labelBounds = new Rectangle2D.Double(offset.x + l.getX(), offset.y + l.getY(), l.getWidth(), l.getHeight());
				}
				links.add(new Link(f.id(), f.source().id(), f.target().id(), label, labelBounds, points, true, title));
			} else {
				Rectangle2D a = bounds.get(f.source());
				Rectangle2D b = bounds.get(f.target());
				Point2D from = borderPoint(a, b.getCenterX(), b.getCenterY());
				Point2D to = borderPoint(b, a.getCenterX(), a.getCenterY());
				Rectangle2D labelBounds = null;
				if (label != null) {
					double w = Text.width(Look.EDGE_LABEL, label) + 6;
					double h = Text.lineHeight(Look.EDGE_LABEL) + 2;
					labelBounds = new Rectangle2D.Double((from.getX() + to.getX()) / 2 - w / 2,
							(from.getY() + to.getY()) / 2 - h / 2, w, h);
				}
				links.add(new Link(f.id(), f.source().id(), f.target().id(), label, labelBounds, List.of(from, to), false,
						title));
			}
		}
		String subtitle = (report.assessment() == null ? "no assessment" : "assessment " + report.assessment()
				+ (report.assessmentDate() == null ? "" : " (" + report.assessmentDate() + ")"))
				+ (report.targetSet() == null ? "" : " against target set " + report.targetSet())
				+ (options.describeFilter().isEmpty() ? "" : "; statuses for " + options.describeFilter());
		return new ArchitectureDiagram(system.getName(), subtitle, root, strategy, root.getWidth(), root.getHeight(),
				zoneBoxes, componentBoxes, links);
	}

	static void configure(ElkNode node, Strategy strategy, boolean isRoot) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.RANDOM_SEED, 1);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		node.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
		node.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		if (isRoot) {
			node.setProperty(CoreOptions.HIERARCHY_HANDLING, strategy == Strategy.INCLUDE_CHILDREN
					? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
		}
	}

	private static void addChildren(GapReport report, Map<String, Mark> marks, ElkNode parent, String parentId,
			int depth, List<Zone> zones, List<Component> components, Strategy strategy, List<Element> zoneOut,
			List<Element> componentOut, Map<Component, Element> byComponent) {
		for (Zone zone : zones) {
			ElementRef ref = report.ref(zone);
			ElkNode node = ElkGraphUtil.createNode(parent);
			String id = Svg.id("zone:" + ref.path());
			node.setIdentifier(id);
			configure(node, strategy, false);
			Mark mark = marks.getOrDefault(ref.path(), NO_MARK);
			double header = Faces.zoneHeaderHeight();
			node.setProperty(CoreOptions.PADDING, new ElkPadding(header + 10, 14, 14, 14));
			node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			node.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
					new KVector(Faces.zoneHeaderWidth(zone.getTitle(), zone.getName(), mark.marker()), header + 30));
			Element e = new Element(zone, ref, node, id, depth, parentId, mark.status(), mark.levelGap(), mark.marker());
			zoneOut.add(e);
			addChildren(report, marks, node, id, depth + 1, zone.getZones(), zone.getComponents(), strategy, zoneOut,
					componentOut, byComponent);
		}
		for (Component component : components) {
			ElementRef ref = report.ref(component);
			ElkNode node = ElkGraphUtil.createNode(parent);
			String id = Svg.id("component:" + ref.path());
			node.setIdentifier(id);
			Mark mark = marks.getOrDefault(ref.path(), NO_MARK);
			String kind = component.getKind() == null ? "device" : component.getKind().getLiteral();
			Faces.Size size = Faces.component(component.getTitle(), component.getName(), kind, component.getCount(),
					mark.marker());
			node.setDimensions(size.width(), size.height());
			Element e = new Element(component, ref, node, id, depth, parentId, mark.status(), mark.levelGap(),
					mark.marker());
			componentOut.add(e);
			byComponent.put(component, e);
		}
	}

	record Mark(Status status, int levelGap, String marker) {
	}

	static final Mark NO_MARK = new Mark(Status.NO_TARGET, 0, Look.marker(Status.NO_TARGET, 0));

	/**
	 * Worst status and largest level gap of every element over what it contains (the same extent
	 * as GapReport.worstStatus), optionally filtered to some practices: one pass over the rows,
	 * each row counted for its element and every enclosing zone and the system (path ""). Asking
	 * the report per element rescanned all rows each time (10k components: minutes).
	 */
	static Map<String, Mark> marks(GapReport report, Predicate<PracticeRef> filter) {
		Map<String, Status> worst = new HashMap<>();
		Map<String, Integer> largest = new HashMap<>();
		for (GapRow row : report.rows()) {
			if (filter != null && !filter.test(row.practice())) {
				continue;
			}
			for (String path = row.element().path();; path = path.substring(0, Math.max(0, path.lastIndexOf('.')))) {
				worst.merge(path, row.status(), Status::worst);
				largest.merge(path, row.levelGap(), Math::max);
				if (path.isEmpty()) {
					break;
				}
			}
		}
		Map<String, Mark> marks = new HashMap<>();
		worst.forEach((path, status) -> {
			int gap = largest.getOrDefault(path, 0);
			marks.put(path, new Mark(status, gap, Look.marker(status, gap)));
		});
		return marks;
	}

	static Predicate<PracticeRef> filter(GapReport report, Options options) {
		if (options.domain() == null && options.practice() == null) {
			return null;
		}
		if (options.domain() != null && report.practices().stream().noneMatch(p -> p.domain().equals(options.domain()))) {
			throw new IllegalArgumentException("No domain " + options.domain() + " in catalog " + report.catalog());
		}
		PracticeRef practice = options.practice() == null ? null
				: report.practice(options.practice()).orElseThrow(() -> new IllegalArgumentException(
						"No practice " + options.practice() + " in catalog " + report.catalog()));
		return p -> (options.domain() == null || p.domain().equals(options.domain()))
				&& (practice == null || p.equals(practice));
	}

	private static Box box(Element e, String kind, int count) {
		KVector at = absolute(e.node());
		ArchitectureElement m = e.model();
		return new Box(e.id(), e.ref().path(), e.parentId(), m.getTitle(), m.getName(), kind, count, e.status(),
				e.levelGap(), e.marker(), e.depth(),
				new Rectangle2D.Double(at.x, at.y, e.node().getWidth(), e.node().getHeight()));
	}

	/** Absolute position of a node's top-left corner (the root is at 0,0). */
	static KVector absolute(ElkNode node) {
		KVector v = new KVector();
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			v.x += n.getX();
			v.y += n.getY();
		}
		return v;
	}

	/** Where the line from the centre of {@code r} towards (tx, ty) leaves {@code r}. */
	static Point2D borderPoint(Rectangle2D r, double tx, double ty) {
		double cx = r.getCenterX();
		double cy = r.getCenterY();
		double dx = tx - cx;
		double dy = ty - cy;
		if (dx == 0 && dy == 0) {
			return new Point2D.Double(cx, r.getMaxY());
		}
		double sx = dx == 0 ? Double.POSITIVE_INFINITY : (r.getWidth() / 2) / Math.abs(dx);
		double sy = dy == 0 ? Double.POSITIVE_INFINITY : (r.getHeight() / 2) / Math.abs(dy);
		double s = Math.min(sx, sy);
		return new Point2D.Double(cx + dx * s, cy + dy * s);
	}

	private static int countComponents(List<Component> components, List<Zone> zones) {
		int n = components.size();
		for (Zone z : zones) {
			n += countComponents(z.getComponents(), z.getZones());
		}
		return n;
	}
}
