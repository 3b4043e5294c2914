package org.iotsmm.diagram;

import java.awt.Graphics2D;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * SVG specifics of the one painter: a deterministic SVGGraphics2D, and groups with element ids,
 * {@code data-path} attributes (the model path, so a viewer can link back to the source) and
 * {@code <title>} tooltips. On any other Graphics2D (PNG, screen) the group calls do nothing.
 */
final class Svg {

	private Svg() {
	}

	/** A new SVG canvas whose output depends only on what is drawn (fixed defs prefix). */
	static SVGGraphics2D canvas(double width, double height, String defsPrefix) {
		SVGGraphics2D g = new SVGGraphics2D(Math.ceil(width), Math.ceil(height));
		g.setDefsKeyPrefix(defsPrefix);
		Text.hints(g);
		return g;
	}

	/** Starts a group {@code <g id=.. class=.. data-path=..><title>..</title>}. */
	static void begin(Graphics2D g, String id, String cssClass, String path, String title) {
		if (!(g instanceof SVGGraphics2D)) {
			return;
		}
		Map<String, String> attributes = new LinkedHashMap<>(); // ordered: byte-identical output
		attributes.put("id", id(id));
		attributes.put("class", cssClass);
		if (path != null) {
			attributes.put("data-path", path);
		}
		g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
		if (title != null && !title.isEmpty()) {
			g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
		}
	}

	static void end(Graphics2D g) {
		if (g instanceof SVGGraphics2D) {
			g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
		}
	}

	/** An XML-safe id: letters, digits and {@code _ . : -}; anything else becomes {@code _}. */
	static String id(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-');
			out.append(ok ? c : '_');
		}
		return out.toString();
	}

	static String document(SVGGraphics2D g) {
		return g.getSVGDocument();
	}
}
