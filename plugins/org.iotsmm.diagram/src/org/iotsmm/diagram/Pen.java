package org.iotsmm.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * What the architecture painter draws with: the few Graphics2D operations it needs, plus groups
 * that carry a model element's id, path and tooltip. {@link Java2DPen} paints on a Graphics2D (PNG,
 * screen); {@link SvgPen} writes SVG text directly, without building a DOM first (Batik's
 * SVGGraphics2D took as long per zone figure as ELK's layout did).
 */
interface Pen {

	void setColor(Color color);

	void setFont(Font font);

	void setStroke(BasicStroke stroke);

	void fill(Shape shape);

	void draw(Shape shape);

	/** Text with its baseline starting at (x, y), in the current font and colour. */
	void drawString(String text, float x, float y);

	/** Text read bottom to top (turned a quarter left), its baseline starting at (x, y). */
	void drawStringUp(String text, double x, double y);

	/** Moves the origin of everything drawn afterwards (undo with the negated offsets). */
	void translate(double dx, double dy);

	/**
	 * False when nothing drawn inside {@code bounds} (in the current coordinates) can be seen: a
	 * screen tile shows a small part of a large diagram, and skipping the rest keeps painting a
	 * tile proportional to what it shows. Always true for SVG, which keeps everything.
	 */
	boolean mayShow(Rectangle2D bounds);

	/** Starts a group {@code <g id class data-path><title>}; ignored where there are no groups. */
	void begin(String id, String cssClass, String path, String title);

	void end();
}
