package org.iotsmm.diagram;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.image.BufferedImage;

/**
 * Text measurement with the same font render context the painters use (antialiased, fractional
 * metrics), taken from a headless BufferedImage: node sizes come from the real width of their
 * labels, so labels never overflow.
 */
final class Text {

	static final FontRenderContext FRC;

	static {
		BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		hints(g);
		FRC = g.getFontRenderContext();
		g.dispose();
	}

	private Text() {
	}

	/** The rendering hints every painter sets, so measurement and painting agree. */
	static void hints(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
	}

	/** Advance width of {@code text}, rounded up. */
	static double width(Font font, String text) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		return Math.ceil(font.getStringBounds(text, FRC).getWidth());
	}

	/** Ascent + descent + leading of the font, rounded up. */
	static double lineHeight(Font font) {
		LineMetrics m = font.getLineMetrics("Xg", FRC);
		return Math.ceil(m.getAscent() + m.getDescent() + m.getLeading());
	}

	static double ascent(Font font) {
		return Math.ceil(font.getLineMetrics("Xg", FRC).getAscent());
	}
}
