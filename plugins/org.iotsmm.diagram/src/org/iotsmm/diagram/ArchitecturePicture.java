package org.iotsmm.diagram;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/**
	 * Where the picture of {@code after} differs from that of {@code before} when the two differ in
	 * statuses and markers only (as {@link #restatus} makes them, or a new layout that came out the
	 * same): rectangles in picture coordinates around each component whose status changed and the
	 * header row of each such zone (a zone's fill does not show its status), right to the edge of
	 * the picture because its marker may have grown. Empty when anything else differs: then the
	 * whole picture is new. A view repaints only these parts.
	 */
	public static Optional<List<Rectangle2D>> statusDamage(ArchitectureDiagram before, ArchitectureDiagram after) {
		if (before == null || after == null || before.width() != after.width() || before.height() != after.height()
				|| !before.system().equals(after.system()) || !java.util.Objects.equals(before.subtitle(), after.subtitle())
				|| before.strategy() != after.strategy() || !before.flows().equals(after.flows())
				|| before.zones().size() != after.zones().size() || before.components().size() != after.components().size()) {
			return Optional.empty();
		}
		Point2D origin = graphOrigin();
		double right = width(after);
		List<Rectangle2D> damage = new ArrayList<>();
		for (int i = 0; i < after.zones().size(); i++) {
			Box old = before.zones().get(i);
			Box now = after.zones().get(i);
			if (!sameShape(old, now)) {
				return Optional.empty();
			}
			if (!sameStatus(old, now)) {
				Rectangle2D b = now.bounds();
				double x = origin.getX() + b.getX() - DAMAGE_MARGIN;
				damage.add(new Rectangle2D.Double(x, origin.getY() + b.getY() - DAMAGE_MARGIN, right - x,
						Faces.zoneHeaderHeight() + 2 * DAMAGE_MARGIN));
			}
		}
		for (int i = 0; i < after.components().size(); i++) {
			Box old = before.components().get(i);
			Box now = after.components().get(i);
			if (!sameShape(old, now)) {
				return Optional.empty();
			}
			if (!sameStatus(old, now)) {
				Rectangle2D b = now.bounds();
				// the marker line may be wider than the box it was laid out for
				double width = Math.max(b.getWidth(), Faces.BAND + Faces.PAD
						+ Math.max(Text.width(Look.MARK, old.marker()), Text.width(Look.MARK, now.marker())));
				damage.add(new Rectangle2D.Double(origin.getX() + b.getX() - DAMAGE_MARGIN, origin.getY() + b.getY() - DAMAGE_MARGIN,
						width + 2 * DAMAGE_MARGIN, b.getHeight() + 2 * DAMAGE_MARGIN));
			}
		}
		return Optional.of(List.copyOf(damage));
	}

	/** Around a box: its outline's stroke (2 px for a gap) and a fleet's second card, 3 px up and right. */
	private static final double DAMAGE_MARGIN = 6;

	private static boolean sameShape(Box a, Box b) {
		return a.id().equals(b.id()) && a.path().equals(b.path()) && java.util.Objects.equals(a.parent(), b.parent())
				&& java.util.Objects.equals(a.title(), b.title()) && java.util.Objects.equals(a.name(), b.name())
				&& java.util.Objects.equals(a.kind(), b.kind()) && a.count() == b.count() && a.depth() == b.depth()
				&& a.bounds().equals(b.bounds());
	}

	private static boolean sameStatus(Box a, Box b) {
		return a.status() == b.status() && a.levelGap() == b.levelGap() && java.util.Objects.equals(a.marker(), b.marker());
	}
}
