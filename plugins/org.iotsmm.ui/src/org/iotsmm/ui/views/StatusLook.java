package org.iotsmm.ui.views;

import org.eclipse.swt.graphics.RGB;
import org.iotsmm.analysis.Status;
import org.iotsmm.ui.preferences.SmmPreferences;

/**
 * Status colours and words for tables and legends. The default palette is the diagrams' own
 * (Okabe-Ito, safe for colour-blind readers); every status is also written out, so colour is never
 * the only carrier.
 */
public final class StatusLook {

	private StatusLook() {
	}

	public static RGB colour(Status status) {
		boolean classic = SmmPreferences.COLOURS_CLASSIC.equals(SmmPreferences.store().getString(SmmPreferences.STATUS_COLOURS));
		if (classic) {
			return switch (status) {
			case GAP -> new RGB(0xE5, 0x39, 0x35);
			case NOT_ASSESSED -> new RGB(0xFF, 0xB3, 0x00);
			case MET -> new RGB(0x43, 0xA0, 0x47);
			case EXCEEDS -> new RGB(0x1E, 0x88, 0xE5);
			case NO_TARGET -> new RGB(0xBB, 0xBB, 0xBB);
			};
		}
		return switch (status) {
		case GAP -> new RGB(0xD5, 0x5E, 0x00);
		case NOT_ASSESSED -> new RGB(0xF0, 0xE4, 0x42);
		case MET -> new RGB(0x00, 0x9E, 0x73);
		case EXCEEDS -> new RGB(0x00, 0x72, 0xB2);
		case NO_TARGET -> new RGB(0xBB, 0xBB, 0xBB);
		};
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
