package org.iotsmm.diagram;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.ArchitectureDiagram.Box;

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

	/**
	 * The laid-out {@code diagram} with the statuses and markers of a newer report of the same
	 * architecture (same zones, components and flows): what a live view shows at once after a
	 * target or finding changed, before the full layout of the new report (which may size a box
	 * differently when its marker text is its widest line) replaces it. Statuses as the layout
	 * computes them: worst row and largest level gap over each element and what it contains.
	 */
	public static ArchitectureDiagram restatus(ArchitectureDiagram diagram, GapReport report, Options options) {
		Map<String, ArchitectureLayout.Mark> marks = ArchitectureLayout.marks(report,
				ArchitectureLayout.filter(report, options == null ? Options.DEFAULT : options));
		return new ArchitectureDiagram(diagram.system(), diagram.subtitle(), diagram.elkGraph(), diagram.strategy(),
				diagram.width(), diagram.height(), restatus(diagram.zones(), marks), restatus(diagram.components(), marks),
				diagram.flows());
	}

	private static List<Box> restatus(List<Box> boxes, Map<String, ArchitectureLayout.Mark> marks) {
		return boxes.stream().map(b -> {
			// the node for the components outside every zone has no status of its own; "" is also the system's path
			ArchitectureLayout.Mark mark = b.path().equals(ZoneDiagrams.OUTSIDE_ZONES) ? ArchitectureLayout.NO_MARK
					: marks.getOrDefault(b.path(), ArchitectureLayout.NO_MARK);
			return new Box(b.id(), b.path(), b.parent(), b.title(), b.name(), b.kind(), b.count(), mark.status(),
					mark.levelGap(), mark.marker(), b.depth(), b.bounds());
		}).toList();
	}
}
