package org.iotsmm.ui.views;

import org.eclipse.swt.graphics.RGB;
import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.Palette;
import org.iotsmm.ui.preferences.SmmPreferences;

/**
 * Status colours and words for tables, legends and the views' figures, in the palette of the
 * status colour preference (default: the reports' Okabe-Ito, safe for colour-blind readers); every
 * status is also written out, so colour is never the only carrier.
 */
public final class StatusLook {

	private StatusLook() {
	}

	/** The palette the status colour preference picks; the diagrams and heat map paint with it too. */
	public static Palette palette() {
		return SmmPreferences.COLOURS_CLASSIC.equals(SmmPreferences.store().getString(SmmPreferences.STATUS_COLOURS))
				? Palette.RED_AMBER_GREEN
				: Palette.COLOUR_BLIND_SAFE;
	}

	public static RGB colour(Status status) {
		java.awt.Color c = palette().color(status);
		return new RGB(c.getRed(), c.getGreen(), c.getBlue());
	}

	/** A light tint for row backgrounds behind dark text. */
	public static RGB tint(Status status) {
		RGB c = colour(status);
		return new RGB(mix(c.red), mix(c.green), mix(c.blue));
	}

	private static int mix(int v) {
		return (int) Math.round(v * 0.35 + 255 * 0.65);
	}

	/** "✗ gap 2", "? not assessed", "✓ met", "✓+ exceeds", "– no target" (as on the diagram's nodes). */
	public static String text(Status status, int levelGap) {
		return switch (status) {
		case GAP -> "\u2717 gap" + (levelGap > 0 ? " " + levelGap : " (scope)");
		case NOT_ASSESSED -> "? not assessed";
		case MET -> "\u2713 met";
		case EXCEEDS -> "\u2713+ exceeds";
		case NO_TARGET -> "\u2013 no target";
		};
	}
}
