package org.iotsmm.diagram;

import java.awt.geom.Dimension2D;

/** Sizes of the component and zone faces, shared by the layout (node sizes) and the painter. */
final class Faces {

	private Faces() {
	}

	static final double BAND = 6;
	static final double PAD = 8;
	static final double ICON = 14;
	static final double GAP = 3;
	static final double ZONE_PAD = 10;
	static final double CHIP = 11;

	static boolean showName(String title, String name) {
		return title != null && !title.isEmpty() && !title.equals(name);
	}

	static String heading(String title, String name) {
		return title != null && !title.isEmpty() ? title : name;
	}

	static String badge(int count) {
		return count > 1 ? "\u00d7" + count : null;
	}

	static double badgeWidth(String badge) {
		return badge == null ? 0 : Text.width(Look.SMALL, badge) + 10;
	}

	static double firstRow() {
		return Math.max(ICON, Text.lineHeight(Look.SMALL));
	}

	static Size component(String title, String name, String kind, int count, String marker) {
		String badge = badge(count);
		double row1 = ICON + 4 + Text.width(Look.SMALL, kind) + (badge != null ? 8 + badgeWidth(badge) : 0);
		double content = Math.max(row1, Text.width(Look.NODE_TITLE, heading(title, name)));
		if (showName(title, name)) {
			content = Math.max(content, Text.width(Look.SMALL, name));
		}
		content = Math.max(content, Text.width(Look.MARK, marker));
		content = Math.ceil(content * 1.04 + 4); // slack for renderers whose font metrics differ a little
		double height = PAD + firstRow() + GAP + Text.lineHeight(Look.NODE_TITLE)
				+ (showName(title, name) ? Text.lineHeight(Look.SMALL) + 1 : 0) + GAP + Text.lineHeight(Look.MARK) + PAD;
		return new Size(Math.ceil(BAND + PAD + content + PAD), Math.ceil(height));
	}

	static String zoneHeading(String title, String name) {
		return showName(title, name) ? title + " (" + name + ")" : name;
	}

	static double zoneHeaderHeight() {
		return Text.lineHeight(Look.ZONE) + 10;
	}

	static double zoneHeaderWidth(String title, String name, String marker) {
		return Math.ceil(ZONE_PAD + (Text.width(Look.ZONE, zoneHeading(title, name)) + 12 + CHIP + 4
				+ Text.width(Look.MARK, marker)) * 1.04 + 4 + ZONE_PAD);
	}

	/** A width and height. */
	record Size(double width, double height) {
		Dimension2D dimension() {
			java.awt.Dimension d = new java.awt.Dimension();
			d.setSize(width, height);
			return d;
		}
	}
}
