package org.iotsmm.ui.views;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.ArchitecturePicture;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Palette;
import org.iotsmm.dsl.ui.BackgroundThreads;

/**
 * Draws an {@link ArchitectureDiagram} with the reports' own Java2D painter: tiles of the picture
 * are painted into a BufferedImage on background threads (the tiles a view needs in one or two
 * painter passes, one per core), their pixels copied into SWT images there too, cached per zoom
 * level and blitted on paint, so panning only copies pixels. Selection, highlight and problem badges are an SWT overlay;
 * hit-testing uses the diagram's own (ELK) coordinates.
 */
public final class DiagramCanvas extends Canvas {

	/** Side of a tile in screen pixels. */
	public static final int TILE = 512;
	private static final int MAX_TILES = 160;
	private static final double MIN_ZOOM = 0.02;
	private static final double MAX_ZOOM = 4;
	/** Old tiles a previewed tile may be made of: up to 2 x 2, i.e. zooming out to no less than half. */
	private static final int MAX_PREVIEW_PARTS = 4;

	private record TileKey(long generation, double zoom, int column, int row) {
	}

	/**
	 * For benchmarks: the last batch of tiles, from the paint that found them missing to the last
	 * one turned into an image (System.nanoTime), with the time the painter thread took for them.
	 */
	public record TileBatch(long requestedAt, long paintStartedAt, long paintNanos, int tiles, long installedAt) {
	}

	/** Two painters: a batch of tiles is split in two halves painted side by side (the machines have two cores or more). */
	private static final int PAINTERS = 2;
	private final ExecutorService painter = Executors.newFixedThreadPool(PAINTERS,
			BackgroundThreads.factory("Architecture diagram painter"));
	private final Map<TileKey, Image> tiles = new LinkedHashMap<>(64, 0.75f, true);
	private final TileDrawer drawer = new TileDrawer();
	private ArchitectureDiagram diagram;
	private Map<String, Box> boxes = Map.of();
	private Map<String, List<String>> problems = Map.of();
	private long generation;
	private Palette palette = Palette.COLOUR_BLIND_SAFE;
	/** Parts of the last batch of tiles still being painted: no new batch starts meanwhile. */
	private int partsPainting;
	/** The ring of tiles around the screen, painted ahead for panning once the screen is sharp; dropped for newer work. */
	private final List<java.util.concurrent.Future<?>> prefetches = new ArrayList<>();
	private final java.util.Set<TileKey> prefetching = new java.util.HashSet<>();
	private int tilesKept;
	private long tilesInstalled;
	private volatile TileBatch lastBatch;
	private double zoom = 1;
	/** The zoom before the last change: its tiles, scaled, stand in for the new ones until they are painted. */
	private double previewZoom = Double.NaN;
	private long previewPaints;
	private String selected;
	private String highlighted;
	private Function<Box, String> tooltips = Box::title;
	private Consumer<Box> clickListener = box -> {
	};
	private Consumer<Box> doubleClickListener = box -> {
	};
	private Runnable completeListener = () -> {
	};
	private long completeGeneration = -1;
	private double completeZoom;
	private boolean lastPaintComplete;
	private int dragX = -1;
	private int dragY;
	private boolean dragged;

