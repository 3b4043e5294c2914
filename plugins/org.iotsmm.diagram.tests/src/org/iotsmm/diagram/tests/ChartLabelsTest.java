package org.iotsmm.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.dsl.loading.ModelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 12: the maturity profile's value labels sat on the neighbouring bar. Checked on the drawn
 * image: every bar (a solid run of the target blue or achieved orange) has no foreign pixel inside
 * it, and its value label is drawn on its own row just after its end.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmDiagramInjectorProvider.class)
class ChartLabelsTest {

	private static final int BLUE = 0x0072B2;
	private static final int ORANGE = 0xE69F00;

	@Inject
	private ModelLoader loader;

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void valueLabelsNeverTouchABar(String example) throws Exception {
		GapReport report = new GapAnalysis().analyse(Support.system(loader, Repo.example(example)));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Diagrams.maturityProfilePng(report)));
		List<Rectangle> bars = new ArrayList<>();
		for (int colour : new int[] { BLUE, ORANGE }) {
			bars.addAll(bars(image, colour));
		}
		assertTrue(bars.size() >= 4, "bars found: " + bars.size());
		int labelled = 0;
		for (Rectangle bar : bars) {
			if (bar.height < 6 || bar.width < 4) {
				continue; // legend swatches are small squares; thin slivers are anti-aliasing
			}
			int colour = image.getRGB(bar.x + 1, bar.y + bar.height / 2) & 0xFFFFFF;
			for (int x = bar.x + 1; x < bar.x + bar.width - 1; x++) {
				for (int y = bar.y + 1; y < bar.y + bar.height - 1; y++) {
					assertEquals(colour, image.getRGB(x, y) & 0xFFFFFF,
							"a foreign pixel (a label) inside the bar at " + bar + ": (" + x + "," + y + ")");
				}
			}
			if (bar.height >= 8 && hasInkAfter(image, bar)) {
				labelled++;
			}
		}
		assertTrue(labelled >= bars.size() / 2 - 1, "value labels drawn after the bars: " + labelled + " of " + bars.size());
	}

	/**
	 * The bars of a practice belong to one element. Here the practice is met on both elements
	 * (3 of 3 on A, 2 of 2 on B); pairing the highest target (A's 3) with the lowest achieved level
	 * (B's 2) drew a gap that neither element has.
	 */
	@Test
	void targetAndAchievedBarsComeFromTheSameElement(@TempDir Path temp) throws Exception {
		Path model = temp.resolve("pair.smm");
		Files.writeString(model, """
				system Pair uses catalog SMM version 1.2 {
				  zone Z { device A device B }
				  target T { practice ThreatModeling level 3 on A  practice ThreatModeling level 2 on B }
				  assessment S date 2026-01-05 against T {
				    practice ThreatModeling level 3 on A evidence "threat model reviewed"
				    practice ThreatModeling level 2 on B evidence "threat model drafted"
				  }
				}
				""");
		GapReport report = new GapAnalysis().analyse(Support.system(loader, model));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Diagrams.maturityProfilePng(report)));
		Rectangle target = widest(bars(image, BLUE));
		Rectangle achieved = widest(bars(image, ORANGE));
		assertEquals(target.width, achieved.width, 2, "target bar " + target + " vs achieved bar " + achieved);
	}

	private static Rectangle widest(List<Rectangle> bars) {
		return bars.stream().max(java.util.Comparator.comparingInt(r -> r.width)).orElseThrow();
	}

	/** Dark pixels within 30 px right of the bar end, inside the bar's own rows. */
	private static boolean hasInkAfter(BufferedImage image, Rectangle bar) {
		for (int x = bar.x + bar.width + 1; x < Math.min(image.getWidth(), bar.x + bar.width + 30); x++) {
			for (int y = bar.y; y < bar.y + bar.height; y++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) < 110 && ((rgb >> 8) & 0xFF) < 110 && (rgb & 0xFF) < 110) {
					return true;
				}
			}
		}
		return false;
	}

	/** Maximal rectangles of one exact colour, found as the bounding boxes of its connected regions. */
	private static List<Rectangle> bars(BufferedImage image, int colour) {
		int w = image.getWidth();
		int h = image.getHeight();
		boolean[] seen = new boolean[w * h];
		List<Rectangle> out = new ArrayList<>();
		int[] stack = new int[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				if (seen[y * w + x] || (image.getRGB(x, y) & 0xFFFFFF) != colour) {
					continue;
				}
				int minX = x, maxX = x, minY = y, maxY = y, top = 0;
				stack[top++] = y * w + x;
				seen[y * w + x] = true;
				while (top > 0) {
					int p = stack[--top];
					int px = p % w, py = p / w;
					minX = Math.min(minX, px);
					maxX = Math.max(maxX, px);
					minY = Math.min(minY, py);
					maxY = Math.max(maxY, py);
					for (int[] d : new int[][] { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) {
						int nx = px + d[0], ny = py + d[1];
						if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx]
								&& (image.getRGB(nx, ny) & 0xFFFFFF) == colour) {
							seen[ny * w + nx] = true;
							stack[top++] = ny * w + nx;
						}
					}
				}
				out.add(new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1));
			}
		}
		return out;
	}
}
