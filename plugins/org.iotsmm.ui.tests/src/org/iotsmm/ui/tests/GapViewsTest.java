package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.Palette;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Zone;
import org.iotsmm.testing.Models;
import org.iotsmm.testing.Repo;
import org.iotsmm.ui.SecurityMaturityPerspective;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;
import org.iotsmm.ui.preferences.SmmPreferences;
import org.iotsmm.ui.views.ArchitectureView;
import org.iotsmm.ui.views.CoverageView;
import org.iotsmm.ui.views.DiagramCanvas;
import org.iotsmm.ui.views.GapsView;
import org.iotsmm.ui.views.MaturityView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gap views in a real workbench, fed by the .smm editor's live models. */
class GapViewsTest {

	private ArchitectureView architecture;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.shell().setBounds(0, 0, 1280, 800);
		PlatformUI.getWorkbench().showPerspective(SecurityMaturityPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Workbench.page().resetPerspective();
		architecture = (ArchitectureView) Workbench.page().showView(ArchitectureView.ID);
	}

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	private GapPicture openAndWait(IFile file) throws Exception {
		Workbench.open(file);
		Workbench.waitUntil("the architecture of " + file.getName(),
				() -> architecture.picture() != null && architecture.picture().file().equals(file));
		Workbench.waitForJobs();
		return architecture.picture();
	}

	@ParameterizedTest
	@ValueSource(strings = { "getting-started", "bottling-line", "automotive-gateway", "residential-cameras" })
	void everyZoneAndComponentOfEachExampleIsOnTheDiagram(String example) throws Exception {
		IProject project = Workbench.project("view-" + example, "examples/" + example + "/" + example + ".smm");
		IFile file = project.getFile(example + ".smm");
		GapPicture picture = openAndWait(file);
		// what the headless loader reads from the same file, independently of the workbench
		org.iotsmm.smm.System system = Models.system(SmmLanguage.injector().getInstance(ModelLoader.class),
				Repo.example(example).resolve(example + ".smm"));
		Set<String> zones = new TreeSet<>();
		Set<String> components = new TreeSet<>();
		collect(system.getZones(), system.getComponents(), zones, components);
		ArchitectureDiagram diagram = architecture.canvas().diagram();
		assertEquals(zones, diagram.zones().stream().map(Box::name).collect(Collectors.toCollection(TreeSet::new)));
		assertEquals(components, diagram.components().stream().map(Box::name).collect(Collectors.toCollection(TreeSet::new)));
		assertEquals(system.getName(), picture.system());
		painted();
	}

	private static void collect(java.util.List<Zone> zs, java.util.List<Component> cs, Set<String> zones, Set<String> components) {
		cs.forEach(c -> components.add(c.getName()));
		for (Zone z : zs) {
			zones.add(z.getName());
			collect(z.getZones(), z.getComponents(), zones, components);
		}
	}

	@Test
	void clickingANodeSelectsItsDeclarationInTheEditor() throws Exception {
		IProject project = Workbench.project("view-click", "examples/getting-started/getting-started.smm");
		IFile file = project.getFile("getting-started.smm");
		openAndWait(file);
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		DiagramCanvas canvas = architecture.canvas();
		canvas.zoomToFit();
		Box gateway = canvas.box("Office.OfficeGateway").orElseThrow();
		Rectangle r = canvas.screenBounds(gateway);
		click(canvas, r.x + r.width / 2, r.y + r.height / 2);
		Workbench.waitUntil("the editor selection", () -> "OfficeGateway".equals(selection(editor).getText()));
		assertEquals("Office.OfficeGateway", canvas.selected());
		int line = selection(editor).getStartLine() + 1;
		assertTrue(Workbench.document(editor).get().split("\n")[line - 1].contains("gateway OfficeGateway"), "line " + line);
	}

