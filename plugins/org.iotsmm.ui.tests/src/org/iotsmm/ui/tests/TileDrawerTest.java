package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.iotsmm.ui.views.TileDrawer;
import org.junit.jupiter.api.Test;

/**
 * The diagram's tiles reach the screen as {@code GC.drawImage} would put them: the same pixels in
 * the same place, whole or a part scaled (on GTK TileDrawer fills with a pattern instead).
 */
class TileDrawerTest {

	private static final int WHITE = 0xFFFFFF;

	@Test
	void aWholeTileGivesTheSamePixelsAsDrawImage() {
		Display display = Display.getDefault();
		Image tile = image(display, 64, 48, (x, y) -> (x * 4) << 16 | (y * 5) << 8 | (x + y) & 0xFF);
		TileDrawer drawer = new TileDrawer();
		try {
			int[] expected = pixels(display, gc -> gc.drawImage(tile, 37, 21));
			int[] drawn = pixels(display, gc -> drawer.draw(gc, tile, 37, 21));
			assertEquals(List.of(), differences(expected, drawn));
		} finally {
			drawer.dispose(tile);
		}
	}

	@Test
	void aScaledPartLandsWhereDrawImagePutsIt() {
		Display display = Display.getDefault();
		// blocks of 16 pixels in four colours; the part (16, 16, 32, 32) holds one block of each
		int[] colours = { 0xCC2200, 0x00AA44, 0x2244DD, 0xEEBB00 };
		Image tile = image(display, 64, 64, (x, y) -> colours[(x / 16 + y / 16) % 4]);
		TileDrawer drawer = new TileDrawer();
		try {
			Rectangle source = new Rectangle(16, 16, 32, 32);
			Rectangle target = new Rectangle(10, 10, 64, 64);
			int[] expected = pixels(display, gc -> gc.drawImage(tile, 16, 16, 32, 32, 10, 10, 64, 64));
			int[] drawn = pixels(display, gc -> drawer.draw(gc, tile, source, target));
			// each block's middle (edges blend between blocks) and the white around the target
			for (int[] at : new int[][] { { 26, 26 }, { 58, 26 }, { 26, 58 }, { 58, 58 }, { 5, 5 }, { 80, 40 }, { 40, 80 } }) {
				int i = at[1] * SIZE + at[0];
				assertEquals(Integer.toHexString(expected[i]), Integer.toHexString(drawn[i]), "pixel " + at[0] + "," + at[1]);
			}
			assertEquals(colours[(1 + 1) % 4], drawn[26 * SIZE + 26], "the part's first block at the target's corner");
			assertEquals(WHITE, drawn[5 * SIZE + 5], "nothing drawn outside the target");
		} finally {
			drawer.dispose(tile);
		}
	}

	private static final int SIZE = 120;

	private interface Pixel {
		int rgb(int x, int y);
	}

	private static Image image(Display display, int width, int height, Pixel pixel) {
		ImageData data = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				data.setPixel(x, y, pixel.rgb(x, y));
			}
		}
		return new Image(display, data);
	}

	/** The 0xRRGGBB pixels of a white SIZE x SIZE image after {@code drawing}. */
	private static int[] pixels(Display display, java.util.function.Consumer<GC> drawing) {
		Image canvas = new Image(display, SIZE, SIZE);
		try {
			GC gc = new GC(canvas);
			try {
				gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
				gc.fillRectangle(0, 0, SIZE, SIZE);
				drawing.accept(gc);
			} finally {
				gc.dispose();
			}
			ImageData data = canvas.getImageData();
			int[] rgb = new int[SIZE * SIZE];
			for (int y = 0; y < SIZE; y++) {
				for (int x = 0; x < SIZE; x++) {
					var c = data.palette.getRGB(data.getPixel(x, y));
					rgb[y * SIZE + x] = c.red << 16 | c.green << 8 | c.blue;
				}
			}
			return rgb;
		} finally {
			canvas.dispose();
		}
	}

	private static List<String> differences(int[] expected, int[] drawn) {
		List<String> differ = new ArrayList<>();
		for (int i = 0; i < expected.length && differ.size() < 5; i++) {
			if (expected[i] != drawn[i]) {
				differ.add((i % SIZE) + "," + (i / SIZE) + ": " + Integer.toHexString(expected[i]) + " vs " + Integer.toHexString(drawn[i]));
			}
		}
		return differ;
	}
}
