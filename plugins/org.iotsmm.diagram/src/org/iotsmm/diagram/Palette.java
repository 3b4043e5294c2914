package org.iotsmm.diagram;

import java.awt.Color;

import org.iotsmm.analysis.Status;

/**
 * The status colours of a figure. Every figure also writes each status out (a marker such as
 * "✗ gap 2"), so colour is never the only carrier; the palette only decides which colours.
 */
public enum Palette {

	/** Okabe-Ito: told apart with the common colour-vision deficiencies; the default everywhere. */
	COLOUR_BLIND_SAFE(Look.VERMILLION, Look.YELLOW, Look.BLUISH_GREEN, Look.BLUE),

	/** Red, amber and green as many dashboards use them, for readers who expect those. */
	RED_AMBER_GREEN(new Color(0xE5, 0x39, 0x35), new Color(0xFF, 0xB3, 0x00), new Color(0x43, 0xA0, 0x47),
			new Color(0x1E, 0x88, 0xE5));

	private final Color gap;
	private final Color notAssessed;
	private final Color met;
	private final Color exceeds;

	Palette(Color gap, Color notAssessed, Color met, Color exceeds) {
		this.gap = gap;
		this.notAssessed = notAssessed;
		this.met = met;
		this.exceeds = exceeds;
	}

	/** The colour of a status. */
	public Color color(Status status) {
		return switch (status) {
		case GAP -> gap;
		case NOT_ASSESSED -> notAssessed;
		case MET -> met;
		case EXCEEDS -> exceeds;
		case NO_TARGET -> Look.GREY;
		};
	}

	/** A light tint of the status colour, for fills behind dark text. */
	public Color tint(Status status) {
		Color c = color(status);
		return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
	}

	private static int mix(int v) {
		return (int) Math.round(v * 0.3 + 255 * 0.7);
	}
}
