package org.iotsmm.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.Status;

/**
 * The coverage heat map: one row per component, one column per catalog practice; a cell is the
 * status of that practice on that component from the report's coverage matrix, painted in its
 * colour with a text marker ("✗2" a level gap of 2, "✗s" a scope gap, "?" not assessed, "✓" met,
 * "✓+" exceeds, "L2" a finding without a target, blank when neither a target nor a finding applies).
 * <p>
 * Above {@link ZoneDiagrams#OVERVIEW_ABOVE_COMPONENTS} components a row is a zone (the components
 * directly in it): a cell is the worst status of the practice on those components, with the
 * largest level gap, so that the figure grows with the zones, not with the fleet.
 */
final class HeatMap {

	static final double CELL_W = 34;
	static final double CELL_H = 22;
	static final double MARGIN = 16;

	private HeatMap() {
	}

	record Layout(List<ElementRef> rows, List<PracticeRef> columns, Map<String, GapRow> cells, double labelWidth,
			double headerHeight, double top, double width, double height, List<String> key, Zones zones) {
	}

	/** The zone rows of a large system: per zone its component count and, per practice, the worst cell. */
	record Zones(Map<String, Integer> components, Map<String, Worst> cells) {
	}

	/** The worst cell of a practice over a zone's components, and how many of them have a gap or are not assessed. */
	record Worst(Status status, int levelGap, int gaps, int notAssessed) {
		Worst add(GapRow row) {
			return new Worst(Status.worst(status, row.status()), Math.max(levelGap, row.levelGap()),
					gaps + (row.status() == Status.GAP ? 1 : 0), notAssessed + (row.status() == Status.NOT_ASSESSED ? 1 : 0));
		}
	}

	static String key(String component, PracticeRef practice) {
		return component + "|" + practice.qualifiedName();
	}

	static Layout layout(GapReport report) {
		List<ElementRef> components = report.elements().stream().filter(ElementRef::isComponent).toList();
		List<PracticeRef> columns = report.practices();
		Map<String, GapRow> cells = new HashMap<>();
		Zones zones = null;
		List<ElementRef> rows = components;
		if (components.size() > ZoneDiagrams.OVERVIEW_ABOVE_COMPONENTS) {
			Map<String, ElementRef> byPath = new HashMap<>();
			report.elements().forEach(e -> byPath.put(e.path(), e));
			Map<String, Integer> counts = new java.util.LinkedHashMap<>();
			components.forEach(c -> counts.merge(c.parent(), 1, Integer::sum));
			Map<String, Worst> worst = new HashMap<>();
			for (ComponentCoverage cc : report.coverage().components()) {
				for (GapRow row : cc.cells()) {
					worst.merge(key(cc.component().parent(), row.practice()), new Worst(Status.NO_TARGET, 0, 0, 0).add(row),
							(a, b) -> a.add(row));
				}
			}
			zones = new Zones(counts, worst);
			rows = counts.keySet().stream().map(byPath::get).toList();
		} else {
			for (ComponentCoverage cc : report.coverage().components()) {
				for (GapRow row : cc.cells()) {
					cells.put(key(cc.component().path(), row.practice()), row);
				}
			}
		}
		double labelWidth = 40;
		for (ElementRef r : rows) {
			labelWidth = Math.max(labelWidth, Text.width(Look.BODY, label(r, zones)));
		}
		labelWidth += 12;
		double headerHeight = 10;
		for (PracticeRef p : columns) {
			headerHeight = Math.max(headerHeight, Text.width(Look.SMALL, code(p)));
		}
		headerHeight += 12;
		List<String> key = new java.util.ArrayList<>();
		for (PracticeRef p : columns) {
			key.add(code(p) + " = " + p.domain() + " / " + p.subdomain() + " / " + (p.title() != null ? p.title() : p.name()));
		}
		double top = MARGIN + Text.lineHeight(Look.TITLE) + Text.lineHeight(Look.BODY) + 10;
		double gridW = labelWidth + columns.size() * CELL_W;
		double legendLine = Text.lineHeight(Look.BODY) + 2;
		double width = gridW;
		for (Status s : Look.LEGEND) {
			width = Math.max(width, 26 + Text.width(Look.BODY, legendText(s)));
		}
		int keyColumns = 2;
		double keyWidth = 0;
		for (String k : key) {
			keyWidth = Math.max(keyWidth, Text.width(Look.SMALL, k));
		}
		width = Math.max(width, keyColumns * (keyWidth + 16));
		width = Math.max(width, Text.width(Look.TITLE, title(report)));
		width = Math.max(width, Text.width(Look.BODY, subtitle(report)));
		double height = top + headerHeight + rows.size() * CELL_H + 14 + Look.LEGEND.length * legendLine + 8
				+ Math.ceil(key.size() / (double) keyColumns) * (Text.lineHeight(Look.SMALL) + 1) + MARGIN;
		return new Layout(rows, columns, cells, labelWidth, headerHeight, top, Math.ceil(width + 2 * MARGIN),
				Math.ceil(height), key, zones);
	}

