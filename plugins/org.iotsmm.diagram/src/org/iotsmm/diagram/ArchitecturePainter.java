package org.iotsmm.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.ArchitectureDiagram.Link;

/** Paints a laid-out {@link ArchitectureDiagram} with a {@link Pen}: SVG text, or a Graphics2D (PNG, screen). */
final class ArchitecturePainter {

	static final double MARGIN = 16;

	private ArchitecturePainter() {
	}

	static double headerHeight() {
		return MARGIN + Text.lineHeight(Look.TITLE) + Text.lineHeight(Look.BODY) + 10;
	}

	static double legendHeight() {
		return 12 + 5 * (Text.lineHeight(Look.BODY) + 4) + Text.lineHeight(Look.BODY) * 2 + MARGIN;
	}

	static double legendWidth() {
		double w = 0;
		for (Status s : Look.LEGEND) {
			w = Math.max(w, 16 + 8 + Text.width(Look.MARK, Look.marker(s, 2)) + 12 + Text.width(Look.BODY, Look.meaning(s)));
		}
		return w;
	}

	static List<String> notes(ArchitectureDiagram d) {
		TreeSet<String> kinds = new TreeSet<>();
		d.components().forEach(c -> kinds.add(c.kind()));
		if (kinds.remove("zone")) { // the overview and the zone figures of a large system (ZoneDiagrams)
			String zoneNote = "A box of kind zone stands for a whole zone (its components, worst status and largest gap);"
					+ " an edge to it carries flows to or from that zone.";
			return kinds.isEmpty() ? List.of(zoneNote)
					: List.of(zoneNote, "\u00d7N: a fleet of N identical components. Kinds shown: " + String.join(", ", kinds) + ".");
		}
		String first = "\u00d7N: a fleet of N identical components. Kinds shown: " + String.join(", ", kinds) + ".";
		return d.strategy() == ArchitectureDiagram.Strategy.SEPARATE_CHILDREN
				? List.of(first, "Dashed lines: flows between zones, drawn straight (zones laid out separately).")
				: List.of(first);
	}

	static double totalWidth(ArchitectureDiagram d) {
		double w = Math.max(d.width(), legendWidth());
		for (String note : notes(d)) {
			w = Math.max(w, Text.width(Look.BODY, note));
		}
		w = Math.max(w, Text.width(Look.TITLE, title(d)));
		w = Math.max(w, Text.width(Look.BODY, d.subtitle()));
		return Math.ceil(w + 2 * MARGIN);
	}

	static double totalHeight(ArchitectureDiagram d) {
		return Math.ceil(headerHeight() + d.height() + legendHeight());
	}

	private static String title(ArchitectureDiagram d) {
		return "Architecture of " + d.system() + ": worst maturity status per component";
	}

	static void paint(Pen g, ArchitectureDiagram d, Palette palette) {
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(0, 0, totalWidth(d), totalHeight(d)));
		g.setColor(Look.INK);
		g.setFont(Look.TITLE);
		double y = MARGIN + Text.ascent(Look.TITLE);
		g.drawString(title(d), (float) MARGIN, (float) y);
		g.setFont(Look.BODY);
		g.setColor(Look.MUTED);
		g.drawString(d.subtitle(), (float) MARGIN, (float) (y + Text.lineHeight(Look.BODY) + 2));

