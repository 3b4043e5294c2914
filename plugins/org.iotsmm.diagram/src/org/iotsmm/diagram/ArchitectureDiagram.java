package org.iotsmm.diagram;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.eclipse.elk.graph.ElkNode;
import org.iotsmm.analysis.Status;

/**
 * A laid-out architecture diagram: the ELK graph as laid out, and the same picture in absolute
 * coordinates (zones and components as boxes, flows as polylines) that the painter draws and that
 * a screen view can hit-test.
 *
 * @param elkGraph the ELK root; node and edge identifiers are the SVG element ids
 * @param strategy how the layout was done ({@link Strategy})
 * @param width    width of the laid-out graph (without title and legend)
 * @param height   height of the laid-out graph
 */
public record ArchitectureDiagram(String system, String subtitle, ElkNode elkGraph, Strategy strategy, double width,
		double height, List<Box> zones, List<Box> components, List<Link> flows) {

	public ArchitectureDiagram {
		zones = List.copyOf(zones);
		components = List.copyOf(components);
		flows = List.copyOf(flows);
	}

	/** The layout strategy used; see {@link Options}. */
	public enum Strategy {
		/** One ELK call over the whole hierarchy; ELK routes every flow. */
		INCLUDE_CHILDREN,
		/** Zones laid out separately by ELK; flows across zones drawn straight from border to border. */
		SEPARATE_CHILDREN
	}

	/**
	 * A zone or component. {@code id} is the SVG element id ({@code zone:Path} or
	 * {@code component:Path}), {@code path} the report's element path, {@code parent} the id of the
	 * enclosing zone ({@code null} at the top), {@code bounds} absolute, {@code marker} the status
	 * text ("✗ gap 2"). Components also carry their kind and fleet count.
	 */
	public record Box(String id, String path, String parent, String title, String name, String kind, int count,
			Status status, int levelGap, String marker, int depth, Rectangle2D bounds) {
	}

	/**
	 * A flow. {@code id} is the SVG element id ({@code flow:Name} or {@code flow:Source--Target}),
	 * {@code points} the absolute polyline from the source border to the target border,
	 * {@code routedByElk} false for flows across zones drawn straight (SEPARATE_CHILDREN).
	 */
	public record Link(String id, String source, String target, String label, Rectangle2D labelBounds,
			List<Point2D> points, boolean routedByElk, String title) {
		public Link {
			points = List.copyOf(points);
		}
	}
}
