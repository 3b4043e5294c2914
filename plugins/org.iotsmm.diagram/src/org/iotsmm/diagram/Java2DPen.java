package org.iotsmm.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/** A {@link Pen} on a Graphics2D: a PNG image or a screen view. Groups have no meaning here. */
final class Java2DPen implements Pen {

	private final Graphics2D g;

	Java2DPen(Graphics2D g) {
		this.g = g;
		Text.hints(g);
	}

	@Override
	public void setColor(Color color) {
		g.setColor(color);
	}

	@Override
	public void setFont(Font font) {
		g.setFont(font);
	}

	@Override
	public void setStroke(BasicStroke stroke) {
		g.setStroke(stroke);
	}

	@Override
	public void fill(Shape shape) {
		g.fill(shape);
	}

	@Override
	public void draw(Shape shape) {
		g.draw(shape);
	}

	@Override
	public void drawString(String text, float x, float y) {
		g.drawString(text, x, y);
	}

	@Override
	public void drawStringUp(String text, double x, double y) {
		java.awt.geom.AffineTransform saved = g.getTransform();
		g.translate(x, y);
		g.rotate(-Math.PI / 2);
		g.drawString(text, 0f, 0f);
		g.setTransform(saved);
	}

	@Override
	public void translate(double dx, double dy) {
		g.translate(dx, dy);
	}

	@Override
	public boolean mayShow(Rectangle2D bounds) {
		java.awt.Shape clip = g.getClip();
		// a margin for stroke widths, arrow heads and text that reaches a little past a box
		return clip == null || clip.intersects(bounds.getX() - 12, bounds.getY() - 12, bounds.getWidth() + 24,
				bounds.getHeight() + 24);
	}

	@Override
	public void begin(String id, String cssClass, String path, String title) {
	}

	@Override
	public void end() {
	}
}
