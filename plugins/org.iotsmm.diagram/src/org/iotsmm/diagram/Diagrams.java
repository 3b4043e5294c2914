package org.iotsmm.diagram;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.apache.batik.svggen.SVGGraphics2D;
import org.iotsmm.analysis.GapReport;
import org.jfree.chart.JFreeChart;

/**
 * The diagrams of a {@link GapReport}, as SVG text or PNG bytes. Every picture has one painter.
 * The architecture and the coverage heat map paint with a {@link Pen}: SVG text written directly,
 * or a BufferedImage's Graphics2D for PNG. The charts (JFreeChart) paint on a Graphics2D: Apache
 * Batik's SVG generator for SVG. SVG output is deterministic: the same input gives byte-identical
 * text (fixed defs ids, model order everywhere, no time stamps).
 * <p>
 * SVG element ids link back to the model: {@code zone:Path}, {@code component:Path},
 * {@code flow:Name} (or {@code flow:Source--Target}), {@code cell:Component:Domain.Practice},
 * {@code practice:Domain.Practice}; groups also carry {@code data-path} and a {@code <title>}
 * tooltip.
 */
public final class Diagrams {

	/**
	 * PNG images are scaled down so that neither side exceeds this many pixels: a 12,000-pixel
	 * image of a fleet's overview held 460 MB of pixels; the SVG beside it has every detail.
	 */
	public static final int MAX_PNG_SIDE = 4_096;

	private Diagrams() {
	}

	// ---------------------------------------------------------------- architecture

	/** Lays out the architecture of {@code system} coloured by the report (no painting). */
	public static ArchitectureDiagram architecture(GapReport report, org.iotsmm.smm.System system, Options options) {
		if (!report.system().equals(system.getName())) {
			throw new IllegalArgumentException("The report is about system " + report.system() + ", not " + system.getName());
		}
		return ArchitectureLayout.layout(report, system, options == null ? Options.DEFAULT : options);
	}

	public static String architectureSvg(GapReport report, org.iotsmm.smm.System system, Options options) {
		return svg(architecture(report, system, options));
	}

	public static byte[] architecturePng(GapReport report, org.iotsmm.smm.System system, Options options) {
		return png(architecture(report, system, options));
	}

	/** SVG of an already laid-out diagram. */
	public static String svg(ArchitectureDiagram diagram) {
		SvgPen pen = new SvgPen(ArchitecturePainter.totalWidth(diagram), ArchitecturePainter.totalHeight(diagram));
		ArchitecturePainter.paint(pen, diagram, Palette.COLOUR_BLIND_SAFE);
		return pen.document();
	}

	/** PNG of an already laid-out diagram. */
	public static byte[] png(ArchitectureDiagram diagram) {
		return png(ArchitecturePainter.totalWidth(diagram), ArchitecturePainter.totalHeight(diagram),
				g -> ArchitecturePainter.paint(new Java2DPen(g), diagram, Palette.COLOUR_BLIND_SAFE));
	}

	/** Paints a laid-out diagram on any Graphics2D (for example an SWT bridge), at (0,0). */
	public static void paint(Graphics2D g, ArchitectureDiagram diagram) {
		paint(g, diagram, Palette.COLOUR_BLIND_SAFE);
	}

	/** As {@link #paint(Graphics2D, ArchitectureDiagram)} in the colours of {@code palette} (a view's preference). */
	public static void paint(Graphics2D g, ArchitectureDiagram diagram, Palette palette) {
		ArchitecturePainter.paint(new Java2DPen(g), diagram, palette);
	}

	// ---------------------------------------------------------------- charts

	public static final int CHART_WIDTH = 960;

	public static String maturityProfileSvg(GapReport report) {
		return chartSvg(Charts.profile(report), CHART_WIDTH, Charts.profileHeight(report), "profile-");
	}

	public static byte[] maturityProfilePng(GapReport report) {
		return encode(maturityProfileImage(report));
	}

	/**
	 * The maturity profile as pixels, for a live view: the PNG's image without encoding it (a view
	 * that decoded the PNG again spent both on every update).
	 */
	public static BufferedImage maturityProfileImage(GapReport report) {
		return chartImage(Charts.profile(report), CHART_WIDTH, Charts.profileHeight(report));
	}

	public static String radarSvg(GapReport report, String domain) {
		return chartSvg(Charts.radar(report, domain), 760, 640, "radar-");
	}

	public static byte[] radarPng(GapReport report, String domain) {
		return encode(radarImage(report, domain));
	}

	public static BufferedImage radarImage(GapReport report, String domain) {
		return chartImage(Charts.radar(report, domain), 760, 640);
	}

	public static String trendSvg(GapReport report) {
		return chartSvg(Charts.trend(report), 860, 520, "trend-");
	}

	public static byte[] trendPng(GapReport report) {
		return encode(trendImage(report));
	}

	public static BufferedImage trendImage(GapReport report) {
		return chartImage(Charts.trend(report), 860, 520);
	}

	// ---------------------------------------------------------------- coverage heat map

	public static String coverageHeatMapSvg(GapReport report) {
		HeatMap.Layout l = HeatMap.layout(report);
		SvgPen pen = new SvgPen(l.width(), l.height());
		HeatMap.paint(pen, report, l, Palette.COLOUR_BLIND_SAFE);
		return pen.document();
	}

	public static byte[] coverageHeatMapPng(GapReport report) {
		return coverageHeatMapPng(report, Palette.COLOUR_BLIND_SAFE);
	}

	/** The coverage heat map as PNG in the colours of {@code palette} (a view's preference). */
	public static byte[] coverageHeatMapPng(GapReport report, Palette palette) {
		return encode(coverageHeatMapImage(report, palette));
	}

	/** The coverage heat map as pixels, for a live view (see {@link #maturityProfileImage}). */
	public static BufferedImage coverageHeatMapImage(GapReport report, Palette palette) {
		HeatMap.Layout l = HeatMap.layout(report);
		return image(l.width(), l.height(), g -> HeatMap.paint(new Java2DPen(g), report, l, palette));
	}

	/**
	 * The colour of a status in every figure (Okabe-Ito, safe for colour-blind readers), for other
	 * artifacts that mark statuses the same way (the spreadsheet's coverage matrix).
	 */
	public static java.awt.Color statusColor(org.iotsmm.analysis.Status status) {
		return Look.color(status);
	}

	/** True when text on the status colour should be white rather than dark (blue and vermillion). */
	public static boolean darkStatusColor(org.iotsmm.analysis.Status status) {
		return status == org.iotsmm.analysis.Status.EXCEEDS || status == org.iotsmm.analysis.Status.GAP;
	}

	// ---------------------------------------------------------------- helpers

	private static String chartSvg(JFreeChart chart, int width, int height, String prefix) {
		SVGGraphics2D g = Svg.canvas(width, height, prefix);
		Svg.begin(g, "chart", "chart", null, null);
		chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		Svg.end(g);
		return Svg.document(g);
	}

	private static BufferedImage chartImage(JFreeChart chart, int width, int height) {
		return image(width, height, g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height)));
	}

	private static byte[] png(double width, double height, Consumer<Graphics2D> painter) {
		return encode(image(width, height, painter));
	}

	private static BufferedImage image(double width, double height, Consumer<Graphics2D> painter) {
		double scale = Math.min(1.0, MAX_PNG_SIDE / Math.max(width, height));
		int w = (int) Math.ceil(width * scale);
		int h = (int) Math.ceil(height * scale);
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			Text.hints(g);
			g.scale(scale, scale);
			painter.accept(g);
		} finally {
			g.dispose();
		}
		return image;
	}

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
