package org.iotsmm.diagram;

import java.awt.Color;
import java.awt.Font;

import org.iotsmm.analysis.Status;

/**
 * Colours, markers and fonts shared by every diagram. Colours come from the Okabe-Ito palette
 * (safe for the common forms of colour blindness) and are never the only carrier of a status:
 * every status also has a symbol and a word.
 */
final class Look {

	private Look() {
	}

	// Okabe-Ito
	static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
	static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
	static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
	static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
	static final Color BLUE = new Color(0x00, 0x72, 0xB2);
	static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
	static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
	static final Color GREY = new Color(0xBB, 0xBB, 0xBB);
	static final Color INK = new Color(0x22, 0x22, 0x22);
	static final Color MUTED = new Color(0x66, 0x66, 0x66);
	static final Color EDGE = new Color(0x44, 0x44, 0x44);

	static final String FAMILY = "SansSerif";
	static final Font TITLE = new Font(FAMILY, Font.BOLD, 16);
	static final Font NODE_TITLE = new Font(FAMILY, Font.BOLD, 13);
	static final Font SMALL = new Font(FAMILY, Font.PLAIN, 10);
	static final Font MARK = new Font(FAMILY, Font.BOLD, 11);
	static final Font ZONE = new Font(FAMILY, Font.BOLD, 13);
	static final Font EDGE_LABEL = new Font(FAMILY, Font.PLAIN, 10);
	static final Font BODY = new Font(FAMILY, Font.PLAIN, 12);

	/** The status colour of the default palette (figures of reports). */
	static Color color(Status status) {
		return Palette.COLOUR_BLIND_SAFE.color(status);
	}

	/** The symbol that carries the status without colour. */
	static String symbol(Status status) {
		return switch (status) {
		case GAP -> "\u2717";
		case NOT_ASSESSED -> "?";
		case MET -> "\u2713";
		case EXCEEDS -> "\u2713+";
		case NO_TARGET -> "\u2013";
		};
	}

	/** Symbol and words: "✗ gap 2", "✗ scope gap", "? not assessed", "✓ met", "✓+ exceeds", "– no target". */
	static String marker(Status status, int levelGap) {
		return switch (status) {
		case GAP -> symbol(status) + (levelGap > 0 ? " gap " + levelGap : " scope gap");
		case NOT_ASSESSED -> symbol(status) + " not assessed";
		case MET -> symbol(status) + " met";
		case EXCEEDS -> symbol(status) + " exceeds";
		case NO_TARGET -> symbol(status) + " no target";
		};
	}

	/** What a status means, for legends. */
	static String meaning(Status status) {
		return switch (status) {
		case GAP -> "achieved level or scope below the target (number: largest level gap)";
		case NOT_ASSESSED -> "a target applies but no finding does";
		case MET -> "target level and scope reached";
		case EXCEEDS -> "achieved level above the target";
		case NO_TARGET -> "no target applies";
		};
	}

	/** Legend order: worst first. */
	static final Status[] LEGEND = { Status.GAP, Status.NOT_ASSESSED, Status.MET, Status.EXCEEDS, Status.NO_TARGET };
}