		g.translate(MARGIN, headerHeight());
		List<Box> zones = d.zones().stream().sorted(Comparator.comparingInt(Box::depth)).toList();
		for (Box z : zones) {
			if (g.mayShow(z.bounds())) {
				zone(g, z, palette);
			}
		}
		for (Link l : d.flows()) {
			if (g.mayShow(extent(l))) {
				link(g, l);
			}
		}
		for (Box c : d.components()) {
			if (g.mayShow(c.bounds())) {
				component(g, c, palette);
			}
		}
		g.translate(-MARGIN, -headerHeight());
		legend(g, d, headerHeight() + d.height(), palette);
	}

	private static void zone(Pen g, Box z, Palette palette) {
		g.begin(z.id(), "zone", z.path(), "zone " + z.path() + (Faces.showName(z.title(), z.name()) ? " \u201c" + z.title()
				+ "\u201d" : "") + ": " + z.marker() + " (" + z.status() + ")");
		Rectangle2D r = z.bounds();
		RoundRectangle2D shape = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 14, 14);
		g.setColor(z.depth() % 2 == 0 ? new Color(0xF4, 0xF4, 0xF4) : new Color(0xE8, 0xE8, 0xE8));
		g.fill(shape);
		g.setColor(new Color(0x88, 0x88, 0x88));
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] { 6f, 3f }, 0f));
		g.draw(shape);
		g.setStroke(new BasicStroke(1f));
		double baseline = r.getY() + 5 + Text.ascent(Look.ZONE);
		g.setFont(Look.ZONE);
		g.setColor(Look.INK);
		String heading = Faces.zoneHeading(z.title(), z.name());
		g.drawString(heading, (float) (r.getX() + Faces.ZONE_PAD), (float) baseline);
		double x = r.getX() + Faces.ZONE_PAD + Text.width(Look.ZONE, heading) + 12;
		chip(g, z.status(), x, baseline - Faces.CHIP + 1, Faces.CHIP, palette);
		g.setFont(Look.MARK);
		g.setColor(Look.INK);
		g.drawString(z.marker(), (float) (x + Faces.CHIP + 4), (float) baseline);
		g.end();
	}

	private static void chip(Pen g, Status s, double x, double y, double size, Palette palette) {
		Rectangle2D chip = new Rectangle2D.Double(x, y, size, size);
		g.setColor(palette.color(s));
		g.fill(chip);
		g.setColor(Look.INK);
		g.setStroke(new BasicStroke(0.8f));
		g.draw(chip);
		g.setStroke(new BasicStroke(1f));
	}

	/** The rectangle around a flow's route and its label. */
	private static Rectangle2D extent(Link l) {
		double x0 = Double.MAX_VALUE;
		double y0 = Double.MAX_VALUE;
		double x1 = -Double.MAX_VALUE;
		double y1 = -Double.MAX_VALUE;
		for (Point2D p : l.points()) {
			x0 = Math.min(x0, p.getX());
			y0 = Math.min(y0, p.getY());
			x1 = Math.max(x1, p.getX());
			y1 = Math.max(y1, p.getY());
		}
		Rectangle2D route = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
		return l.labelBounds() == null ? route : route.createUnion(l.labelBounds());
	}

	private static void link(Pen g, Link l) {
		g.begin(l.id(), "flow", null, l.title());
		List<Point2D> pts = l.points();
		Path2D path = new Path2D.Double();
		path.moveTo(pts.get(0).getX(), pts.get(0).getY());
		for (int i = 1; i < pts.size(); i++) {
			path.lineTo(pts.get(i).getX(), pts.get(i).getY());
		}
		g.setColor(Look.EDGE);
		g.setStroke(l.routedByElk() ? new BasicStroke(1.3f)
				: new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		g.draw(path);
		g.setStroke(new BasicStroke(1f));
		Point2D end = pts.get(pts.size() - 1);
		Point2D before = pts.get(pts.size() - 2);
		arrow(g, before, end);
		if (l.label() != null && l.labelBounds() != null) {
			Rectangle2D b = l.labelBounds();
			g.setColor(new Color(255, 255, 255, 230));
			g.fill(b);
			g.setColor(Look.EDGE);
			g.setFont(Look.EDGE_LABEL);
			g.drawString(l.label(), (float) (b.getX() + 3), (float) (b.getY() + 1 + Text.ascent(Look.EDGE_LABEL)));
		}
		g.end();
	}

	private static void arrow(Pen g, Point2D from, Point2D to) {
		double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
		Path2D head = new Path2D.Double();
		head.moveTo(0, 0);
		head.lineTo(-9, -4);
		head.lineTo(-9, 4);
		head.closePath();
		AffineTransform t = AffineTransform.getTranslateInstance(to.getX(), to.getY());
		t.rotate(angle);
		g.fill(t.createTransformedShape(head));
	}

	private static void component(Pen g, Box c, Palette palette) {
		String badge = Faces.badge(c.count());
		g.begin(c.id(), "component status-" + c.status().name().toLowerCase(java.util.Locale.ROOT), c.path(),
				c.kind() + " " + c.path() + (Faces.showName(c.title(), c.name()) ? " \u201c" + c.title() + "\u201d" : "")
						+ (badge != null ? ", fleet of " + c.count() : "") + ": " + c.marker() + " (" + c.status() + ")");
		Rectangle2D r = c.bounds();
		RoundRectangle2D shape = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 8, 8);
		if (badge != null) { // a fleet: a second card peeking out behind
			g.setColor(Color.WHITE);
			RoundRectangle2D behind = new RoundRectangle2D.Double(r.getX() + 3, r.getY() - 3, r.getWidth(), r.getHeight(),
					8, 8);
			g.fill(behind);
			g.setColor(Look.MUTED);
			g.draw(behind);
		}
		g.setColor(palette.tint(c.status()));
		g.fill(shape);
		g.setColor(palette.color(c.status()));
		g.fill(new Rectangle2D.Double(r.getX(), r.getY() + 1, Faces.BAND, r.getHeight() - 2));
		g.setColor(c.status() == Status.GAP ? palette.color(Status.GAP) : Look.MUTED);
		g.setStroke(new BasicStroke(c.status() == Status.GAP ? 2f : 1f));
		g.draw(shape);
		g.setStroke(new BasicStroke(1f));

		double x = r.getX() + Faces.BAND + Faces.PAD;
		double top = r.getY() + Faces.PAD;
		double row = Faces.firstRow();
		icon(g, c.kind(), x, top + (row - Faces.ICON) / 2, Faces.ICON);
		g.setFont(Look.SMALL);
		g.setColor(Look.MUTED);
		float smallBase = (float) (top + (row - Text.lineHeight(Look.SMALL)) / 2 + Text.ascent(Look.SMALL));
		g.drawString(c.kind(), (float) (x + Faces.ICON + 4), smallBase);
		if (badge != null) {
			double bw = Faces.badgeWidth(badge);
			double bx = r.getMaxX() - Faces.PAD - bw;
			RoundRectangle2D pill = new RoundRectangle2D.Double(bx, top, bw, row, row, row);
			g.setColor(Look.INK);
			g.fill(pill);
			g.setColor(Color.WHITE);
			g.drawString(badge, (float) (bx + 5), smallBase);
		}
		double y = top + row + Faces.GAP;
		g.setFont(Look.NODE_TITLE);
		g.setColor(Look.INK);
		g.drawString(Faces.heading(c.title(), c.name()), (float) x, (float) (y + Text.ascent(Look.NODE_TITLE)));
		y += Text.lineHeight(Look.NODE_TITLE);
		if (Faces.showName(c.title(), c.name())) {
			g.setFont(Look.SMALL);
			g.setColor(Look.MUTED);
			g.drawString(c.name(), (float) x, (float) (y + Text.ascent(Look.SMALL)));
			y += Text.lineHeight(Look.SMALL) + 1;
		}
		y += Faces.GAP;
		g.setFont(Look.MARK);
		g.setColor(Look.INK);
		g.drawString(c.marker(), (float) x, (float) (y + Text.ascent(Look.MARK)));
		g.end();
	}

	/** A small shape per component kind (the kind is also written next to it). */
	static void icon(Pen g, String kind, double x, double y, double s) {
		g.setColor(Look.INK);
		g.setStroke(new BasicStroke(1.2f));
		switch (kind) {
		case "sensor" -> { // circle with a dot
			g.draw(new Ellipse2D.Double(x + 1, y + 1, s - 2, s - 2));
			g.fill(new Ellipse2D.Double(x + s / 2 - 2, y + s / 2 - 2, 4, 4));
		}
		case "actuator" -> { // triangle
			Path2D p = new Path2D.Double();
			p.moveTo(x + s / 2, y + 1);
			p.lineTo(x + s - 1, y + s - 1);
			p.lineTo(x + 1, y + s - 1);
			p.closePath();
			g.draw(p);
		}
		case "controller" -> { // chip with pins
			g.draw(new Rectangle2D.Double(x + 3, y + 3, s - 6, s - 6));
			for (int i = 0; i < 3; i++) {
				double o = 4 + i * (s - 8) / 2;
				g.draw(new java.awt.geom.Line2D.Double(x + o, y, x + o, y + 3));
				g.draw(new java.awt.geom.Line2D.Double(x + o, y + s - 3, x + o, y + s));
			}
		}
		case "gateway" -> { // diamond
			Path2D p = new Path2D.Double();
			p.moveTo(x + s / 2, y);
			p.lineTo(x + s, y + s / 2);
			p.lineTo(x + s / 2, y + s);
			p.lineTo(x, y + s / 2);
			p.closePath();
			g.draw(p);
		}
		case "edge" -> { // hexagon
			Path2D p = new Path2D.Double();
			for (int i = 0; i < 6; i++) {
				double a = Math.PI / 3 * i;
				double px = x + s / 2 + Math.cos(a) * (s / 2 - 0.5);
				double py = y + s / 2 + Math.sin(a) * (s / 2 - 0.5);
				if (i == 0) {
					p.moveTo(px, py);
				} else {
					p.lineTo(px, py);
				}
			}
			p.closePath();
			g.draw(p);
		}
		case "network" -> { // three connected dots
			g.draw(new java.awt.geom.Line2D.Double(x + 2, y + s - 3, x + s / 2, y + 3));
			g.draw(new java.awt.geom.Line2D.Double(x + s / 2, y + 3, x + s - 2, y + s - 3));
			g.draw(new java.awt.geom.Line2D.Double(x + 2, y + s - 3, x + s - 2, y + s - 3));
			for (double[] d : new double[][] { { 2, s - 3 }, { s / 2, 3 }, { s - 2, s - 3 } }) {
				g.fill(new Ellipse2D.Double(x + d[0] - 2, y + d[1] - 2, 4, 4));
			}
		}
		case "service" -> { // cloud
			Path2D p = new Path2D.Double();
			p.append(new Ellipse2D.Double(x, y + s * 0.4, s * 0.5, s * 0.5), false);
			p.append(new Ellipse2D.Double(x + s * 0.25, y + s * 0.15, s * 0.55, s * 0.55), false);
			p.append(new Ellipse2D.Double(x + s * 0.5, y + s * 0.4, s * 0.5, s * 0.5), false);
			g.draw(p);
		}
		case "application" -> { // window
			g.draw(new Rectangle2D.Double(x + 0.5, y + 1.5, s - 1, s - 3));
			g.fill(new Rectangle2D.Double(x + 0.5, y + 1.5, s - 1, 3));
		}
		case "app" -> { // phone
			g.draw(new RoundRectangle2D.Double(x + s * 0.25, y, s * 0.5, s, 3, 3));
			g.fill(new Ellipse2D.Double(x + s / 2 - 1, y + s - 3, 2, 2));
		}
		case "person" -> { // head and shoulders
			g.draw(new Ellipse2D.Double(x + s * 0.3, y, s * 0.4, s * 0.4));
			g.draw(new java.awt.geom.Arc2D.Double(x + 1, y + s * 0.45, s - 2, s, 0, 180, java.awt.geom.Arc2D.OPEN));
		}
		default -> // device: rounded box
			g.draw(new RoundRectangle2D.Double(x + 1, y + 2, s - 2, s - 4, 4, 4));
		}
		g.setStroke(new BasicStroke(1f));
	}

	private static void legend(Pen g, ArchitectureDiagram d, double top, Palette palette) {
		g.begin("legend", "legend", null, "status colours and markers");
		double x = MARGIN;
		double y = top + 12;
		double line = Text.lineHeight(Look.BODY) + 4;
		for (Status s : Look.LEGEND) {
			chip(g, s, x, y + 2, 14, palette);
			g.setFont(Look.MARK);
			g.setColor(Look.INK);
			String marker = s == Status.GAP ? "\u2717 gap N" : Look.marker(s, 0);
			g.drawString(marker, (float) (x + 22), (float) (y + Text.ascent(Look.BODY)));
			g.setFont(Look.BODY);
			g.setColor(Look.MUTED);
			g.drawString(Look.meaning(s), (float) (x + 22 + Text.width(Look.MARK, Look.marker(Status.NOT_ASSESSED, 0)) + 12),
					(float) (y + Text.ascent(Look.BODY)));
			y += line;
		}
		g.setFont(Look.BODY);
		g.setColor(Look.MUTED);
		for (String note : notes(d)) {
			g.drawString(note, (float) x, (float) (y + Text.ascent(Look.BODY)));
			y += Text.lineHeight(Look.BODY);
		}
		g.end();
	}
}
