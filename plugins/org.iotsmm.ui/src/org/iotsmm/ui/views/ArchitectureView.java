package org.iotsmm.ui.views;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.Status;
import org.iotsmm.diagram.ArchitectureDiagram.Box;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.ui.Activator;
import org.iotsmm.ui.model.EditorFollower;
import org.iotsmm.ui.model.ElementSource;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;
import org.iotsmm.ui.model.GapViewState;
import org.iotsmm.ui.preferences.SmmPreferences;

/**
 * The architecture of the followed system, coloured by gap, as the reports draw it; live while the
 * user types. A click on a node selects its declaration in the editor; the editor's caret on a
 * declaration highlights and centres its node.
 */
public class ArchitectureView extends ViewPart {

	public static final String ID = "org.iotsmm.ui.views.architecture";
	/** F1: the Architecture view's part of the user guide (contexts.xml). */
	public static final String HELP_CONTEXT = "org.iotsmm.ui.architecture_view";

	private final Consumer<GapViewState> stateListener = this::show;
	private final ISelectionListener caretListener = this::caretMoved;
	private Label notice;
	private ChoiceBar choices;
	private DiagramCanvas canvas;
	private GapPicture picture;
	/** An element the caret is on, highlighted once the zone figure that shows it arrives. */
	private String pendingHighlight;
	private Action overviewAction;
	private final List<Color> colours = new ArrayList<>();
	private final List<Label> legendLabels = new ArrayList<>();
	/** The status colour preference: the diagram and its legend repaint in the chosen palette. */
	private final IPropertyChangeListener paletteListener = event -> {
		if (SmmPreferences.STATUS_COLOURS.equals(event.getProperty()) && canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(this::applyPalette);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HELP_CONTEXT);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		notice = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		choices = new ChoiceBar(parent, true);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choices.control());
		legend(parent);
		canvas = new DiagramCanvas(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		applyPalette();
		SmmPreferences.store().addPropertyChangeListener(paletteListener);
		canvas.setTooltips(this::tooltip);
		canvas.onClick(this::reveal);
		canvas.onDoubleClick(this::enter);
		toolbar(getViewSite().getActionBars().getToolBarManager());
		EditorFollower.install(getSite().getPage());
		getSite().getPage().addPostSelectionListener(caretListener);
		GapModelService.get().addListener(stateListener);
	}

	private void legend(Composite parent) {
		Composite legend = new Composite(parent, SWT.NONE);
		legend.setLayout(ChoiceBar.wrappingRow(0, 5)); // a narrow view shows the legend on two lines, not cut
		GridDataFactory.fillDefaults().grab(true, false).applyTo(legend);
		for (Status s : new Status[] { Status.GAP, Status.NOT_ASSESSED, Status.MET, Status.EXCEEDS, Status.NO_TARGET }) {
			Label l = new Label(legend, SWT.BORDER);
			l.setText(" " + StatusLook.text(s, 0).replace(" (scope)", "") + " ");
			l.setData(s);
			l.setToolTipText(meaning(s));
			legendLabels.add(l);
		}
	}