	public DiagramCanvas(Composite parent) {
		super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		addListener(SWT.Paint, e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		addListener(SWT.Resize, e -> updateScrollBars());
		getHorizontalBar().addListener(SWT.Selection, e -> redraw());
		getVerticalBar().addListener(SWT.Selection, e -> redraw());
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseDown, e -> {
			dragX = e.x;
			dragY = e.y;
			dragged = false;
		});
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseDoubleClick, e -> {
			Box box = e.button == 1 ? hit(e.x, e.y) : null;
			if (box != null) {
				doubleClickListener.accept(box);
			}
		});
		addListener(SWT.MouseUp, e -> {
			if (dragX >= 0 && !dragged && e.button == 1) {
				click(e.x, e.y);
			}
			dragX = -1;
		});
		addListener(SWT.Dispose, e -> {
			painter.shutdownNow();
			tiles.values().forEach(drawer::dispose);
			tiles.clear();
		});
	}

	// ------------------------------------------------------------------ content

	/**
	 * Shows a new diagram, keeping zoom and scroll position. When only statuses changed (the new
	 * statuses drawn on the previous layout, or a new layout that came out the same), the tiles
	 * away from the changed boxes are kept and only the others are painted again.
	 */
	public void setDiagram(ArchitectureDiagram newDiagram, Map<String, List<String>> newProblems) {
		boolean first = diagram == null;
		java.util.Optional<List<Rectangle2D>> damage = ArchitecturePicture.statusDamage(diagram, newDiagram);
		diagram = newDiagram;
		boxes = boxesByPath(newDiagram);
		problems = newProblems == null ? Map.of() : newProblems;
		generation++;
		damage.ifPresent(this::keepUndamagedTiles);
		if (first && diagram != null) {
			zoom = Math.min(1, fitZoom());
		}
		updateScrollBars();
		redraw();
	}

	/**
	 * Moves the previous generation's tiles at this zoom that no damage rectangle touches into the
	 * new generation (each generation is one diagram in one palette, so their pixels are the new
	 * picture's). The damaged ones stay behind as the stale tiles shown until their repaint.
	 */
	private void keepUndamagedTiles(List<Rectangle2D> damage) {
		double size = TILE / zoom;
		List<TileKey> kept = new ArrayList<>();
		for (TileKey key : tiles.keySet()) {
			if (key.generation() == generation - 1 && key.zoom() == zoom) {
				Rectangle2D tile = new Rectangle2D.Double(key.column() * size, key.row() * size, size, size);
				if (damage.stream().noneMatch(tile::intersects)) {
					kept.add(key);
				}
			}
		}
		for (TileKey key : kept) {
			tiles.put(new TileKey(generation, zoom, key.column(), key.row()), tiles.remove(key));
		}
		tilesKept = kept.size();
	}

	/** How many tiles the last new diagram kept from the previous one (for tests and benchmarks). */
	public int tilesKept() {
		return tilesKept;
	}

	/** How many tiles the view shows now, at least in part. */
	public int visibleTiles() {
		if (diagram == null) {
			return 0;
		}
		Rectangle area = getClientArea();
		int maxColumn = (int) Math.ceil(ArchitecturePicture.width(diagram) * zoom / TILE) - 1;
		int maxRow = (int) Math.ceil(ArchitecturePicture.height(diagram) * zoom / TILE) - 1;
		int columns = Math.min(maxColumn, (originX() + area.width) / TILE) - originX() / TILE + 1;
		int rows = Math.min(maxRow, (originY() + area.height) / TILE) - originY() / TILE + 1;
		return Math.max(0, columns) * Math.max(0, rows);
	}

	/** Tiles around the screen being painted ahead for panning (for tests). */
	public int tilesPaintingAhead() {
		return prefetching.size();
	}

	/** How many painted tiles this canvas has put on screen so far (for tests). */
	public long tilesInstalled() {
		return tilesInstalled;
	}

	/** Repaints the diagram in the colours of {@code newPalette} (the status colour preference). */
	public void setPalette(Palette newPalette) {
		if (newPalette == null || newPalette == palette) {
			return;
		}
		palette = newPalette;
		generation++; // the tiles in the old colours stay on screen until the new ones are painted
		redraw();
	}

	/** The last batch of tiles painted (for benchmarks), or null. */
	public TileBatch lastTileBatch() {
		return lastBatch;
	}

	public Palette palette() {
		return palette;
	}

	/** True once every visible tile of the current diagram at the current zoom has been drawn. */
	public boolean isPictureComplete() {
		return diagram != null && lastPaintComplete && completeGeneration == generation && completeZoom == zoom;
	}

	public ArchitectureDiagram diagram() {
		return diagram;
	}

	public void setTooltips(Function<Box, String> tooltips) {
		this.tooltips = tooltips;
	}

	public void onClick(Consumer<Box> listener) {
		clickListener = listener;
	}

	public void onDoubleClick(Consumer<Box> listener) {
		doubleClickListener = listener;
	}

	/** What a double click on {@code path}'s node does (for tests, which cannot send a real one). */
	public void doubleClick(String path) {
		box(path).ifPresent(doubleClickListener);
	}

	/** Called on the UI thread each time every visible tile of the current picture is on screen. */
	public void onPictureComplete(Runnable listener) {
		completeListener = listener;
	}

	public String selected() {
		return selected;
	}

	public String highlighted() {
		return highlighted;
	}

	public void select(String path) {
		selected = path;
		redraw();
	}

	/** Highlights the node of {@code path} (from the editor's caret) and scrolls it into the middle. */
	public void highlight(String path) {
		if (Objects.equals(path, highlighted)) {
			return;
		}
		highlighted = path;
		box(path).ifPresent(this::centre);
		redraw();
	}

	public java.util.Optional<Box> box(String path) {
		return path == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(boxes.get(path));
	}

	/**
	 * Boxes by path, a component winning over a zone of the same path as the list search did (the
	 * overlay looks up each problem's box on every paint).
	 */
	private static Map<String, Box> boxesByPath(ArchitectureDiagram diagram) {
		if (diagram == null) {
			return Map.of();
		}
		Map<String, Box> result = new java.util.HashMap<>();
		for (Box b : diagram.zones()) {
			result.put(b.path(), b);
		}
		for (Box b : diagram.components()) {
			result.put(b.path(), b);
		}
		return result;
	}

	// ------------------------------------------------------------------ zoom and scroll

	public double zoom() {
		return zoom;
	}

	public void setZoom(double newZoom) {
		zoomAround(newZoom, getClientArea().width / 2, getClientArea().height / 2);
	}

	public void zoomToFit() {
		setZoom(fitZoom());
	}

	private double fitZoom() {
		Rectangle area = getClientArea();
		if (diagram == null || area.width <= 0 || area.height <= 0) {
			return 1;
		}
		return Math.max(MIN_ZOOM, Math.min(area.width / ArchitecturePicture.width(diagram),
				area.height / ArchitecturePicture.height(diagram)));
	}

	private void zoomAround(double newZoom, int x, int y) {
		newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double px = (x + originX()) / zoom;
		double py = (y + originY()) / zoom;
		if (newZoom != zoom) {
			previewZoom = zoom;
		}
		zoom = newZoom;
		updateScrollBars();
		getHorizontalBar().setSelection((int) Math.round(px * zoom - x));
		getVerticalBar().setSelection((int) Math.round(py * zoom - y));
		redraw();
	}

	/** Moves the view by (dx, dy) pixels. */
	public void panBy(int dx, int dy) {
		getHorizontalBar().setSelection(originX() + dx);
		getVerticalBar().setSelection(originY() + dy);
		redraw();
	}

	private void centre(Box box) {
		Rectangle2D r = pictureBounds(box);
		Rectangle area = getClientArea();
		getHorizontalBar().setSelection((int) Math.round(r.getCenterX() * zoom - area.width / 2.0));
		getVerticalBar().setSelection((int) Math.round(r.getCenterY() * zoom - area.height / 2.0));
	}

	private int originX() {
		return getHorizontalBar().getSelection();
	}

	private int originY() {
		return getVerticalBar().getSelection();
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		int width = diagram == null ? 0 : (int) Math.ceil(ArchitecturePicture.width(diagram) * zoom);
		int height = diagram == null ? 0 : (int) Math.ceil(ArchitecturePicture.height(diagram) * zoom);
		setBar(getHorizontalBar(), width, area.width);
		setBar(getVerticalBar(), height, area.height);
	}

	private static void setBar(ScrollBar bar, int size, int visible) {
		int selection = bar.getSelection();
		bar.setMaximum(Math.max(size, 1));
		bar.setThumb(Math.max(1, Math.min(size, visible)));
		bar.setPageIncrement(Math.max(1, visible * 9 / 10));
		bar.setIncrement(32);
		bar.setSelection(Math.min(selection, Math.max(0, size - visible)));
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			e.doit = false;
			zoomAround(zoom * Math.pow(1.15, Math.signum(e.count)), e.x, e.y);
		}
	}

	private void mouseMove(Event e) {
		if (dragX >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
			int dx = dragX - e.x;
			int dy = dragY - e.y;
			if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
				dragged = true;
				panBy(dx, dy);
				dragX = e.x;
				dragY = e.y;
			}
			return;
		}
		Box box = hit(e.x, e.y);
		String tip = box == null ? null : tooltips.apply(box);
		if (!Objects.equals(tip, getToolTipText())) {
			setToolTipText(tip);
		}
	}

	// ------------------------------------------------------------------ hit-testing

	/** The innermost component or zone under a point of the canvas, or null. */
	public Box hit(int x, int y) {
		if (diagram == null) {
			return null;
		}
		double px = (x + originX()) / zoom;
		double py = (y + originY()) / zoom;
		for (Box c : diagram.components()) {
			if (pictureBounds(c).contains(px, py)) {
				return c;
			}
		}
		return diagram.zones().stream().filter(z -> pictureBounds(z).contains(px, py))
				.max(Comparator.comparingInt(Box::depth)).orElse(null);
	}

	/** Where a box is on the canvas now (client coordinates). */
	public Rectangle screenBounds(Box box) {
		Rectangle2D r = pictureBounds(box);
		return new Rectangle((int) Math.floor(r.getX() * zoom) - originX(), (int) Math.floor(r.getY() * zoom) - originY(),
				(int) Math.ceil(r.getWidth() * zoom), (int) Math.ceil(r.getHeight() * zoom));
	}

	private static Rectangle2D pictureBounds(Box box) {
		Point2D origin = ArchitecturePicture.graphOrigin();
		Rectangle2D b = box.bounds();
		return new Rectangle2D.Double(b.getX() + origin.getX(), b.getY() + origin.getY(), b.getWidth(), b.getHeight());
	}

	private void click(int x, int y) {
		Box box = hit(x, y);
		if (box != null) {
			select(box.path());
			clickListener.accept(box);
		}
	}

	// ------------------------------------------------------------------ painting

	/**
	 * Draws the tiles inside {@code damaged} (each tile drawn costs, see TileDrawer), and asks for
	 * the visible tiles still missing.
	 */
	private void paint(GC gc, Rectangle damaged) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(damaged);
		if (diagram == null) {
			return;
		}
		int ox = originX();
		int oy = originY();
		int maxColumn = (int) Math.ceil(ArchitecturePicture.width(diagram) * zoom / TILE) - 1;
		int maxRow = (int) Math.ceil(ArchitecturePicture.height(diagram) * zoom / TILE) - 1;
		int c0 = Math.max(0, ox / TILE);
		int r0 = Math.max(0, oy / TILE);
		int c1 = Math.min(maxColumn, (ox + area.width) / TILE);
		int r1 = Math.min(maxRow, (oy + area.height) / TILE);
		List<TileKey> missing = new ArrayList<>();
		boolean previewed = false;
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				TileKey key = new TileKey(generation, zoom, c, r);
				Image tile = tiles.get(key);
				if (!damaged.intersects(c * TILE - ox, r * TILE - oy, TILE, TILE)) {
					if (tile == null) {
						missing.add(key);
					}
				} else if (tile != null) {
					drawer.draw(gc, tile, c * TILE - ox, r * TILE - oy);
				} else {
					missing.add(key);
					// the previous picture's tile until the new one is painted (no grey flash while typing)
					Image stale = tiles.get(new TileKey(generation - 1, zoom, c, r));
					if (stale != null && !stale.isDisposed()) {
						drawer.draw(gc, stale, c * TILE - ox, r * TILE - oy);
					} else {
						gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
						gc.fillRectangle(c * TILE - ox, r * TILE - oy, TILE, TILE);
						previewed |= drawPreview(gc, c, r, ox, oy);
					}
				}
			}
		}
		if (previewed) {
			previewPaints++;
		}
		overlay(gc);
		lastPaintComplete = missing.isEmpty();
		if (!missing.isEmpty()) {
			requestTiles(missing, maxColumn, maxRow);
		} else {
			completeGeneration = generation;
			completeZoom = zoom;
			completeListener.run();
			prefetchAround(c0, r0, c1, r1, maxColumn, maxRow);
		}
	}

	/**
	 * Draws the part of tile ({@code column}, {@code row}) that tiles of the previous zoom hold,
	 * scaled: a zoom shows at once, blurred or coarse, and sharpens when the painters are done (a
	 * new zoom of a 2,000-component diagram took 120-190 ms to paint). False if none was there.
	 */
	private boolean drawPreview(GC gc, int column, int row, int ox, int oy) {
		if (Double.isNaN(previewZoom) || previewZoom == zoom) {
			return false;
		}
		List<PreviewPart> parts = previewParts(column, row, zoom, previewZoom);
		if (parts.size() > MAX_PREVIEW_PARTS) {
			return false; // zoomed far out: too many old tiles to scale on the UI thread
		}
		boolean drawn = false;
		for (PreviewPart part : parts) {
			Image old = tiles.get(new TileKey(generation, previewZoom, part.oldColumn(), part.oldRow()));
			if (old == null || old.isDisposed()) {
				continue;
			}
			Rectangle s = part.source();
			Rectangle d = part.target();
			drawer.draw(gc, old, s, new Rectangle(d.x - ox, d.y - oy, d.width, d.height));
			drawn = true;
		}
		return drawn;
	}

	/**
	 * Where tile ({@code column}, {@code row}) at {@code zoom} lies in the tiles at {@code oldZoom}:
	 * for each old tile it overlaps, the rectangle to take from that tile and where it goes, in
	 * pixels of the picture at {@code zoom}. The targets cover the tile without gaps or overlaps.
	 */
	public static List<PreviewPart> previewParts(int column, int row, double zoom, double oldZoom) {
		double scale = zoom / oldZoom;
		List<PreviewPart> parts = new ArrayList<>();
		int[] xs = cuts(column, scale);
		int[] ys = cuts(row, scale);
		for (int j = 0; j + 1 < ys.length; j++) {
			for (int i = 0; i + 1 < xs.length; i++) {
				// old-zoom pixels [xs[i], xs[i + 1]) lie in old column xs[i] / TILE
				int oldColumn = Math.floorDiv(xs[i], TILE);
				int oldRow = Math.floorDiv(ys[j], TILE);
				int tx0 = (int) Math.round(xs[i] * scale);
				int tx1 = (int) Math.round(xs[i + 1] * scale);
				int ty0 = (int) Math.round(ys[j] * scale);
				int ty1 = (int) Math.round(ys[j + 1] * scale);
				tx0 = Math.max(tx0, column * TILE);
				ty0 = Math.max(ty0, row * TILE);
				tx1 = Math.min(tx1, (column + 1) * TILE);
				ty1 = Math.min(ty1, (row + 1) * TILE);
				if (tx1 <= tx0 || ty1 <= ty0) {
					continue;
				}
				parts.add(new PreviewPart(oldColumn, oldRow,
						new Rectangle(xs[i] - oldColumn * TILE, ys[j] - oldRow * TILE, xs[i + 1] - xs[i], ys[j + 1] - ys[j]),
						new Rectangle(tx0, ty0, tx1 - tx0, ty1 - ty0)));
			}
		}
		return parts;
	}

	/**
	 * The old-zoom pixel positions that cut tile {@code index} along one axis: its start and end
	 * (rounded outwards) and every old tile boundary between them.
	 */
	private static int[] cuts(int index, double scale) {
		int start = (int) Math.floor(index * TILE / scale);
		int end = (int) Math.ceil((index + 1) * TILE / scale);
		List<Integer> cuts = new ArrayList<>();
		cuts.add(start);
		for (int boundary = (Math.floorDiv(start, TILE) + 1) * TILE; boundary < end; boundary += TILE) {
			cuts.add(boundary);
		}
		cuts.add(end);
		return cuts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** One old tile's share of a previewed tile: {@code source} in the old tile, {@code target} in the new picture. */
	public record PreviewPart(int oldColumn, int oldRow, Rectangle source, Rectangle target) {
	}

	/** How many paints drew a scaled preview of tiles still being painted (for tests and benchmarks). */
	public long previewPaints() {
		return previewPaints;
	}

	private void overlay(GC gc) {
		gc.setLineWidth(3);
		if (highlighted != null) {
			box(highlighted).ifPresent(b -> {
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
				Rectangle r = screenBounds(b);
				gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
			});
		}
		if (selected != null) {
			box(selected).ifPresent(b -> {
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLUE));
				Rectangle r = screenBounds(b);
				gc.drawRectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
			});
		}
		gc.setLineWidth(1);
		for (Map.Entry<String, List<String>> p : problems.entrySet()) {
			box(p.getKey()).ifPresent(b -> {
				boolean error = p.getValue().stream().anyMatch(m -> m.startsWith("error"));
				Rectangle r = screenBounds(b);
				gc.setBackground(getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
				gc.fillOval(r.x + r.width - 9, r.y - 7, 16, 16);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
				gc.drawString(error ? "!" : "?", r.x + r.width - 4, r.y - 7, true);
			});
		}
	}

	/**
	 * Paints the missing tiles on screen, split in two halves painted side by side. The painters
	 * also make the SWT images: turning a tile's pixels into an image (ImageData.blit, pixel by
	 * pixel for every 32-bit image on a little-endian machine) cost the UI thread 8 ms a tile, and
	 * SWT on GTK allows it (an image is a cairo surface of its own, no widget is touched).
	 */
	private void requestTiles(List<TileKey> missing, int maxColumn, int maxRow) {
		if (partsPainting > 0) {
			return;
		}
		// the ring for panning comes after the screen is sharp: painted together, a new zoom's
		// first sharp picture took three times as long (20 tiles instead of 6)
		prefetches.forEach(f -> f.cancel(false));
		prefetches.clear();
		prefetching.clear();
		int c0 = missing.stream().mapToInt(TileKey::column).min().orElse(0);
		int r0 = missing.stream().mapToInt(TileKey::row).min().orElse(0);
		int c1 = missing.stream().mapToInt(TileKey::column).max().orElse(0);
		int r1 = missing.stream().mapToInt(TileKey::row).max().orElse(0);
		java.util.Set<TileKey> wanted = new java.util.HashSet<>(missing);
		List<int[]> parts = halves(c0, r0, c1, r1);
		partsPainting = parts.size();
		lastBatch = new TileBatch(System.nanoTime(), Long.MAX_VALUE, 0, 0, 0);
		for (int[] part : parts) {
			paintInBackground(part, wanted, true);
		}
	}

	/**
	 * Paints the tiles around the screen's (c0, r0)-(c1, r1) not there yet, in four strips,
	 * unless the painters are busy with the screen.
	 */
	private void prefetchAround(int c0, int r0, int c1, int r1, int maxColumn, int maxRow) {
		if (partsPainting > 0 || diagram == null) {
			return;
		}
		int top = Math.max(0, r0 - 1);
		int bottom = Math.min(maxRow, r1 + 1);
		int left = Math.max(0, c0 - 1);
		int right = Math.min(maxColumn, c1 + 1);
		int[][] strips = { { left, top, right, r0 - 1 }, { left, r1 + 1, right, bottom }, { left, r0, c0 - 1, r1 },
				{ c1 + 1, r0, right, r1 } };
		for (int[] strip : strips) {
			java.util.Set<TileKey> wanted = new java.util.HashSet<>();
			for (int r = strip[1]; r <= strip[3]; r++) {
				for (int c = strip[0]; c <= strip[2]; c++) {
					TileKey key = new TileKey(generation, zoom, c, r);
					if (!tiles.containsKey(key) && !prefetching.contains(key)) {
						wanted.add(key);
					}
				}
			}
			if (!wanted.isEmpty()) {
				prefetching.addAll(wanted);
				prefetches.add(paintInBackground(strip, wanted, false));
			}
		}
	}

	/**
	 * Paints the tiles of {@code part} (c0, r0, c1, r1) in {@code wanted} on a painter thread and
	 * installs them on the UI thread; {@code forScreen}: a part of the batch the screen waits for.
	 */
	private java.util.concurrent.Future<?> paintInBackground(int[] part, java.util.Set<TileKey> wanted, boolean forScreen) {
		ArchitectureDiagram picture = diagram;
		Palette colours = palette;
		long gen = generation;
		double z = zoom;
		org.eclipse.swt.widgets.Display display = getDisplay();
		return painter.submit(() -> {
			Map<TileKey, Image> painted;
			long paintStart = System.nanoTime();
			try {
				painted = paintTiles(display, picture, colours, gen, z, part[0], part[1], part[2], part[3], wanted);
			} catch (RuntimeException e) {
				org.iotsmm.ui.Activator.log(e);
				painted = Map.of();
			}
			Map<TileKey, Image> result = painted;
			long paintNanos = System.nanoTime() - paintStart;
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (forScreen) {
					install(result, paintStart, paintNanos);
				} else {
					installAhead(result);
				}
			});
		});
	}

	/** The tile rectangle as one part, or two halves across its longer side. */
	private static List<int[]> halves(int c0, int r0, int c1, int r1) {
		if (c1 - c0 >= r1 - r0 && c1 > c0) {
			int middle = (c0 + c1) / 2;
			return List.of(new int[] { c0, r0, middle, r1 }, new int[] { middle + 1, r0, c1, r1 });
		}
		if (r1 > r0) {
			int middle = (r0 + r1) / 2;
			return List.of(new int[] { c0, r0, c1, middle }, new int[] { c0, middle + 1, c1, r1 });
		}
		return List.<int[]>of(new int[] { c0, r0, c1, r1 });
	}

	/** Takes one painted part's images (on the UI thread); those of an older picture or zoom are dropped. */
	private void install(Map<TileKey, Image> painted, long paintStart, long paintNanos) {
		if (isDisposed()) {
			painted.values().forEach(Image::dispose);
			return;
		}
		Rectangle changed = keep(painted, true);
		partsPainting--;
		TileBatch batch = lastBatch;
		lastBatch = new TileBatch(batch.requestedAt(), Math.min(batch.paintStartedAt(), paintStart),
				Math.max(batch.paintNanos(), paintStart + paintNanos - Math.min(batch.paintStartedAt(), paintStart)),
				batch.tiles() + painted.size(), partsPainting == 0 ? System.nanoTime() : 0);
		evictOldTiles();
		if (changed != null) {
			redraw(changed.x, changed.y, changed.width, changed.height, false);
		} else if (partsPainting == 0) {
			redraw(); // nothing of this picture came: look again for what is missing
		}
	}

	/** The least recently drawn tiles beyond MAX_TILES, and those of pictures before the previous one. */
	private void evictOldTiles() {
		var it = tiles.entrySet().iterator();
		while (it.hasNext()) {
			var e = it.next();
			if (tiles.size() > MAX_TILES || e.getKey().generation() < generation - 1) {
				drawer.dispose(e.getValue());
				it.remove();
			}
		}
	}

	/** Takes tiles painted ahead around the screen; the screen shows none of them yet. */
	private void installAhead(Map<TileKey, Image> painted) {
		if (isDisposed()) {
			painted.values().forEach(Image::dispose);
			return;
		}
		prefetching.removeAll(painted.keySet());
		Rectangle changed = keep(painted, false);
		evictOldTiles();
		if (changed != null) {
			redraw(changed.x, changed.y, changed.width, changed.height, false); // the window may have grown meanwhile
		}
	}

	/**
	 * Keeps the tiles of the current picture and zoom, drops the others; the area they cover on
	 * screen, or null. {@code forScreen}: counted in {@link #tilesInstalled()} (tiles painted ahead are not).
	 */
	private Rectangle keep(Map<TileKey, Image> painted, boolean forScreen) {
		Rectangle changed = null;
		for (Map.Entry<TileKey, Image> tile : painted.entrySet()) {
			if (tile.getKey().generation() == generation && tile.getKey().zoom() == zoom) {
				Image old = tiles.put(tile.getKey(), tile.getValue());
				if (forScreen) {
					tilesInstalled++;
				}
				Rectangle at = new Rectangle(tile.getKey().column() * TILE - originX(), tile.getKey().row() * TILE - originY(), TILE, TILE);
				changed = changed == null ? at : changed.union(at);
				if (old != null) {
					drawer.dispose(old);
				}
			} else {
				tile.getValue().dispose();
			}
		}
		return changed;
	}

	private static Map<TileKey, Image> paintTiles(org.eclipse.swt.widgets.Display display, ArchitectureDiagram picture,
			Palette colours, long gen, double z, int c0, int r0, int c1, int r1, java.util.Set<TileKey> wanted) {
		int width = (c1 - c0 + 1) * TILE;
		int height = (r1 - r0 + 1) * TILE;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setClip(0, 0, width, height); // the painter skips what lies outside these tiles
			g.translate(-c0 * TILE, -r0 * TILE);
			g.scale(z, z);
			Diagrams.paint(g, picture, colours);
		} finally {
			g.dispose();
		}
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		Map<TileKey, Image> result = new LinkedHashMap<>();
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				if (!wanted.contains(new TileKey(gen, z, c, r))) {
					continue; // kept from the previous picture: painted over in passing, not made again
				}
				ImageData data = SwtImages.region(pixels, width, (c - c0) * TILE, (r - r0) * TILE, TILE, TILE);
				result.put(new TileKey(gen, z, c, r), new Image(display, data));
			}
		}
		return result;
	}
}
