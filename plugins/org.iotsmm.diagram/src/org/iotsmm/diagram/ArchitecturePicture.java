package org.iotsmm.diagram;

import java.awt.geom.Point2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.Status;
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
		Predicate<PracticeRef> filter = ArchitectureLayout.filter(report, options == null ? Options.DEFAULT : options);
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
		return new ArchitectureDiagram(diagram.system(), diagram.subtitle(), diagram.elkGraph(), diagram.strategy(),
				diagram.width(), diagram.height(), restatus(diagram.zones(), worst, largest),
				restatus(diagram.components(), worst, largest), diagram.flows());
	}

	private static List<Box> restatus(List<Box> boxes, Map<String, Status> worst, Map<String, Integer> largest) {
		return boxes.stream().map(b -> {
			Status status = worst.getOrDefault(b.path(), Status.NO_TARGET);
			int gap = largest.getOrDefault(b.path(), 0);
			return new Box(b.id(), b.path(), b.parent(), b.title(), b.name(), b.kind(), b.count(), status, gap,
					Look.marker(status, gap), b.depth(), b.bounds());
		}).toList();
	}
}