	private void applyPalette() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		canvas.setPalette(StatusLook.palette());
		colours.forEach(Color::dispose);
		colours.clear();
		for (Label l : legendLabels) {
			Color c = new Color(StatusLook.tint((Status) l.getData()));
			colours.add(c);
			l.setBackground(c);
		}
	}

	private static String meaning(Status s) {
		return switch (s) {
		case GAP -> "achieved level or scope below the target";
		case NOT_ASSESSED -> "a target applies but no finding does";
		case MET -> "target level and scope reached";
		case EXCEEDS -> "achieved level above the target";
		case NO_TARGET -> "no target applies";
		};
	}

	private void toolbar(IToolBarManager bar) {
		overviewAction = action("Overview", "Back to the overview of the zones (large systems)",
				() -> GapModelService.get().choose(GapModelService.get().choices().withZone(null)));
		overviewAction.setEnabled(false);
		bar.add(overviewAction);
		bar.add(action("Zoom to fit", "Show the whole diagram", () -> canvas.zoomToFit()));
		bar.add(action("100%", "Actual size", () -> canvas.setZoom(1)));
		bar.add(action("+", "Zoom in (Ctrl+wheel)", () -> canvas.setZoom(canvas.zoom() * 1.25)));
		bar.add(action("\u2212", "Zoom out (Ctrl+wheel)", () -> canvas.setZoom(canvas.zoom() / 1.25)));
		bar.add(new Separator());
		bar.add(action("SVG", "Export the diagram as SVG", () -> export(true)));
		bar.add(action("PNG", "Export the diagram as PNG", () -> export(false)));
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		return a;
	}

	private void export(boolean svg) {
		if (picture == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { svg ? "*.svg" : "*.png" });
		dialog.setFileName(picture.system() + "-architecture." + (svg ? "svg" : "png"));
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path != null) {
			exportTo(java.nio.file.Path.of(path), svg);
		}
	}

	/** Writes the shown diagram as SVG or PNG (the same bytes as the report's figures). */
	public void exportTo(java.nio.file.Path file, boolean svg) {
		byte[] bytes = svg ? Diagrams.svg(picture.diagram()).getBytes(StandardCharsets.UTF_8) : Diagrams.png(picture.diagram());
		try {
			org.iotsmm.report.AtomicFiles.write(file, bytes);
		} catch (java.io.IOException e) {
			Activator.log(e);
		}
	}

	private void show(GapViewState state) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		Notices.show(notice, state.notice());
		GapPicture next = state.picture();
		if (next != null && next != picture) {
			picture = next;
			setContentDescription(next.system() + " (" + next.file().getName() + "): target set "
					+ next.report().targetSet() + ", assessment " + (next.report().assessment() == null ? "none" : next.report().assessment()));
			canvas.setDiagram(next.diagram(), next.problems());
			overviewAction.setEnabled(next.shownZone() != null);
			if (pendingHighlight != null && canvas.box(pendingHighlight).isPresent()) {
				canvas.highlight(pendingHighlight);
				pendingHighlight = null;
			}
		}
		choices.show(state);
	}

	private String tooltip(Box box) {
		if (picture == null) {
			return box.title();
		}
		GapReport report = picture.report();
		StringBuilder b = new StringBuilder(box.title() == null || box.title().isEmpty() ? box.name() : box.title());
		b.append("\n").append(box.path()).append(box.kind() == null ? "" : " (" + box.kind() + ")");
		b.append("\nworst: ").append(StatusLook.text(box.status(), box.levelGap()));
		report.element(box.path()).ifPresent(element -> {
			List<GapRow> rows = rowsWithTarget(report, element);
			int shown = 0;
			for (GapRow r : rows) {
				if (shown++ == 25) {
					b.append("\n... ").append(rows.size() - 25).append(" more in Gaps & Roadmap");
					break;
				}
				b.append("\n").append(r.practice().qualifiedName()).append(": ").append(StatusLook.text(r.status(), r.levelGap()))
						.append(" (target ").append(r.target().level())
						.append(r.isAssessed() ? ", achieved " + r.achieved().level() : "").append(")");
			}
		});
		List<String> problems = picture.problems().get(box.path());
		if (problems != null) {
			problems.forEach(p -> b.append("\n").append(p));
		}
		return b.toString();
	}

	private static List<GapRow> rowsWithTarget(GapReport report, ElementRef element) {
		return report.rowsOf(element).stream().filter(GapRow::hasTarget).toList();
	}

	private void reveal(Box box) {
		if (picture == null) {
			return;
		}
		ElementSource source = picture.sources().get(box.path());
		if (source != null) {
			EditorNavigation.reveal(getSite().getPage(), picture.file(), source.nameOffset(), source.nameLength(), false);
		}
	}

	private void caretMoved(IWorkbenchPart part, ISelection selection) {
		if (picture == null || !(part instanceof IEditorPart) || !(selection instanceof ITextSelection text)) {
			return;
		}
		IFile file = EditorFollower.smmFile(part);
		if (file == null || !file.equals(picture.file())) {
			return;
		}
		picture.elementAt(text.getOffset()).ifPresent(s -> {
			if (canvas.box(s.path()).isPresent() || picture.detailZones().isEmpty()) {
				canvas.highlight(s.path());
				return;
			}
			// a large system: show the figure of the zone the element is drawn in, then highlight it
			picture.detailZoneOf(s.path()).filter(zone -> !zone.equals(picture.shownZone())).ifPresent(zone -> {
				pendingHighlight = s.path();
				GapModelService.get().choose(GapModelService.get().choices().withZone(zone));
			});
		});
	}

	/**
	 * A double click on a zone of a large system's overview (or on a zone a zone figure's flows lead
	 * to) shows that zone's figure; on the "outside zones" node, the overview. Zones holding only
	 * zones open the first zone inside them with components.
	 */
	private void enter(Box box) {
		if (picture == null || picture.detailZones().isEmpty() || !"zone".equals(box.kind())) {
			return;
		}
		// a zone that only holds zones (a site of the overview) opens its first zone with components
		String zone = picture.detailZones().stream()
				.filter(z -> !box.path().isEmpty() && (z.equals(box.path()) || z.startsWith(box.path() + "."))).findFirst()
				.orElse(null);
		GapModelService.get().choose(GapModelService.get().choices().withZone(zone));
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	public GapPicture picture() {
		return picture;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		SmmPreferences.store().removePropertyChangeListener(paletteListener);
		GapModelService.get().removeListener(stateListener);
		getSite().getPage().removePostSelectionListener(caretListener);
		colours.forEach(Color::dispose);
		super.dispose();
	}
}
