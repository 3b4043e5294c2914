package org.iotsmm.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A {@link Pen} that writes SVG text as it is drawn on: one element per shape or string, with only
 * the attributes that differ from the document's defaults (those of a Java2D BasicStroke and the
 * painter's body font). Coordinates are rounded to a hundredth of a pixel. The same drawing gives
 * the same bytes.
 */
final class SvgPen implements Pen {

	private static final BasicStroke DEFAULT_STROKE = new BasicStroke(1f);
	private static final String DEFAULT_FAMILY = "sans-serif";
	private static final int DEFAULT_SIZE = 12;

	private final StringBuilder out = new StringBuilder(1 << 16);
	private Color color = Color.BLACK;
	private Font font = Look.BODY;
	private BasicStroke stroke = DEFAULT_STROKE;
	private double dx;
	private double dy;
	private int openGroups;

	/** A document of {@code width} x {@code height} pixels (rounded up), drawn on in user units. */
	SvgPen(double width, double height) {
		long w = (long) Math.ceil(width);
		long h = (long) Math.ceil(height);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		// Java2D's stroke defaults (square caps, miter limit 10) so that most strokes need no attributes
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
				.append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"")
				.append(DEFAULT_FAMILY).append("\" font-size=\"").append(DEFAULT_SIZE)
				.append("\" stroke-linecap=\"square\" stroke-miterlimit=\"10\" xml:space=\"preserve\">\n");
	}

	/** The finished document; every group must have been ended. */
	String document() {
		if (openGroups != 0) {
			throw new IllegalStateException(openGroups + " SVG group(s) begun but not ended");
		}
		return out + "</svg>\n";
	}

	@Override
	public void setColor(Color color) {
		this.color = color;
	}

	@Override
	public void setFont(Font font) {
		this.font = font;
	}

	@Override
	public void setStroke(BasicStroke stroke) {
		this.stroke = stroke;
	}

	@Override
	public void fill(Shape shape) {
		shape(shape);
		paint("fill");
		out.append("/>\n");
	}

	@Override
	public void draw(Shape shape) {
		shape(shape);
		out.append(" fill=\"none\"");
		paint("stroke");
		strokeAttributes();
		out.append("/>\n");
	}

	@Override
	public void drawString(String text, float x, float y) {
		out.append("<text x=\"");
		number(x + dx);
		out.append("\" y=\"");
		number(y + dy);
		out.append('"');
		text(text);
	}

	@Override
	public void drawStringUp(String text, double x, double y) {
		out.append("<text transform=\"translate(");
		number(x + dx);
		out.append(',');
		number(y + dy);
		out.append(") rotate(-90)\"");
		text(text);
	}

	/** The font and fill attributes of a text element, its text and its end tag. */
	private void text(String text) {
		String family = family(font);
		if (!DEFAULT_FAMILY.equals(family)) {
			out.append(" font-family=\"");
			Svg.escape(family, true, out);
			out.append('"');
		}
		if (font.getSize2D() != DEFAULT_SIZE) {
			out.append(" font-size=\"");
			number(font.getSize2D());
			out.append('"');
		}
		if (font.isBold()) {
			out.append(" font-weight=\"bold\"");
		}
		if (font.isItalic()) {
			out.append(" font-style=\"italic\"");
		}
		if (!Color.BLACK.equals(color)) {
			paint("fill");
		}
		out.append('>');
		Svg.escape(text, false, out);
		out.append("</text>\n");
	}

	@Override
	public void translate(double x, double y) {
		dx += x;
		dy += y;
	}

	@Override
	public boolean mayShow(Rectangle2D bounds) {
		return true;
	}

	@Override
	public void begin(String id, String cssClass, String path, String title) {
		out.append("<g id=\"");
		Svg.escape(Svg.id(id), true, out);
		out.append("\" class=\"");
		Svg.escape(cssClass, true, out);
		out.append('"');
		if (path != null) {
			out.append(" data-path=\"");
			Svg.escape(path, true, out);
			out.append('"');
		}
		out.append(">\n");
		if (title != null && !title.isEmpty()) {
			out.append("<title>");
			Svg.escape(title, false, out);
			out.append("</title>\n");
		}
		openGroups++;
	}

	@Override
	public void end() {
		if (openGroups == 0) {
			throw new IllegalStateException("SVG group ended but not begun");
		}
		openGroups--;
		out.append("</g>\n");
	}

	// ---------------------------------------------------------------- shapes

	/** The element and geometry of a shape, without its paint and without closing the tag. */
	private void shape(Shape shape) {
		if (shape instanceof Rectangle2D r) {
			out.append("<rect");
			box(r.getX(), r.getY(), r.getWidth(), r.getHeight());
		} else if (shape instanceof RoundRectangle2D r) {
			out.append("<rect");
			box(r.getX(), r.getY(), r.getWidth(), r.getHeight());
			// Java2D gives the corner's diameter, SVG its radius
			attribute("rx", Math.min(r.getArcWidth(), r.getWidth()) / 2);
			attribute("ry", Math.min(r.getArcHeight(), r.getHeight()) / 2);
		} else if (shape instanceof Ellipse2D e) {
			out.append("<ellipse");
			attribute("cx", e.getCenterX() + dx);
			attribute("cy", e.getCenterY() + dy);
			attribute("rx", e.getWidth() / 2);
			attribute("ry", e.getHeight() / 2);
		} else if (shape instanceof Line2D l) {
			out.append("<line");
			attribute("x1", l.getX1() + dx);
			attribute("y1", l.getY1() + dy);
			attribute("x2", l.getX2() + dx);
			attribute("y2", l.getY2() + dy);
		} else {
			out.append("<path d=\"");
			path(shape.getPathIterator(null));
			out.append('"');
			if (shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
				out.append(" fill-rule=\"evenodd\"");
			}
		}
	}

	private void box(double x, double y, double width, double height) {
		attribute("x", x + dx);
		attribute("y", y + dy);
		attribute("width", width);
		attribute("height", height);
	}

	private void path(PathIterator it) {
		double[] c = new double[6];
		boolean first = true;
		for (; !it.isDone(); it.next()) {
			int type = it.currentSegment(c);
			if (!first) {
				out.append(' ');
			}
			first = false;
			switch (type) {
			case PathIterator.SEG_MOVETO -> points('M', c, 1);
			case PathIterator.SEG_LINETO -> points('L', c, 1);
			case PathIterator.SEG_QUADTO -> points('Q', c, 2);
			case PathIterator.SEG_CUBICTO -> points('C', c, 3);
			default -> out.append('Z');
			}
		}
	}

	private void points(char command, double[] c, int count) {
		out.append(command);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				out.append(' ');
			}
			number(c[2 * i] + dx);
			out.append(',');
			number(c[2 * i + 1] + dy);
		}
	}

	// ---------------------------------------------------------------- paint and stroke

	private void paint(String property) {
		out.append(' ').append(property).append("=\"#");
		hex(color.getRed());
		hex(color.getGreen());
		hex(color.getBlue());
		out.append('"');
		if (color.getAlpha() != 255) {
			attribute(property + "-opacity", color.getAlpha() / 255.0);
		}
	}

	private void hex(int component) {
		out.append(Character.forDigit(component >> 4, 16)).append(Character.forDigit(component & 15, 16));
	}

	private void strokeAttributes() {
		if (stroke.getLineWidth() != 1f) {
			attribute("stroke-width", stroke.getLineWidth());
		}
		switch (stroke.getEndCap()) {
		case BasicStroke.CAP_BUTT -> out.append(" stroke-linecap=\"butt\"");
		case BasicStroke.CAP_ROUND -> out.append(" stroke-linecap=\"round\"");
		default -> { // square: the document's default
		}
		}
		switch (stroke.getLineJoin()) {
		case BasicStroke.JOIN_ROUND -> out.append(" stroke-linejoin=\"round\"");
		case BasicStroke.JOIN_BEVEL -> out.append(" stroke-linejoin=\"bevel\"");
		default -> { // miter: SVG's default
		}
		}
		if (stroke.getLineJoin() == BasicStroke.JOIN_MITER && stroke.getMiterLimit() != 10f) {
			attribute("stroke-miterlimit", stroke.getMiterLimit());
		}
		float[] dash = stroke.getDashArray();
		if (dash != null && dash.length > 0) {
			out.append(" stroke-dasharray=\"");
			for (int i = 0; i < dash.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				number(dash[i]);
			}
			out.append('"');
			if (stroke.getDashPhase() != 0f) {
				attribute("stroke-dashoffset", stroke.getDashPhase());
			}
		}
	}

	// ---------------------------------------------------------------- numbers

	private void attribute(String name, double value) {
		out.append(' ').append(name).append("=\"");
		number(value);
		out.append('"');
	}

	/** A number rounded to two decimals, without trailing zeros (no locale, no exponent). */
	private void number(double value) {
		long hundredths = Math.round(value * 100);
		if (hundredths < 0) {
			out.append('-');
			hundredths = -hundredths;
		}
		out.append(hundredths / 100);
		long fraction = hundredths % 100;
		if (fraction != 0) {
			out.append('.');
			if (fraction < 10) {
				out.append('0').append(fraction);
			} else {
				out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
			}
		}
	}

	private static String family(Font font) {
		return switch (font.getName()) {
		case "SansSerif", "Dialog" -> "sans-serif";
		case "Serif" -> "serif";
		case "Monospaced", "DialogInput" -> "monospace";
		default -> font.getName();
		};
	}
}
