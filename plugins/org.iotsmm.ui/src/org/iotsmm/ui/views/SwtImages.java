package org.iotsmm.ui.views;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Java2D pixels as SWT image data, which an SWT image can be made of on any thread (on GTK an image
 * is a cairo surface of its own): the figures are painted with Java2D, shown with SWT.
 */
final class SwtImages {

	private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

	private SwtImages() {
	}

	/** The whole of {@code image}. */
	static ImageData of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return region(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, 0, 0, width, height);
		}
		return region(image.getRGB(0, 0, width, height, null, 0, width), width, 0, 0, width, height);
	}

	/** A rectangle of an image's pixels ({@code 0xRRGGBB} ints, {@code stride} to a line). */
	static ImageData region(int[] pixels, int stride, int x0, int y0, int width, int height) {
		ImageData data = new ImageData(width, height, 32, RGB);
		for (int y = 0; y < height; y++) {
			data.setPixels(0, y, width, pixels, (y0 + y) * stride + x0);
		}
		return data;
	}
}
