package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.iotsmm.ui.views.DiagramCanvas;
import org.iotsmm.ui.views.DiagramCanvas.PreviewPart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The geometry of a zoom's preview: the parts of the previous zoom's tiles that stand in for a
 * tile of the new zoom cover it exactly, come from inside an old tile, and are scaled by the ratio
 * of the two zooms.
 */
class ZoomPreviewTest {

	private static final int TILE = DiagramCanvas.TILE;

	@ParameterizedTest(name = "tile ({0}, {1}) at zoom {3} from zoom {2}")
	@CsvSource({ "0, 0, 1.0, 0.8", "3, 2, 1.0, 0.8", "1, 4, 0.8, 1.0", "2, 2, 1.0, 1.25", "5, 1, 1.0, 0.5", "7, 3, 0.37, 0.41",
			"0, 9, 2.0, 1.1" })
	void thePartsCoverTheTileExactlyFromInsideTheOldTiles(int column, int row, double oldZoom, double zoom) {
		List<PreviewPart> parts = DiagramCanvas.previewParts(column, row, zoom, oldZoom);
		Rectangle tile = new Rectangle(column * TILE, row * TILE, TILE, TILE);
		long area = 0;
		for (PreviewPart part : parts) {
			Rectangle target = part.target();
			assertTrue(tile.contains(target.x, target.y) && target.x + target.width <= tile.x + tile.width
					&& target.y + target.height <= tile.y + tile.height, target + " inside " + tile);
			area += (long) target.width * target.height;
			for (PreviewPart other : parts) {
				assertTrue(other == part || !other.target().intersects(target), other.target() + " overlaps " + target);
			}
			Rectangle source = part.source();
			assertTrue(source.x >= 0 && source.y >= 0 && source.x + source.width <= TILE && source.y + source.height <= TILE,
					source + " inside an old tile");
			double scale = zoom / oldZoom;
			assertEquals(source.width * scale, target.width, 2.0 * scale + 1, "width scaled from " + source);
			assertEquals(source.height * scale, target.height, 2.0 * scale + 1, "height scaled from " + source);
		}
		assertEquals((long) TILE * TILE, area, "the parts cover the tile");
	}

	@ParameterizedTest(name = "{0} -> {1}: {2} parts at most")
	@CsvSource({ "1.0, 0.8, 4", "1.0, 1.25, 4", "1.0, 0.5, 4", "1.0, 0.3, 16" })
	void zoomingOutFurtherTakesMoreOldTiles(double oldZoom, double zoom, int most) {
		int max = 0;
		for (int column = 0; column < 6; column++) {
			for (int row = 0; row < 6; row++) {
				max = Math.max(max, DiagramCanvas.previewParts(column, row, zoom, oldZoom).size());
			}
		}
		assertTrue(max <= most && max > most / 4, max + " parts");
	}
}
