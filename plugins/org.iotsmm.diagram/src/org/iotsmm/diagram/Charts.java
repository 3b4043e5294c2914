package org.iotsmm.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.ProgressPoint;
import org.iotsmm.analysis.Status;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The maturity charts, built with JFreeChart and drawn by it on the same Graphics2D path as the
 * other diagrams.
 * <p>
 * Per practice, over the report's rows that have a target, the chart shows one element's row: the
 * one in the worst state (worst status, then largest level gap, then highest target). Its
 * <b>target</b> and <b>achieved</b> level are drawn side by side (no achieved bar when that element
 * was not assessed: not assessed is never drawn as level 0), with the marker of its status.
 */
final class Charts {

	static final String TARGET = "Target";
	private static final Font LABEL_FONT = new Font(Look.FAMILY, Font.PLAIN, 9);
	static final String ACHIEVED = "Achieved (same element)";

	private Charts() {
	}

	/** One practice's figures. */
	record PracticeFigures(PracticeRef practice, int target, Integer achieved, Status status, int levelGap) {
		String marker() {
			return Look.marker(status, levelGap);
		}
	}

	/**
	 * Figures of every practice that has a target somewhere, in catalog order. The bars of a practice
	 * are the target and achieved level of one and the same element, the one in the worst state (worst
	 * status, then largest level gap, then highest target): pairing the highest target with the lowest
	 * achieved level of different elements drew gaps that no element has.
	 */
	static List<PracticeFigures> figures(GapReport report) {
		Map<PracticeRef, GapRow> worstRow = new LinkedHashMap<>();
		for (PracticeRef p : report.practices()) {
			worstRow.put(p, null);
		}
		for (GapRow row : report.rows()) {
			if (row.hasTarget()) {
				worstRow.merge(row.practice(), row, (a, b) -> WORSE_FIRST.compare(a, b) <= 0 ? a : b);
			}
		}
		List<PracticeFigures> out = new ArrayList<>();
		worstRow.forEach((p, row) -> {
			if (row != null) {
				out.add(new PracticeFigures(p, row.target().level(), row.isAssessed() ? row.achieved().level() : null,
						row.status(), row.levelGap()));
			}
		});
		return out;
	}

