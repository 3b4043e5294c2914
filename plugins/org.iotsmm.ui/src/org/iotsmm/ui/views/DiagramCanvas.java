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
import org.eclipse.swt.graphics.PaletteData;
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

/**
 * Draws an {@link ArchitectureDiagram} with the reports' own Java2D painter: tiles of the picture
 * are painted into a BufferedImage on a background thread (one painter pass for all tiles a view
 * needs), their pixels copied into SWT images, cached per zoom level and blitted on paint, so
 * panning only copies pixels. Selection, highlight and problem badges are an SWT overlay;
 * hit-testing uses the diagram's own (ELK) coordinates.
 */
public final class DiagramCanvas extends Canvas {

	static final int TILE = 512;
	private static final int MAX_TILES = 160;
	private static final double MIN_ZOOM = 0.02;
	private static final double MAX_ZOOM = 4;

	private record TileKey(long generation, double zoom, int column, int row) {
	}

	/**
	 * For benchmarks: the last batch of tiles, from the paint that found them missing to the last
	 * one turned into an image (System.nanoTime), with the time the painter thread took for them.
	 */
	public record TileBatch(long requestedAt, long paintStartedAt, long paintNanos, int tiles, long installedAt) {
	}

	private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Architecture diagram painter");
		t.setDaemon(true);
		return t;
	});
	private final Map<TileKey, Image> tiles = new LinkedHashMap<>(64, 0.75f, true);
	/** Painted tiles waiting to become SWT images, a few per UI-thread task (each costs milliseconds). */
	private final java.util.ArrayDeque<Map.Entry<TileKey, ImageData>> toInstall = new java.util.ArrayDeque<>();
	private static final long INSTALL_SLICE_NANOS = 15_000_000;
	private ArchitectureDiagram diagram;
	private Map<String, Box> boxes = Map.of();
	private Map<String, List<String>> problems = Map.of();
	private long generation;
	private Palette palette = Palette.COLOUR_BLIND_SAFE;
	private boolean batchRunning;
	private volatile TileBatch lastBatch;
	private double zoom = 1;
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
		addListener(SWT.Paint, e -> paint(e.gc));
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
			tiles.values().forEach(Image::dispose);
			tiles.clear();
		});
	}

	// ------------------------------------------------------------------ content

	/** Shows a new diagram, keeping zoom and scroll position. */
	public void setDiagram(ArchitectureDiagram newDiagram, Map<String, List<String>> newProblems) {
		boolean first = diagram == null;
		diagram = newDiagram;
		boxes = boxesByPath(newDiagram);
		problems = newProblems == null ? Map.of() : newProblems;
		generation++;
		if (first && diagram != null) {
			zoom = Math.min(1, fitZoom());
		}
		updateScrollBars();
		redraw();
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

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
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
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				TileKey key = new TileKey(generation, zoom, c, r);
				Image tile = tiles.get(key);
				if (tile != null) {
					gc.drawImage(tile, c * TILE - ox, r * TILE - oy);
				} else {
					missing.add(key);
					// the previous picture's tile until the new one is painted (no grey flash while typing)
					Image stale = tiles.get(new TileKey(generation - 1, zoom, c, r));
					if (stale != null && !stale.isDisposed()) {
						gc.drawImage(stale, c * TILE - ox, r * TILE - oy);
					} else {
						gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
						gc.fillRectangle(c * TILE - ox, r * TILE - oy, TILE, TILE);
					}
				}
			}
		}
		overlay(gc);
		lastPaintComplete = missing.isEmpty();
		if (!missing.isEmpty()) {
			requestTiles(missing, maxColumn, maxRow);
		} else {
			completeGeneration = generation;
			completeZoom = zoom;
			completeListener.run();
		}
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

	/** Paints the missing tiles, plus a margin of one tile for panning, in one pass of the painter. */
	private void requestTiles(List<TileKey> missing, int maxColumn, int maxRow) {
		if (batchRunning) {
			return;
		}
		batchRunning = true;
		int c0 = Math.max(0, missing.stream().mapToInt(TileKey::column).min().orElse(0) - 1);
		int r0 = Math.max(0, missing.stream().mapToInt(TileKey::row).min().orElse(0) - 1);
		int c1 = Math.min(maxColumn, missing.stream().mapToInt(TileKey::column).max().orElse(0) + 1);
		int r1 = Math.min(maxRow, missing.stream().mapToInt(TileKey::row).max().orElse(0) + 1);
		ArchitectureDiagram picture = diagram;
		Palette colours = palette;
		long gen = generation;
		double z = zoom;
		long requestedAt = System.nanoTime();
		painter.submit(() -> {
			Map<TileKey, ImageData> painted;
			long paintStart = System.nanoTime();
			try {
				painted = paintTiles(picture, colours, gen, z, c0, r0, c1, r1);
			} catch (RuntimeException e) {
				org.iotsmm.ui.Activator.log(e);
				painted = Map.of();
			}
			Map<TileKey, ImageData> result = painted;
			long paintNanos = System.nanoTime() - paintStart;
			if (!isDisposed()) {
				getDisplay().asyncExec(() -> {
					lastBatch = new TileBatch(requestedAt, paintStart, paintNanos, result.size(), 0);
					install(result);
				});
			}
		});
	}

	/**
	 * Turns painted tiles into SWT images, the visible ones first, for at most a time slice per
	 * UI-thread task; the rest follow in further tasks. (Making the images of a whole batch at once
	 * held the UI thread for a few hundred milliseconds.) The painter takes no new batch meanwhile.
	 */
	private void install(Map<TileKey, ImageData> painted) {
		if (isDisposed()) {
			return;
		}
		Rectangle area = getClientArea();
		int c0 = originX() / TILE;
		int r0 = originY() / TILE;
		int c1 = (originX() + area.width) / TILE;
		int r1 = (originY() + area.height) / TILE;
		List<Map.Entry<TileKey, ImageData>> visibleFirst = new ArrayList<>(painted.entrySet());
		visibleFirst.sort(Comparator.comparingInt(e -> {
			TileKey k = e.getKey();
			return k.column() >= c0 && k.column() <= c1 && k.row() >= r0 && k.row() <= r1 ? 0 : 1;
		}));
		toInstall.addAll(visibleFirst);
		installSome();
	}

	private void installSome() {
		if (isDisposed()) {
			return;
		}
		long start = System.nanoTime();
		while (!toInstall.isEmpty() && System.nanoTime() - start < INSTALL_SLICE_NANOS) {
			Map.Entry<TileKey, ImageData> tile = toInstall.poll();
			if (tile.getKey().generation() == generation && tile.getKey().zoom() == zoom) {
				Image old = tiles.put(tile.getKey(), new Image(getDisplay(), tile.getValue()));
				if (old != null) {
					old.dispose();
				}
			}
		}
		if (!toInstall.isEmpty()) {
			getDisplay().asyncExec(this::installSome);
		} else {
			batchRunning = false;
			TileBatch batch = lastBatch;
			if (batch != null && batch.installedAt() == 0) {
				lastBatch = new TileBatch(batch.requestedAt(), batch.paintStartedAt(), batch.paintNanos(), batch.tiles(), System.nanoTime());
			}
		}
		var it = tiles.entrySet().iterator();
		while (it.hasNext()) {
			var e = it.next();
			if (tiles.size() > MAX_TILES || e.getKey().generation() < generation - 1) {
				e.getValue().dispose();
				it.remove();
			}
		}
		redraw();
	}

	private static Map<TileKey, ImageData> paintTiles(ArchitectureDiagram picture, Palette colours, long gen, double z,
			int c0, int r0, int c1, int r1) {
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
		Map<TileKey, ImageData> result = new LinkedHashMap<>();
		PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				ImageData data = new ImageData(TILE, TILE, 32, palette);
				int x0 = (c - c0) * TILE;
				int y0 = (r - r0) * TILE;
				for (int y = 0; y < TILE; y++) {
					data.setPixels(0, y, TILE, pixels, (y0 + y) * width + x0);
				}
				result.put(new TileKey(gen, z, c, r), data);
			}
		}
		return result;
	}
}