	static String label(ElementRef r, Zones zones) {
		if (zones == null) {
			return r.path();
		}
		int n = zones.components().get(r.path());
		return (r.isSystem() ? "(outside zones)" : r.path()) + " (" + n + (n == 1 ? " component)" : " components)");
	}

	static String code(PracticeRef p) {
		return p.code() != null && !p.code().isEmpty() ? p.code() : p.name();
	}

	private static String title(GapReport report) {
		return "Coverage of " + report.system() + ": status per "
				+ (report.coverage().components().size() > ZoneDiagrams.OVERVIEW_ABOVE_COMPONENTS
						? "zone (worst of its components)" : "component")
				+ " and practice";
	}

	/** A zone's cell: the worst status of the practice on its components, marked like a component's cell. */
	private static void zoneCell(Pen g, ElementRef zone, PracticeRef p, Worst w, double x, double y, Palette palette) {
		Status status = w == null ? Status.NO_TARGET : w.status();
		String marker = w == null ? "" : cellMarker(status, w.levelGap(), false);
		String tip = (zone.isSystem() ? "components outside zones" : zone.path()) + " \u00d7 " + p.qualifiedName() + ": "
				+ status + (w == null ? "" : ", " + w.gaps() + " component(s) with a gap, " + w.notAssessed()
						+ " not assessed, largest level gap " + w.levelGap());
		g.begin("cell:" + zone.path() + ":" + p.qualifiedName(), "cell status-"
				+ status.name().toLowerCase(java.util.Locale.ROOT), zone.path(), tip);
		Rectangle2D cell = new Rectangle2D.Double(x, y, CELL_W, CELL_H);
		g.setColor(status == Status.NO_TARGET ? Color.WHITE : palette.color(status));
		g.fill(cell);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(1.5f));
		g.draw(cell);
		g.setStroke(new BasicStroke(1f));
		if (!marker.isEmpty()) {
			g.setFont(Look.MARK);
			g.setColor(status == Status.EXCEEDS || status == Status.GAP ? Color.WHITE : Look.INK);
			double tw = Text.width(Look.MARK, marker);
			g.drawString(marker, (float) (cell.getCenterX() - tw / 2),
					(float) (y + (CELL_H - Text.lineHeight(Look.MARK)) / 2 + Text.ascent(Look.MARK)));
		}
		g.end();
	}

	private static String subtitle(GapReport report) {
		return (report.assessment() == null ? "no assessment" : "assessment " + report.assessment())
				+ (report.targetSet() == null ? "" : " against target set " + report.targetSet());
	}

	static String legendText(Status s) {
		return (s == Status.GAP ? "\u2717N / \u2717s" : s == Status.NO_TARGET ? "LN / blank" : cellMarker(s, 0, true)) + "  "
				+ (s == Status.GAP ? "gap: level gap N, or s for a scope-only gap"
						: s == Status.NO_TARGET ? "no target (LN: a finding at level N)" : Look.meaning(s));
	}

	/** The text in a cell. */
	static String cellMarker(Status status, int levelGap, boolean assessed) {
		return switch (status) {
		case GAP -> "\u2717" + (levelGap > 0 ? String.valueOf(levelGap) : "s");
		case NOT_ASSESSED -> "?";
		case MET -> "\u2713";
		case EXCEEDS -> "\u2713+";
		case NO_TARGET -> assessed ? "L" : "";
		};
	}

	static void paint(Pen g, GapReport report, Layout l, Palette palette) {
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(0, 0, l.width(), l.height()));
		g.setColor(Look.INK);
		g.setFont(Look.TITLE);
		g.drawString(title(report), (float) MARGIN, (float) (MARGIN + Text.ascent(Look.TITLE)));
		g.setFont(Look.BODY);
		g.setColor(Look.MUTED);
		g.drawString(subtitle(report), (float) MARGIN,
				(float) (MARGIN + Text.lineHeight(Look.TITLE) + 2 + Text.ascent(Look.BODY)));

		double x0 = MARGIN + l.labelWidth();
		double y0 = l.top() + l.headerHeight();
		// column headers, rotated
		g.setFont(Look.SMALL);
		g.setColor(Look.INK);
		for (int c = 0; c < l.columns().size(); c++) {
			PracticeRef p = l.columns().get(c);
			g.begin("practice:" + p.qualifiedName(), "practice", p.qualifiedName(),
					p.qualifiedName() + (p.title() != null ? " \u201c" + p.title() + "\u201d" : ""));
			g.drawStringUp(code(p), x0 + c * CELL_W + CELL_W / 2 + Text.ascent(Look.SMALL) / 2 - 1, y0 - 6);
			g.end();
		}
		for (int r = 0; r < l.rows().size(); r++) {
			ElementRef e = l.rows().get(r);
			double y = y0 + r * CELL_H;
			g.setFont(Look.BODY);
			g.setColor(Look.INK);
			g.drawString(label(e, l.zones()), (float) MARGIN,
					(float) (y + (CELL_H - Text.lineHeight(Look.BODY)) / 2 + Text.ascent(Look.BODY)));
			for (int c = 0; c < l.columns().size(); c++) {
				PracticeRef p = l.columns().get(c);
				if (l.zones() != null) {
					zoneCell(g, e, p, l.zones().cells().get(key(e.path(), p)), x0 + c * CELL_W, y, palette);
					continue;
				}
				GapRow row = l.cells().get(key(e.path(), p));
				Status status = row == null ? Status.NO_TARGET : row.status();
				int gap = row == null ? 0 : row.levelGap();
				boolean assessed = row != null && row.isAssessed();
				String marker = cellMarker(status, gap, assessed);
				if (status == Status.NO_TARGET && assessed) {
					marker = "L" + row.achieved().level();
				}
				String tip = e.path() + " \u00d7 " + p.qualifiedName() + ": " + status
						+ (row != null && row.hasTarget() ? ", target " + row.target().level() + " " + row.target().scope() : "")
						+ (assessed ? ", achieved " + row.achieved().level() + " " + row.achieved().scope() : "")
						+ (status == Status.GAP ? ", level gap " + gap + ", scope gap " + row.scopeGap() : "");
				g.begin("cell:" + e.path() + ":" + p.qualifiedName(), "cell status-"
						+ status.name().toLowerCase(java.util.Locale.ROOT), e.path(), tip);
				Rectangle2D cell = new Rectangle2D.Double(x0 + c * CELL_W, y, CELL_W, CELL_H);
				g.setColor(status == Status.NO_TARGET ? (assessed ? new Color(0xEE, 0xEE, 0xEE) : Color.WHITE)
						: palette.color(status));
				g.fill(cell);
				g.setColor(Color.WHITE);
				g.setStroke(new BasicStroke(1.5f));
				g.draw(cell);
				g.setStroke(new BasicStroke(1f));
				if (!marker.isEmpty()) {
					g.setFont(Look.MARK);
					// dark text on every palette colour but blue and vermillion
					g.setColor(status == Status.EXCEEDS || status == Status.GAP ? Color.WHITE : Look.INK);
					double tw = Text.width(Look.MARK, marker);
					g.drawString(marker, (float) (cell.getCenterX() - tw / 2),
							(float) (y + (CELL_H - Text.lineHeight(Look.MARK)) / 2 + Text.ascent(Look.MARK)));
				}
				g.end();
			}
		}
		g.setColor(new Color(0xBB, 0xBB, 0xBB));
		g.draw(new Rectangle2D.Double(x0, y0, l.columns().size() * CELL_W, l.rows().size() * CELL_H));

		g.begin("legend", "legend", null, "cell markers and practice codes");
		double y = y0 + l.rows().size() * CELL_H + 14;
		double line = Text.lineHeight(Look.BODY) + 2;
		for (Status s : Look.LEGEND) {
			Rectangle2D chip = new Rectangle2D.Double(MARGIN, y, 18, Text.lineHeight(Look.BODY));
			g.setColor(s == Status.NO_TARGET ? new Color(0xEE, 0xEE, 0xEE) : palette.color(s));
			g.fill(chip);
			g.setColor(Look.INK);
			g.setFont(Look.BODY);
			String text = legendText(s);
			g.drawString(text, (float) (MARGIN + 26), (float) (y + Text.ascent(Look.BODY)));
			y += line;
		}
		y += 8;
		g.setFont(Look.SMALL);
		g.setColor(Look.MUTED);
		int half = (l.key().size() + 1) / 2;
		double colW = (l.width() - 2 * MARGIN) / 2;
		for (int i = 0; i < l.key().size(); i++) {
			double kx = MARGIN + (i < half ? 0 : colW);
			double ky = y + (i % half) * (Text.lineHeight(Look.SMALL) + 1);
			g.drawString(l.key().get(i), (float) kx, (float) (ky + Text.ascent(Look.SMALL)));
		}
		g.end();
	}
}
