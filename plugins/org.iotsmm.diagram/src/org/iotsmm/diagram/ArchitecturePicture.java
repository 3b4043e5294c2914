package org.iotsmm.diagram;

import java.awt.geom.Point2D;

/**
 * Where {@link Diagrams#paint} puts things, for a screen view that paints the same picture and
 * hit-tests it: the whole picture's size (title, graph, legend) and the origin of the graph, to
 * which the {@link ArchitectureDiagram.Box} bounds are relative.
 */
public final class ArchitecturePicture {

	private ArchitecturePicture() {
	}

	public static double width(ArchitectureDiagram diagram) {
		return ArchitecturePainter.totalWidth(diagram);
	}

	public static double height(ArchitectureDiagram diagram) {
		return ArchitecturePainter.totalHeight(diagram);
	}

	/** Add this to a box's bounds to get picture coordinates. */
	public static Point2D graphOrigin() {
		return new Point2D.Double(ArchitecturePainter.MARGIN, ArchitecturePainter.headerHeight());
	}
}