	private static ITextSelection selection(ITextEditor editor) {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	private static void click(DiagramCanvas canvas, int x, int y) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.x = x;
			e.y = y;
			e.button = 1;
			canvas.notifyListeners(type, e);
		}
	}

	@Test
	void caretOnAComponentHighlightsItsNode() throws Exception {
		IProject project = Workbench.project("view-caret", "examples/getting-started/getting-started.smm");
		IFile file = project.getFile("getting-started.smm");
		openAndWait(file);
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		int offset = Workbench.document(editor).get().indexOf("service Dashboard") + "service Dash".length();
		Workbench.page().activate(editor);
		editor.selectAndReveal(offset, 0);
		Workbench.waitUntil("the Dashboard node highlighted", () -> "Cloud.Dashboard".equals(architecture.canvas().highlighted()));
	}

	@Test
	void changingATargetLevelWithoutSavingChangesTheStatus() throws Exception {
		IProject project = Workbench.project("view-live", "examples/getting-started/getting-started.smm");
		IFile file = project.getFile("getting-started.smm");
		GapPicture before = openAndWait(file);
		assertEquals(Status.GAP, before.report().row("AccessControl", "Cloud.Dashboard").status());
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		IDocument document = Workbench.document(editor);
		String entry = "practice AccessControl level 2 on Dashboard";
		int at = document.get().indexOf(entry);
		assertTrue(at > 0);
		document.replace(at + "practice AccessControl level ".length(), 1, "1");
		// first the new statuses on the old layout, then the new layout
		Workbench.waitUntil("the view to show the new target", () -> architecture.picture() != before
				&& architecture.picture().exactLayout());
		GapPicture after = architecture.picture();
		assertEquals(Status.MET, after.report().row("AccessControl", "Cloud.Dashboard").status());
		assertNotSame(before.diagram(), architecture.canvas().diagram());
		assertTrue(editor.isDirty(), "the change was not saved");
		// a syntax error keeps the last good picture and says so
		document.replace(at, "practice".length(), "practise");
		Workbench.waitUntil("the syntax-error notice", () -> architecture.picture() == after
				&& org.iotsmm.ui.model.GapModelService.get().state().notice() != null
				&& org.iotsmm.ui.model.GapModelService.get().state().notice().contains("syntax errors"));
		editor.doRevertToSaved();
	}

	/** The roll-up table is made once and then rewritten in place: it must still follow each edit. */
	@Test
	void theMaturityRollUpFollowsAnEdit() throws Exception {
		IProject project = Workbench.project("maturity-live", "examples/getting-started/getting-started.smm");
		IFile file = project.getFile("getting-started.smm");
		GapPicture before = openAndWait(file);
		MaturityView maturity = (MaturityView) Workbench.page().showView(MaturityView.ID);
		Workbench.waitUntil("the maturity figures", () -> maturity.figuresShown() > 0 && maturity.rollUpTable() != null);
		String domain = before.report().practice("AccessControl").orElseThrow().domain();
		org.eclipse.swt.widgets.Table table = maturity.rollUpTable();
		String rowBefore = rollUpRow(table, domain);
		assertTrue(rowBefore.contains("gap"), rowBefore);
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf("practice AccessControl level 2 on Dashboard");
		document.replace(at + "practice AccessControl level ".length(), 1, "1");
		Workbench.waitUntil("the roll-up of the new target", () -> !rollUpRow(table, domain).equals(rowBefore));
		assertSame(table, maturity.rollUpTable(), "the table is kept, not made again");
		assertEquals(before.report().rollUps().stream().filter(r -> r.group().equals(org.iotsmm.analysis.RollUp.DOMAIN)
				&& r.element() == null).count(), table.getItemCount());
		org.iotsmm.analysis.RollUp expected = maturity.picture().report().rollUps().stream()
				.filter(r -> r.group().equals(org.iotsmm.analysis.RollUp.DOMAIN) && r.element() == null && r.name().equals(domain))
				.findFirst().orElseThrow();
		assertEquals(String.join("|", domain, org.iotsmm.ui.views.StatusLook.text(expected.status(), expected.largestLevelGap()),
				String.valueOf(expected.practicesWithTarget()), String.valueOf(expected.practicesMet()),
				String.valueOf(expected.practicesWithGap()), String.valueOf(expected.practicesNotAssessed()),
				String.valueOf(expected.totalLevelGap())), rollUpRow(table, domain));
		editor.doRevertToSaved();
	}

	private static String rollUpRow(org.eclipse.swt.widgets.Table table, String name) {
		for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
			if (item.getText(0).equals(name)) {
				StringBuilder row = new StringBuilder();
				for (int column = 0; column < table.getColumnCount(); column++) {
					row.append(column == 0 ? "" : "|").append(item.getText(column));
				}
				return row.toString();
			}
		}
		return "no row " + name;
	}

	@Test
	void screenshotsOfThePerspectiveWithTheBottlingLine() throws Exception {
		IProject project = Workbench.project("bottling-line", "examples/bottling-line/bottling-line.smm");
		IFile file = project.getFile("bottling-line.smm");
		openAndWait(file);
		GapsView gaps = (GapsView) Workbench.page().showView(GapsView.ID);
		MaturityView maturity = (MaturityView) Workbench.page().showView(MaturityView.ID);
		CoverageView coverage = (CoverageView) Workbench.page().showView(CoverageView.ID);
		Workbench.waitUntil("the coverage figure", () -> coverage.figuresShown() > 0);
		Workbench.waitUntil("the maturity figures", () -> maturity.figuresShown() > 0);
		Workbench.waitUntil("the gap rows and roadmap steps", () -> gaps.rowsCurrent() && gaps.gapTable().getTable().getItemCount() > 0);
		assertTrue(gaps.gapTable().getTable().getItemCount() > 0, "gap rows shown");
		assertTrue(gaps.gapTable().getTable().getItem(0).getText(0).contains("gap"), "worst rows first");
		assertTrue(gaps.roadmapTable().getTable().getItemCount() > 0, "roadmap steps shown");
		gaps.roadmapTable().setSelection(
				new org.eclipse.jface.viewers.StructuredSelection(architecture.picture().report().roadmap().get(0)), true);
		assertTrue(gaps.detailText().contains("Actions:") && gaps.detailText().contains("Indicators:"), gaps.detailText());
		Workbench.display().setCursorLocation(1279, 799);
		// each view on its own, maximised
		maximised(coverage, () -> Workbench.screenshot(coverage.control(), "view-coverage.png"));
		Workbench.page().showView(ArchitectureView.ID);
		maximised(architecture, () -> {
			architecture.canvas().zoomToFit();
			painted();
			Workbench.screenshot(architecture.canvas().getParent(), "view-architecture.png");
		});
		maximised(gaps, () -> {
			Workbench.waitForJobs();
			assertEquals(List.of(), cutOff(gaps.control()), "labels and lists cut off at the view's full width");
			assertEquals(List.of(), cellsCutOff(gaps.gapTable().getTable(), "Status", "Target", "Achieved", "Gap", "Priority"),
					"gap cells of a known vocabulary cut off");
			assertEquals(List.of(), cellsCutOff(gaps.roadmapTable().getTable(), "#", "Priority", "Step", "Target"),
					"roadmap cells of a known vocabulary cut off");
			org.eclipse.swt.widgets.Table gapTable = gaps.gapTable().getTable();
			int columnsWidth = java.util.Arrays.stream(gapTable.getColumns()).mapToInt(org.eclipse.swt.widgets.TableColumn::getWidth).sum();
			assertTrue(columnsWidth <= gapTable.getClientArea().width, "every gap column in view without scrolling in the maximised view: "
					+ columnsWidth + " px of columns, " + gapTable.getClientArea().width + " px of table, detail pane "
					+ (gaps.detailOrientation() == org.eclipse.swt.SWT.HORIZONTAL ? "beside" : "below"));
			Workbench.screenshot(gaps.control(), "view-gaps.png");
		});
		maximised(maturity, () -> {
			assertEquals(0, maturity.rollUpTable().getSelectionCount(), "a roll-up row selected that nobody chose");
			Workbench.screenshot(maturity.control(), "view-maturity.png");
		});
		// the perspective as a user sees it, on a 1280 x 800 screen
		assertEquals(List.of(), cutOff(architecture.canvas().getParent()), "Architecture view: choices or legend cut off at its width in the perspective");
		assertEquals(List.of(), cutOff(gaps.control()), "Gaps & Roadmap view: labels or lists cut off at its width in the perspective");
		Workbench.page().activate(Workbench.page().getActiveEditor());
		architecture.canvas().setZoom(0.6);
		architecture.canvas().panBy(-100_000, -100_000);
		painted();
		Path shot = Workbench.screenshot(Workbench.shell(), "workbench-bottling-line.png");
		assertTrue(java.nio.file.Files.size(shot) > 20_000, "screenshot has content");
	}

	private void painted() {
		Workbench.waitUntil("the diagram painted", () -> {
			architecture.canvas().redraw();
			architecture.canvas().update();
			return architecture.canvas().isPictureComplete();
		});
	}

	/**
	 * The controls under {@code root} (labels, drop-down lists, the rows holding them) that reach
	 * past the right edge of their parent, and the lists narrower than their text needs.
	 */
	private static List<String> cutOff(org.eclipse.swt.widgets.Control root) {
		List<String> cut = new java.util.ArrayList<>();
		if (root instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.graphics.Rectangle area = composite.getClientArea();
				if (child.getVisible() && child.getBounds().x + child.getBounds().width > area.x + area.width) {
					cut.add(child + " at " + child.getBounds() + " in " + composite.getClientArea());
				}
				if (child instanceof org.eclipse.swt.widgets.Combo combo && child.getVisible() && child.getBounds().width < shownWidth(combo)) {
					cut.add(child + " " + child.getBounds().width + " px wide, its choice needs " + shownWidth(combo));
				}
				cut.addAll(cutOff(child));
			}
		}
		return cut;
	}

	/** The width a drop-down list needs to show its current choice whole (a list may be narrower than its longest choice). */
	private static int shownWidth(org.eclipse.swt.widgets.Combo combo) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(combo);
		try {
			// the text, the arrow and the frame: what GTK adds to the text of "(default)" in an unconstrained list
			return gc.textExtent(combo.getText()).x + ARROW_AND_FRAME;
		} finally {
			gc.dispose();
		}
	}

	private static final int ARROW_AND_FRAME = 40;

	/** The cells of the named columns whose text is wider than the column (names and free text may be cut; levels, scopes and priorities not). */
	private static List<String> cellsCutOff(org.eclipse.swt.widgets.Table table, String... columns) {
		List<String> cut = new java.util.ArrayList<>();
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			for (int c = 0; c < table.getColumnCount(); c++) {
				org.eclipse.swt.widgets.TableColumn column = table.getColumn(c);
				if (!List.of(columns).contains(column.getText())) {
					continue;
				}
				for (int i = 0; i < Math.min(table.getItemCount(), 200); i++) {
					String text = table.getItem(i).getText(c);
					int needs = gc.textExtent(text).x + 8;
					if (needs > column.getWidth()) {
						cut.add(column.getText() + " '" + text + "' needs " + needs + " px of " + column.getWidth());
						break;
					}
				}
			}
		} finally {
			gc.dispose();
		}
		return cut;
	}

	private interface Shot {
		void take() throws Exception;
	}

	private static void maximised(org.eclipse.ui.IViewPart view, Shot shot) throws Exception {
		var page = Workbench.page();
		var ref = page.getReference(view);
		page.activate(view);
		page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.waitForJobs();
		try {
			shot.take();
		} finally {
			page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			Workbench.waitForJobs();
		}
	}

	/** The status colour preference repaints the diagram: a gap's red of the red-amber-green palette replaces vermillion. */
	@Test
	void theDiagramPaintsInThePaletteOfTheColourPreference() throws Exception {
		DiagramCanvas canvas = bottlingLineAtFullSize("view-palette");
		Box gap = canvas.diagram().components().stream().filter(b -> b.status() == Status.GAP).findFirst().orElseThrow();
		canvas.highlight(gap.path()); // centres the node
		int safe = rgb(Palette.COLOUR_BLIND_SAFE.color(Status.GAP));
		int classic = rgb(Palette.RED_AMBER_GREEN.color(Status.GAP));
		Workbench.waitUntil("a vermillion gap band in the default palette", () -> countOnCanvas(canvas, safe) > 0);
		assertEquals(0, countOnCanvas(canvas, classic));
		try {
			SmmPreferences.store().setValue(SmmPreferences.STATUS_COLOURS, SmmPreferences.COLOURS_CLASSIC);
			Workbench.waitUntil("the diagram repainted in red, amber and green", () -> canvas.palette() == Palette.RED_AMBER_GREEN
					&& countOnCanvas(canvas, classic) > 0);
			assertEquals(0, countOnCanvas(canvas, safe), "no vermillion left");
		} finally {
			SmmPreferences.store().setToDefault(SmmPreferences.STATUS_COLOURS);
		}
		Workbench.waitUntil("back to the default palette", () -> canvas.palette() == Palette.COLOUR_BLIND_SAFE
				&& countOnCanvas(canvas, safe) > 0);
	}

	/**
	 * A new zoom shows at once: tiles still being painted show the previous zoom's tiles scaled,
	 * not the grey of a missing tile (the first zoom of a 2,000-component diagram took up to 190 ms).
	 */
	@Test
	void aZoomShowsThePreviousTilesScaledUntilTheNewOnesArePainted() throws Exception {
		DiagramCanvas canvas = bottlingLineAtFullSize("view-zoom");
		painted();
		int grey = rgbOf(canvas.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_WIDGET_LIGHT_SHADOW)); // a missing tile
		int greyBefore = count(pixels(canvas), grey);
		long previews = canvas.previewPaints();
		canvas.setZoom(0.9);
		// the first paint at the new zoom asks the painters for its tiles: none can be there yet
		Workbench.waitUntil("the first paint at the new zoom", () -> canvas.previewPaints() > previews || canvas.isPictureComplete());
		assertEquals(previews + 1, canvas.previewPaints(), "the first paint drew the previous zoom's tiles scaled");
		int greyInPreview = count(pixels(canvas), grey);
		assertTrue(greyInPreview <= greyBefore, greyInPreview + " grey pixels of missing tiles on screen, " + greyBefore + " before the zoom");
		painted(); // and then sharp
	}

	/**
	 * A new zoom paints the tiles on screen first and only then the ring around them: the screen
	 * is sharp after painting what it shows, and a pan of half a tile afterwards needs no painting.
	 */
	@Test
	void aNewZoomPaintsTheScreenFirstThenTheTilesAroundIt() throws Exception {
		DiagramCanvas canvas = bottlingLineAtFullSize("view-ahead");
		painted();
		canvas.setZoom(2);
		canvas.panBy(DiagramCanvas.TILE + DiagramCanvas.TILE / 2, DiagramCanvas.TILE / 2); // away from the edges: a ring all round
		long installed = canvas.tilesInstalled();
		painted();
		long forScreen = canvas.tilesInstalled() - installed;
		assertEquals(canvas.visibleTiles(), forScreen, "tiles painted before the screen was sharp");
		Workbench.waitUntil("the tiles around the screen", () -> canvas.tilesPaintingAhead() == 0);
		for (int[] pan : new int[][] { { DiagramCanvas.TILE / 2, 0 }, { 0, DiagramCanvas.TILE / 2 }, { -DiagramCanvas.TILE, 0 } }) {
			canvas.panBy(pan[0], pan[1]);
			canvas.redraw();
			canvas.update();
			assertTrue(canvas.isPictureComplete(), "sharp at once after a pan by " + pan[0] + ", " + pan[1]);
		}
		assertEquals(forScreen, canvas.tilesInstalled() - installed, "no tile painted for the pans");
	}

	/** The bottling line opened in a project of its own, its diagram at 100%. */
	private DiagramCanvas bottlingLineAtFullSize(String projectName) throws Exception {
		IProject project = Workbench.project(projectName, "examples/bottling-line/bottling-line.smm");
		openAndWait(project.getFile("bottling-line.smm"));
		DiagramCanvas canvas = architecture.canvas();
		canvas.setZoom(1);
		return canvas;
	}

	private static int rgbOf(org.eclipse.swt.graphics.Color c) {
		return c.getRed() << 16 | c.getGreen() << 8 | c.getBlue();
	}

	private static int count(int[] pixels, int rgb) {
		return (int) java.util.Arrays.stream(pixels).filter(p -> p == rgb).count();
	}

	private static int rgb(java.awt.Color c) {
		return c.getRGB() & 0xFFFFFF;
	}

	/** Pixels of exactly {@code rgb} on the canvas as the screen shows it, once every visible tile is painted. */
	private static int countOnCanvas(DiagramCanvas canvas, int rgb) {
		canvas.redraw();
		canvas.update();
		if (!canvas.isPictureComplete()) {
			return -1;
		}
		return (int) java.util.Arrays.stream(pixels(canvas)).filter(p -> p == rgb).count();
	}

	/**
	 * A change of statuses repaints only the tiles around the nodes that changed, and the screen
	 * then shows what a repaint of the whole picture shows, pixel for pixel.
	 */
	@Test
	void aChangeOfStatusesRepaintsOnlyTheTilesAroundTheChangedNodes() throws Exception {
		IFile file = generatedFleet("view-damage", 200);
		openAndWait(file);
		Workbench.waitUntil("the overview laid out", () -> architecture.picture().exactLayout());
		DiagramCanvas canvas = architecture.canvas();
		Workbench.page().setPartState(Workbench.page().getReference(architecture), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Workbench.waitUntil("the maximised view laid out", () -> canvas.getClientArea().width > 1000);
			canvas.setZoom(1);
			painted();
			Rectangle area = canvas.getClientArea();
			int visibleTiles = canvas.visibleTiles();
			assertTrue(visibleTiles >= 3, "the maximised view shows " + visibleTiles + " tiles of " + area + ", picture "
					+ org.iotsmm.diagram.ArchitecturePicture.width(canvas.diagram()) + " x " + org.iotsmm.diagram.ArchitecturePicture.height(canvas.diagram()));
			GapPicture before = architecture.picture();
			long installed = canvas.tilesInstalled();
			ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
			IDocument document = Workbench.document(editor);
			String entry = "practice DataProtectionControls level 4 scope system on C80";
			int at = document.get().indexOf(entry);
			assertTrue(at > 0, "the generated target entry");
			document.replace(at + "practice DataProtectionControls level ".length(), 1, "3");
			Workbench.waitUntil("the new statuses laid out", () -> architecture.picture() != before
					&& architecture.picture().exactLayout());
			painted();
			assertNotEquals(statusesOf(before.diagram()), statusesOf(canvas.diagram()), "the edit changed statuses");
			long repainted = canvas.tilesInstalled() - installed;
			assertTrue(repainted > 0 && repainted < visibleTiles, repainted + " of " + visibleTiles + " visible tiles repainted");
			int[] incremental = pixels(canvas);
			canvas.setPalette(Palette.RED_AMBER_GREEN); // a new palette repaints every tile
			painted();
			canvas.setPalette(Palette.COLOUR_BLIND_SAFE);
			painted();
			int[] whole = pixels(canvas);
			assertEquals("", differences(incremental, whole, canvas.getClientArea().width), "the screen against a whole repaint");
			editor.doRevertToSaved();
		} finally {
			Workbench.page().setPartState(Workbench.page().getReference(architecture), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		}
	}

	private static java.util.List<String> statusesOf(org.iotsmm.diagram.ArchitectureDiagram d) {
		return java.util.stream.Stream.concat(d.zones().stream(), d.components().stream()).map(b -> b.path() + " " + b.status() + " " + b.marker())
				.toList();
	}

	/**
	 * Where two grabs of the canvas differ: how many pixels, within which rectangle; empty when
	 * they do not. The last 12 pixels at the right and the bottom are left out: GTK's overlay
	 * scroll bars fade in and out there.
	 */
	private static String differences(int[] a, int[] b, int width) {
		int height = a.length / width;
		int n = 0;
		int x0 = Integer.MAX_VALUE;
		int y0 = Integer.MAX_VALUE;
		int x1 = -1;
		int y1 = -1;
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (a[i] != b[i] && i % width < width - 12 && i / width < height - 12) {
				n++;
				x0 = Math.min(x0, i % width);
				x1 = Math.max(x1, i % width);
				y0 = Math.min(y0, i / width);
				y1 = Math.max(y1, i / width);
			}
		}
		return n == 0 && a.length == b.length ? "" : n + " pixels differ in x " + x0 + ".." + x1 + ", y " + y0 + ".." + y1;
	}

	/** The canvas as the screen shows it, 0xRRGGBB per pixel. */
	private static int[] pixels(DiagramCanvas canvas) {
		Rectangle area = canvas.getClientArea();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), area.width, area.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			org.eclipse.swt.graphics.ImageData data = image.getImageData();
			int[] result = new int[data.width * data.height];
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					org.eclipse.swt.graphics.RGB c = data.palette.getRGB(data.getPixel(x, y));
					result[y * data.width + x] = c.red << 16 | c.green << 8 | c.blue;
				}
			}
			return result;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * A large system is drawn as the reports draw it: the overview of its zones, a double click opens
	 * one zone's figure (every component and flow of it), the caret on a component of another zone
	 * opens that zone and highlights the component, and Overview goes back.
	 */
	@Test
	void aLargeSystemShowsItsZonesThenOneZoneAtATime() throws Exception {
		IFile file = generatedFleet("view-fleet", 400);
		GapModelService service = GapModelService.get();
		try {
			GapPicture overview = openAndWait(file);
			Workbench.waitUntil("the overview laid out", () -> architecture.picture().exactLayout());
			overview = architecture.picture();
			assertTrue(overview.isOverview(), "400 components: the overview");
			assertTrue(overview.detailZones().size() >= 10, overview.detailZones().toString());
			DiagramCanvas canvas = architecture.canvas();
			assertTrue(canvas.diagram().components().stream().allMatch(b -> "zone".equals(b.kind())),
					"only zones on the overview");
			maximised(architecture, () -> {
				canvas.zoomToFit();
				painted();
				Workbench.screenshot(canvas.getParent(), "view-architecture-fleet-overview.png");
			});

			Box first = canvas.diagram().components().get(0);
			canvas.doubleClick(first.path());
			Workbench.waitUntil("a zone's figure", () -> architecture.picture().shownZone() != null
					&& architecture.picture().exactLayout());
			String zone = architecture.picture().shownZone();
			assertTrue(zone.equals(first.path()) || zone.startsWith(first.path() + "."), zone + " inside " + first.path());
			long components = canvas.diagram().components().stream().filter(b -> !"zone".equals(b.kind())).count();
			assertEquals(40, components, "every component of " + zone);
			maximised(architecture, () -> {
				canvas.zoomToFit();
				painted();
				Workbench.screenshot(canvas.getParent(), "view-architecture-fleet-zone.png");
			});
			assertTrue(canvas.diagram().components().stream().filter(b -> !"zone".equals(b.kind()))
					.allMatch(b -> b.path().startsWith(zone + ".")), "only components of " + zone);

			// the caret on a component of another zone: that zone's figure, the component highlighted
			String otherZone = overview.detailZones().stream().filter(z -> !z.equals(zone)).reduce((a, b) -> b).orElseThrow();
			String component = overview.sources().keySet().stream().filter(p -> p.startsWith(otherZone + ".")).sorted()
					.findFirst().orElseThrow();
			ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
			Workbench.page().activate(editor);
			editor.selectAndReveal(overview.sources().get(component).nameOffset(), 0);
			Workbench.waitUntil(component + " highlighted in the figure of " + otherZone,
					() -> otherZone.equals(architecture.picture().shownZone()) && component.equals(canvas.highlighted()));

			service.choose(service.choices().withZone(null)); // what the view's Overview button does
			Workbench.waitUntil("the overview again", () -> architecture.picture().isOverview());
		} finally {
			service.choose(service.choices().withZone(null));
		}
	}

	/** fleet.smm in a new project: a system of {@code components} from the shared generator. */
	private static IFile generatedFleet(String projectName, int components) throws Exception {
		String text = org.iotsmm.benchmarks.SyntheticSystems.generate("Fleet" + components,
				org.iotsmm.benchmarks.SyntheticSystems.Shape.standard(components), 42);
		IFile file = Workbench.project(projectName).getFile("fleet.smm");
		file.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		return file;
	}
}
