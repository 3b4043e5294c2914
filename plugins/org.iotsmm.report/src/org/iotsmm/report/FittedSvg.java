package org.iotsmm.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scales an SVG figure down to the width of the page column (and the height of a page), keeping
 * its proportions: the root element gets a viewBox of its drawn size and a width and height that
 * fit. Browsers and the PDF renderer (Batik inside openhtmltopdf) both honour that, so the whole
 * figure is shown instead of being cut at the page edge or cropped in a scroll box. A figure that
 * already fits keeps its size and still gets the viewBox, so that a narrow window scales it too.
 */
final class FittedSvg {

	/**
	 * The column of an A4 page with the report's 12 mm side margins: 186 mm at 96 CSS px per inch
	 * (703 px), less a little for rounding.
	 */
	static final double PAGE_WIDTH_PX = 700;

	/** An A4 page with 14 mm top and bottom margins, less a heading and a caption line. */
	static final double PAGE_HEIGHT_PX = 900;

	private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
	private static final Pattern WIDTH = Pattern.compile("\\swidth=(['\"])([0-9.]+)(px)?\\1");
	private static final Pattern HEIGHT = Pattern.compile("\\sheight=(['\"])([0-9.]+)(px)?\\1");

	private FittedSvg() {
	}

	/** The figure with its root element scaled to fit {@code maxWidth} x {@code maxHeight} CSS px. */
	static String fit(String svg, double maxWidth, double maxHeight) {
		Matcher root = ROOT.matcher(svg);
		if (!root.find()) {
			return svg;
		}
		String tag = root.group();
		Matcher w = WIDTH.matcher(tag);
		Matcher h = HEIGHT.matcher(tag);
		if (!w.find() || !h.find()) {
			return svg;
		}
		double width = Double.parseDouble(w.group(2));
		double height = Double.parseDouble(h.group(2));
		if (width <= 0 || height <= 0) {
			return svg;
		}
		double scale = Math.min(1.0, Math.min(maxWidth / width, maxHeight / height));
		String fitted = tag;
		fitted = fitted.replace(w.group(), " width=\"" + number(width * scale) + "\"");
		fitted = fitted.replace(h.group(), " height=\"" + number(height * scale) + "\"");
		if (!tag.contains("viewBox")) { // added last, so that the root keeps its leading attributes
			int end = fitted.endsWith("/>") ? fitted.length() - 2 : fitted.length() - 1;
			fitted = fitted.substring(0, end) + " viewBox=\"0 0 " + number(width) + " " + number(height)
					+ "\" preserveAspectRatio=\"xMinYMin meet\"" + fitted.substring(end);
		}
		return svg.substring(0, root.start()) + fitted + svg.substring(root.end());
	}

	/** The drawn width of an SVG document (its root width attribute), or -1. */
	static double width(String svg) {
		Matcher root = ROOT.matcher(svg);
		if (!root.find()) {
			return -1;
		}
		Matcher w = WIDTH.matcher(root.group());
		return w.find() ? Double.parseDouble(w.group(2)) : -1;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