	private static final Comparator<GapRow> WORSE_FIRST = Comparator
			.comparingInt((GapRow r) -> -r.status().severity())
			.thenComparingInt(r -> -r.levelGap())
			.thenComparingInt(r -> -r.target().level());

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("IoT SMM");
		theme.setExtraLargeFont(new Font(Look.FAMILY, Font.BOLD, 16));
		theme.setLargeFont(new Font(Look.FAMILY, Font.BOLD, 13));
		theme.setRegularFont(new Font(Look.FAMILY, Font.PLAIN, 11));
		theme.setSmallFont(new Font(Look.FAMILY, Font.PLAIN, 10));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		theme.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
		theme.setChartBackgroundPaint(Color.WHITE);
		return theme;
	}

	private static String subtitle(GapReport report) {
		return (report.assessment() == null ? "no assessment" : "assessment " + report.assessment()
				+ (report.assessmentDate() == null ? "" : " (" + report.assessmentDate() + ")"))
				+ (report.targetSet() == null ? "" : " against target set " + report.targetSet());
	}

	private static NumberAxis levelAxis() {
		NumberAxis axis = new NumberAxis("comprehensiveness level (0 none \u2013 4 formalized)");
		axis.setRange(0, 4.6); // room right of a level-4 bar for its value label
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return axis;
	}

	private static BarRenderer bars() {
		BarRenderer r = new BarRenderer();
		r.setSeriesPaint(0, Look.BLUE);
		r.setSeriesPaint(1, Look.ORANGE);
		r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		r.setDefaultItemLabelsVisible(true);
		// JFreeChart puts a horizontal bar's value above it (OUTSIDE12), on the neighbouring bar:
		// put it after the bar's end instead, on the bar's own centre line, in a font no taller than a bar
		ItemLabelPosition after = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
		r.setDefaultPositiveItemLabelPosition(after);
		r.setPositiveItemLabelPositionFallback(after);
		r.setItemLabelAnchorOffset(4);
		r.setDefaultItemLabelFont(LABEL_FONT);
		r.setItemMargin(0.05);
		return r;
	}

	/** Bars of target and achieved level per practice, one panel per domain (subdomain in the label). */
	static JFreeChart profile(GapReport report) {
		List<PracticeFigures> figures = figures(report);
		CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(levelAxis());
		plot.setGap(14);
		Map<String, DefaultCategoryDataset> byDomain = new LinkedHashMap<>();
		for (PracticeFigures f : figures) {
			DefaultCategoryDataset data = byDomain.computeIfAbsent(f.practice().domain(), d -> new DefaultCategoryDataset());
			String category = f.practice().domain() + " \u203a " + f.practice().subdomain() + " \u203a "
					+ title(f.practice()) + "   " + f.marker();
			data.addValue(f.target(), TARGET, category);
			data.addValue(f.achieved(), ACHIEVED, category);
		}
		byDomain.forEach((domain, data) -> {
			CategoryAxis axis = new CategoryAxis(domain);
			axis.setMaximumCategoryLabelWidthRatio(0.55f);
			CategoryPlot sub = new CategoryPlot(data, axis, null, bars());
			sub.setOrientation(PlotOrientation.HORIZONTAL);
			plot.add(sub, data.getColumnCount());
		});
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = new JFreeChart("Maturity profile of " + report.system() + ": target vs achieved per practice",
				JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		theme().apply(chart);
		if (!plot.getSubplots().isEmpty() && chart.getLegend() != null) { // one legend, not one per domain panel
			chart.getLegend().setSources(new org.jfree.chart.LegendItemSource[] {
					((CategoryPlot) plot.getSubplots().get(0)).getRenderer() });
		}
		for (Object o : plot.getSubplots()) {
			CategoryPlot sub = (CategoryPlot) o;
			sub.getRenderer().setSeriesPaint(0, Look.BLUE);
			sub.getRenderer().setSeriesPaint(1, Look.ORANGE);
			sub.getRenderer().setDefaultItemLabelFont(LABEL_FONT); // the theme sets its regular font, taller than a bar
		}
		chart.addSubtitle(new TextTitle(subtitle(report) + ". Per practice the element in the worst state: its target and achieved level;"
				+ " no achieved bar = not assessed.", new Font(Look.FAMILY, Font.PLAIN, 11)));
		if (figures.isEmpty()) {
			chart.addSubtitle(new TextTitle("No practice has a target.", new Font(Look.FAMILY, Font.BOLD, 12)));
		}
		return chart;
	}

	static int profileHeight(GapReport report) {
		List<PracticeFigures> figures = figures(report);
		long domains = figures.stream().map(f -> f.practice().domain()).distinct().count();
		return (int) (140 + 34 * figures.size() + 30 * domains);
	}

	private static String title(PracticeRef p) {
		return p.title() != null && !p.title().isEmpty() ? p.title() : p.name();
	}

	/** A radar of target and achieved level over the practices of one domain. */
	static JFreeChart radar(GapReport report, String domain) {
		if (report.practices().stream().noneMatch(p -> p.domain().equals(domain))) {
			throw new IllegalArgumentException("No domain " + domain + " in catalog " + report.catalog());
		}
		Map<PracticeRef, PracticeFigures> byPractice = new LinkedHashMap<>();
		figures(report).forEach(f -> byPractice.put(f.practice(), f));
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (PracticeRef p : report.practices()) {
			if (!p.domain().equals(domain)) {
				continue;
			}
			PracticeFigures f = byPractice.get(p);
			String category = title(p) + " " + (f == null ? Look.marker(Status.NO_TARGET, 0) : f.marker());
			data.addValue(f == null ? null : f.target(), TARGET, category);
			data.addValue(f == null ? null : f.achieved(), ACHIEVED, category);
		}
		SpiderWebPlot plot = new SpiderWebPlot(data);
		plot.setMaxValue(4);
		plot.setSeriesPaint(0, Look.BLUE);
		plot.setSeriesPaint(1, Look.ORANGE);
		plot.setSeriesOutlineStroke(0, new BasicStroke(2f));
		plot.setSeriesOutlineStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
				new float[] { 6f, 4f }, 0f));
		plot.setWebFilled(false);
		plot.setLabelFont(new Font(Look.FAMILY, Font.PLAIN, 11));
		plot.setBackgroundPaint(Color.WHITE);
		plot.setNoDataMessage("No practices in domain " + domain);
		JFreeChart chart = new JFreeChart("Domain " + domain + " of " + report.system() + ": target vs achieved (0-4)",
				new Font(Look.FAMILY, Font.BOLD, 15), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.addSubtitle(new TextTitle(subtitle(report) + "; outer ring = level 4; solid = target, dashed = achieved",
				new Font(Look.FAMILY, Font.PLAIN, 11)));
		return chart;
	}

	/** Practices met, with a gap, not assessed and the total level gap across the system's assessments. */
	static JFreeChart trend(GapReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ProgressPoint p : report.progress()) {
			String category = p.assessment() + (p.date() == null ? "" : " (" + p.date() + ")");
			data.addValue(p.practicesMet(), "\u2713 practices met", category);
			data.addValue(p.practicesWithGap(), "\u2717 practices with a gap", category);
			data.addValue(p.practicesNotAssessed(), "? practices not assessed", category);
			data.addValue(p.totalLevelGap(), "total level gap", category);
		}
		CategoryAxis axis = new CategoryAxis("assessment");
		axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		NumberAxis range = new NumberAxis("count");
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		renderer.setDefaultItemLabelsVisible(true);
		CategoryPlot plot = new CategoryPlot(data, axis, range, renderer);
		plot.setNoDataMessage("No assessment yet");
		JFreeChart chart = new JFreeChart("Progress of " + report.system() + " across assessments",
				JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		theme().apply(chart);
		Color[] colors = { Look.BLUISH_GREEN, Look.VERMILLION, Look.ORANGE, Look.BLUE };
		for (int i = 0; i < colors.length; i++) {
			renderer.setSeriesPaint(i, colors[i]);
			renderer.setSeriesStroke(i, i == 3 ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 6f, 4f }, 0f) : new BasicStroke(2f));
		}
		chart.addSubtitle(new TextTitle("against target set " + report.targetSet() + "; whole system, whole catalog",
				new Font(Look.FAMILY, Font.PLAIN, 11)));
		return chart;
	}
}
