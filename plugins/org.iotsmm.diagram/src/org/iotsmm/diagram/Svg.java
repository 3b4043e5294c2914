package org.iotsmm.diagram;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * SVG specifics of the one painter: a deterministic Apache Batik SVGGraphics2D, and groups with
 * element ids, {@code data-path} attributes (the model path, so a viewer can link back to the
 * source) and {@code <title>} tooltips. On any other Graphics2D (PNG, screen) the group calls do
 * nothing.
 * <p>
 * Deterministic bytes: Batik numbers its definitions per canvas ({@code clipPath1, ...}), so the
 * same drawing gives the same text; the ids carry a per-figure prefix because a report inlines
 * several figures into one HTML page, where ids must stay unique. No generator comment, no time.
 */
final class Svg {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	/** Digits after the decimal point of every coordinate (Batik's default is 4 significant). */
	private static final int PRECISION = 6;

	private Svg() {
	}

	/** A Batik canvas that keeps the stack of open groups of {@link #begin}/{@link #end}. */
	private static final class Canvas extends SVGGraphics2D {

		final Deque<Element> openParents;

		/** Measures text like the PNG painter (fractional metrics), not Batik's integer metrics. */
		private final Graphics2D metrics;

		Canvas(SVGGeneratorContext context) {
			super(context, false);
			openParents = new ArrayDeque<>();
			metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
			Text.hints(metrics);
		}

		/** A copy for {@link #create()}: same document, same groups, same measuring. */
		private Canvas(Canvas original) {
			super(original);
			openParents = original.openParents;
			metrics = original.metrics;
		}

		@Override
		public java.awt.Graphics create() {
			return new Canvas(this);
		}

		@Override
		public FontMetrics getFontMetrics(Font font) {
			return metrics.getFontMetrics(font);
		}
	}

	/** A new SVG canvas whose output depends only on what is drawn (ids start with {@code idPrefix}). */
	static SVGGraphics2D canvas(double width, double height, String idPrefix) {
		Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
		SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
		context.setComment(null);
		context.setPrecision(PRECISION);
		context.setEmbeddedFontsOn(false);
		context.setIDGenerator(new SVGIDGenerator() {
			@Override
			public String generateID(String prefix) {
				return super.generateID(idPrefix + prefix);
			}
		});
		Canvas g = new Canvas(context);
		g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
		Text.hints(g);
		return g;
	}

	/** Starts a group {@code <g id=.. class=.. data-path=..><title>..</title>}. */
	static void begin(Graphics2D g, String id, String cssClass, String path, String title) {
		if (!(g instanceof Canvas canvas)) {
			return;
		}
		Document document = canvas.getDOMFactory();
		Element group = document.createElementNS(SVG_NS, "g");
		group.setAttribute("id", id(id)); // attribute order as written: byte-identical output
		group.setAttribute("class", cssClass);
		if (path != null) {
			group.setAttribute("data-path", path);
		}
		if (title != null && !title.isEmpty()) {
			Element tooltip = document.createElementNS(SVG_NS, "title");
			tooltip.setTextContent(title);
			group.appendChild(tooltip);
		}
		// Batik appends what is drawn to its top-level group: swap in the new group, keep the parent.
		canvas.openParents.push(canvas.getTopLevelGroup(false));
		canvas.setTopLevelGroup(group);
	}

	static void end(Graphics2D g) {
		if (!(g instanceof Canvas canvas)) {
			return;
		}
		Element group = canvas.getTopLevelGroup(false);
		Element parent = canvas.openParents.pop();
		parent.appendChild(group);
		canvas.setTopLevelGroup(parent);
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

	/** The SVG document: {@code <svg>} with width, height and viewBox, as UTF-8 XML without DOCTYPE. */
	static String document(SVGGraphics2D g) {
		if (g instanceof Canvas canvas && !canvas.openParents.isEmpty()) {
			throw new IllegalStateException(canvas.openParents.size() + " SVG group(s) begun but not ended");
		}
		Element root = g.getRoot();
		Dimension size = g.getSVGCanvasSize();
		root.setAttribute("viewBox", "0 0 " + size.width + " " + size.height);
		Element genericDefs = null;
		for (var child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && "genericDefs".equals(e.getAttribute("id"))) {
				genericDefs = e;
			}
		}
		if (genericDefs != null && !genericDefs.hasChildNodes()) {
			root.removeChild(genericDefs); // always empty here; its fixed id would repeat in a report
		}
		if (!root.hasAttribute("xmlns")) {
			root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", SVG_NS);
		}
		root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", "http://www.w3.org/1999/xlink");
		StringBuilder out = new StringBuilder(1 << 16);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		write(root, out);
				return out.toString();
	}

	/**
	 * Writes an element as XML, one element per line. Batik keeps attributes and style properties
	 * in hash order; here they are sorted (id, class, data-path first), so the bytes depend on the
	 * drawing alone, not on hash tables.
	 */
	private static void write(Element e, StringBuilder out) {
		out.append('<').append(e.getTagName());
		NamedNodeMap attributes = e.getAttributes();
		List<Attr> sorted = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			sorted.add((Attr) attributes.item(i));
		}
		sorted.sort(Comparator.comparingInt((Attr a) -> LEADING_ATTRIBUTES.indexOf(a.getName()) & Integer.MAX_VALUE)
				.thenComparing(Attr::getName));
		for (Attr a : sorted) {
			String value = "style".equals(a.getName()) ? sortedStyle(a.getValue()) : a.getValue();
			out.append(' ').append(a.getName()).append("=\"");
			escape(value, true, out);
			out.append('"');
		}
		if (!e.hasChildNodes()) {
			out.append("/>\n");
			return;
		}
		out.append('>');
		boolean elements = false;
		for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element c) {
				if (!elements) {
					out.append('\n');
					elements = true;
				}
				write(c, out);
			} else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				escape(child.getNodeValue(), false, out);
			}
		}
		out.append("</").append(e.getTagName()).append(">\n");
	}

	/** id, class and data-path lead (in this order); every other attribute follows by name. */
	private static final List<String> LEADING_ATTRIBUTES = List.of("id", "class", "data-path");

	private static String sortedStyle(String style) {
		return Arrays.stream(style.split(";")).map(String::strip).filter(p -> !p.isEmpty()).sorted()
				.collect(Collectors.joining(";"));
	}

	static void escape(String text, boolean attribute, StringBuilder out) {
		if (!needsEscape(text, attribute)) { // most names and numbers: one append instead of one per character
			out.append(text);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append(attribute ? "&quot;" : "\"");
			case '\n' -> out.append(attribute ? "&#10;" : "\n");
			default -> out.append(c);
			}
		}
	}

	private static boolean needsEscape(String text, boolean attribute) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&' || c == '<' || c == '>' || attribute && (c == '"' || c == '\n')) {
				return true;
			}
		}
		return false;
	}
}
