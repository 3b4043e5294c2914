package org.iotsmm.ui.views;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * Draws the diagram's tile images. SWT 3.135 on GTK copies every pixel of an image out of its
 * cairo surface into a new ImageData on each {@code GC.drawImage}, only to read the image's size
 * (1 MB for each 512-pixel tile drawn, and garbage to collect). A Pattern made once over the same
 * surface fills without the copy: a plain SWT program drew 12 tiles in 4-12 ms instead of 14-27;
 * in the workbench, where sending the pixels to the X server dominates, 6 tiles take 15.5 ms
 * instead of 18.6 (medians, {@code ./bench views}). The fix upstream (eclipse.platform.swt pull
 * request 3510) is in no release on Maven Central yet; other platforms read the size without a
 * copy and keep {@code drawImage}.
 */
public final class TileDrawer {

	private static final boolean COPIES_ON_DRAW = "gtk".equals(SWT.getPlatform());

	private final Map<Image, Pattern> patterns = new IdentityHashMap<>();

	/** Draws {@code tile} whole with its top left corner at ({@code x}, {@code y}). */
	public void draw(GC gc, Image tile, int x, int y) {
		Rectangle size = tile.getBounds();
		draw(gc, tile, size, new Rectangle(x, y, size.width, size.height));
	}

	/** Draws the {@code source} part of {@code tile} into {@code target}, scaled to fit. */
	public void draw(GC gc, Image tile, Rectangle source, Rectangle target) {
		if (!COPIES_ON_DRAW) {
			gc.drawImage(tile, source.x, source.y, source.width, source.height, target.x, target.y, target.width, target.height);
			return;
		}
		Pattern pattern = patterns.computeIfAbsent(tile, image -> new Pattern(image.getDevice(), image));
		float scaleX = target.width / (float) source.width;
		float scaleY = target.height / (float) source.height;
		Transform place = new Transform(gc.getDevice());
		try {
			// the pattern lies at the origin of the GC's coordinates: move and scale those instead
			place.translate(target.x - source.x * scaleX, target.y - source.y * scaleY);
			place.scale(scaleX, scaleY);
			gc.setTransform(place);
			gc.setBackgroundPattern(pattern);
			gc.fillRectangle(source.x, source.y, source.width, source.height);
		} finally {
			gc.setBackgroundPattern(null);
			gc.setTransform(null);
			place.dispose();
		}
	}

	/** Disposes {@code tile} and what was made to draw it. */
	public void dispose(Image tile) {
		Pattern pattern = patterns.remove(tile);
		if (pattern != null) {
			pattern.dispose();
		}
		tile.dispose();
	}
}
