package org.iotsmm.ui.views;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.analysis.Status;
import org.iotsmm.ui.model.EditorFollower;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;
import org.iotsmm.ui.model.GapViewState;

/**
 * The gap rows and the roadmap of the followed system as sortable, filterable tables; status by
 * colour and by text; a double-click opens the target entry or finding in the editor; the detail
 * pane shows the catalog's guidance, actions and indicators of the selected step.
 */
public class GapsView extends ViewPart {

	public static final String ID = "org.iotsmm.ui.views.gaps";
	/** F1: the Gaps & Roadmap view's part of the user guide (contexts.xml). */
	public static final String HELP_CONTEXT = "org.iotsmm.ui.gaps_view";
	/** Room for the sort arrow beside a column's title, and for a cell's margins (GTK), in pixels. */
	private static final int SORT_ARROW = 20;
	private static final int CELL_MARGINS = 16;
	/** The tables' share of the width, in percent, with the detail pane beside them. */
	private static final int TABLE_SHARE_BESIDE = 68;
	/** Below this height the tables and the detail pane share the width, not the height (pixels). */
	private static final int LOWEST_SPLIT = 300;
	private static final int SCROLL_BAR = 20;

	private final Consumer<GapViewState> stateListener = this::show;
	private final Map<Status, Color> tints = new HashMap<>();
	private Composite root;
	private Label notice;
	private ChoiceBar choices;
	private Text filter;
	private Combo statusFilter;
	private TableViewer gaps;
	private TableViewer roadmap;
	private TableRows<GapRow> gapRows;
	private TableRows<RoadmapStep> stepRows;
	private Text detail;
	private CTabFolder tabs;
	private GapPicture picture;
	private GapViewState pending;
	private final org.eclipse.ui.IPartListener2 visibility = new org.eclipse.ui.IPartListener2() {
		@Override
		public void partVisible(org.eclipse.ui.IWorkbenchPartReference ref) {
			if (ref.getPart(false) == GapsView.this && pending != null) {
				GapViewState state = pending;
				root.getDisplay().asyncExec(() -> show(state));
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HELP_CONTEXT);
		root = parent;
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		notice = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 0).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		choices = new ChoiceBar(top, false);
		Composite filters = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		new Label(filters, SWT.NONE).setText("Filter:");
		filter = new Text(filters, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("domain, practice, element, priority ...");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		new Label(filters, SWT.NONE).setText("Status:");
		statusFilter = new Combo(filters, SWT.READ_ONLY);
		statusFilter.setItems("(all with a target)", "gap", "not assessed", "met", "exceeds", "(all rows)");
		statusFilter.select(0);
		for (Status s : Status.values()) {
			tints.put(s, new Color(StatusLook.tint(s)));
		}
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		// a size hint keeps GridLayout from measuring every table row
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(sash);
		tabs = new CTabFolder(sash, SWT.BORDER | SWT.BOTTOM);
		gaps = gapTable(tabs);
		roadmap = roadmapTable(tabs);
		CTabItem gapTab = new CTabItem(tabs, SWT.NONE);
		gapTab.setText("Gaps");
		gapTab.setControl(gaps.getControl());
		CTabItem stepTab = new CTabItem(tabs, SWT.NONE);
		stepTab.setText("Roadmap");
		stepTab.setControl(roadmap.getControl());
		tabs.setSelection(0);
		detail = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		sash.setWeights(TABLE_SHARE_BESIDE, 100 - TABLE_SHARE_BESIDE);
		sash.addListener(SWT.Resize, e -> orient(sash));
		filter.addListener(SWT.Modify, e -> refilter());
		statusFilter.addListener(SWT.Selection, e -> refilter());
		refilter();
		EditorFollower.install(getSite().getPage());
		getSite().setSelectionProvider(gaps);
		getSite().getPage().addPartListener(visibility);
		GapModelService.get().addListener(stateListener);
	}

	/**
	 * The detail pane beside the tables where the gap table keeps room for all its columns or the
	 * view is too low to share its height, below them otherwise: beside them in a maximised view
	 * the table showed 810 of its 1,046 px of columns.
	 */
	private void orient(SashForm sash) {
		org.eclipse.swt.graphics.Point size = sash.getSize();
		int columns = 0;
		for (org.eclipse.swt.widgets.TableColumn column : gaps.getTable().getColumns()) {
			columns += column.getWidth();
		}
		boolean roomBeside = size.x * TABLE_SHARE_BESIDE / 100 >= columns + SCROLL_BAR;
		int wanted = roomBeside || size.y < LOWEST_SPLIT ? SWT.HORIZONTAL : SWT.VERTICAL;
		if (size.y > 0 && sash.getOrientation() != wanted) {
			sash.setOrientation(wanted);
			sash.setWeights(wanted == SWT.HORIZONTAL ? new int[] { TABLE_SHARE_BESIDE, 100 - TABLE_SHARE_BESIDE } : new int[] { 65, 35 });
		}
	}

	/** The orientation of the tables and the detail pane: SWT.HORIZONTAL (side by side) or SWT.VERTICAL. */
	public int detailOrientation() {
		return ((SashForm) detail.getParent()).getOrientation();
	}

	// ------------------------------------------------------------------ gap rows

	private TableViewer gapTable(Composite parent) {
		TableViewer viewer = table(parent);
		Comparator<GapRow> worstFirst = Comparator.comparingInt((GapRow r) -> -r.status().severity())
				.thenComparingInt(r -> -r.levelGap());
		// worst first until the user sorts by a column
		TableRows<GapRow> rows = gapRows = new TableRows<>(viewer, "gap rows", r -> List.of(r.practice().qualifiedName(), r.element().path()), worstFirst);
		viewer.setContentProvider(rows);
		column(viewer, rows, "Status", "? not assessed", (GapRow r) -> StatusLook.text(r.status(), r.levelGap()), worstFirst, true);
		column(viewer, rows, "Domain", "Enablement", (GapRow r) -> r.practice().domain(), null, false);
		column(viewer, rows, "Practice", "ThirdPartyDependencies", (GapRow r) -> r.practice().name(), Comparator.comparingInt(r -> r.practice().order()), false);
		column(viewer, rows, "Element", "PlantFloor.LineNetwork", (GapRow r) -> r.element().label(), Comparator.comparingInt(r -> r.element().order()), false);
		column(viewer, rows, "Target", "4 (industry)", (GapRow r) -> r.hasTarget() ? r.target().level() + " " + scope(r.target().scope()) : "",
				null, false);
		column(viewer, rows, "Achieved", "4 (industry)", (GapRow r) -> r.isAssessed() ? r.achieved().level() + " " + scope(r.achieved().scope()) : "",
				null, false);
		column(viewer, rows, "Gap", "4", (GapRow r) -> Integer.toString(r.levelGap()), Comparator.comparingInt(GapRow::levelGap), false);
		column(viewer, rows, "Priority", "unspecified", (GapRow r) -> priority(r), null, false);
		column(viewer, rows, "Source", "bottling-line.smm:237", (GapRow r) -> source(r).toString(), null, false);
		viewer.addDoubleClickListener(e -> first(e.getSelection()).ifPresent(o -> {
			if (o instanceof GapRow r) {
				EditorNavigation.reveal(getSite().getPage(), r.isAssessed() ? r.achieved().location() : source(r));
			}
		}));
		viewer.addSelectionChangedListener(e -> first(e.getSelection()).ifPresent(o -> {
			if (o instanceof GapRow r && picture != null) {
				picture.report().roadmap().stream().filter(s -> s.practice().equals(r.practice())
						&& (s.element().equals(r.element()) || s.covers().contains(r.element().path()))).findFirst()
						.ifPresentOrElse(this::showDetail, () -> detail.setText(describe(r)));
			}
		}));
		viewer.setInput(rows);
		return viewer;
	}

	private static String priority(GapRow r) {
		return r.hasTarget() && r.target().priority() != null ? r.target().priority().getLiteral() : "";
	}

	private static SourceLocation source(GapRow r) {
		return r.hasTarget() ? r.target().origin().location() : r.isAssessed() ? r.achieved().location() : SourceLocation.UNKNOWN;
	}

	private static String scope(org.iotsmm.smm.Scope scope) {
		return scope == null ? "" : "(" + scope.getLiteral() + ")";
	}

	private String describe(GapRow r) {
		StringBuilder b = new StringBuilder();
		b.append(r.practice().title()).append(" (").append(r.practice().qualifiedName()).append(") on ").append(r.element().label())
				.append("\n").append(StatusLook.text(r.status(), r.levelGap())).append("\n\n");
		if (r.hasTarget()) {
			b.append("Target: ").append(r.target().origin().describe()).append("\n");
		}
		if (r.isAssessed()) {
			b.append("Finding: ").append(r.achieved().describe()).append("\n");
		}
		return b.toString();
	}

	// ------------------------------------------------------------------ roadmap

	private TableViewer roadmapTable(Composite parent) {
		TableViewer viewer = table(parent);
		TableRows<RoadmapStep> rows = stepRows = new TableRows<>(viewer, "roadmap steps",
				s -> List.of(s.practice().qualifiedName(), s.element().path(), s.level()), null); // in rank order
		viewer.setContentProvider(rows);
		column(viewer, rows, "#", "999", (RoadmapStep s) -> Integer.toString(s.rank()), Comparator.comparingInt(RoadmapStep::rank), true);
		column(viewer, rows, "Priority", "unspecified", (RoadmapStep s) -> s.priority() == null ? "" : s.priority().getLiteral(), null, false);
		column(viewer, rows, "Domain", "Enablement", (RoadmapStep s) -> s.practice().domain(), null, false);
		column(viewer, rows, "Practice", "ThirdPartyDependencies", (RoadmapStep s) -> s.practice().name(), Comparator.comparingInt(s -> s.practice().order()), false);
		column(viewer, rows, "Element", "PlantFloor.LineNetwork (+12)", (RoadmapStep s) -> s.element().label() + (s.covers().isEmpty() ? "" : " (+" + s.covers().size() + ")"),
				Comparator.comparingInt(s -> s.element().order()), false);
		column(viewer, rows, "Step", "2 \u2192 3 (scope)", (RoadmapStep s) -> s.achievedLevel() + " \u2192 " + s.level() + (s.scopeOnly() ? " (scope)" : ""), null, false);
		column(viewer, rows, "Target", "4", (RoadmapStep s) -> Integer.toString(s.targetLevel()), null, false);
		column(viewer, rows, "Planned", "in-progress by 2026-09-30", (RoadmapStep s) -> s.isPlanned() ? s.planned().status().getLiteral()
				+ (s.planned().due() == null ? "" : " by " + s.planned().due()) : "", null, false);
		viewer.addDoubleClickListener(e -> first(e.getSelection()).ifPresent(o -> {
			if (o instanceof RoadmapStep s) {
				EditorNavigation.reveal(getSite().getPage(), s.origin().location());
			}
		}));
		viewer.addSelectionChangedListener(e -> first(e.getSelection()).ifPresent(o -> {
			if (o instanceof RoadmapStep s) {
				showDetail(s);
			}
		}));
		viewer.setInput(rows);
		return viewer;
	}

	private void showDetail(RoadmapStep s) {
		StringBuilder b = new StringBuilder();
		b.append("Step ").append(s.rank()).append(": ").append(s.practice().title()).append(" (").append(s.practice().qualifiedName())
				.append(") on ").append(s.element().label()).append(", level ").append(s.achievedLevel()).append(" \u2192 ")
				.append(s.level()).append(" of target ").append(s.targetLevel()).append("\n");
		if (!s.covers().isEmpty()) {
			b.append("Also closes the gap on: ").append(String.join(", ", s.covers())).append("\n");
		}
		b.append("Target: ").append(s.origin().describe()).append("\n");
		if (s.guidance() != null && !s.guidance().isBlank()) {
			b.append("\nGuidance for level ").append(s.level()).append(":\n").append(s.guidance().strip()).append("\n");
		}
		b.append("\nActions:\n");
		s.actions().forEach(a -> b.append("  \u2022 ").append(a).append("\n"));
		b.append("\nIndicators:\n");
		s.indicators().forEach(i -> b.append("  \u2022 ").append(i).append("\n"));
		if (s.isPlanned()) {
			var p = s.planned();
			b.append("\nPlanned in ").append(p.plan()).append(": level ").append(p.toLevel())
					.append(p.owner() == null ? "" : ", owner " + p.owner()).append(p.due() == null ? "" : ", due " + p.due())
					.append(p.status() == null ? "" : ", " + p.status().getLiteral()).append(" (").append(p.location()).append(")\n");
		}
		detail.setText(b.toString());
	}

	// ------------------------------------------------------------------ shared table machinery

	private static TableViewer table(Composite parent) {
		// VIRTUAL: items are made when scrolled into view; thousands of rows cost nothing on the UI thread
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL) {
			/**
			 * TableRows finds the selected rows again in the background. JFace would look for
			 * them on the UI thread, and with a lazy content provider by making every item up to
			 * each one (36,000 at 2,000 components); on GTK even reading and clearing the
			 * selection walked every row (70-80 ms per update).
			 */
			@Override
			protected void preservingSelection(Runnable updateCode) {
				updateCode.run();
			}
		};
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		// rows are records holding records: their equals and hashCode walk everything they hold,
		// once per row made or cleared; each row object is a row of its own
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element);
			}
		});
		return viewer;
	}

	/**
	 * Wide enough for {@code widest}, a typical long value, and for the title with the sort arrow,
	 * in the table's font (fixed pixel widths cut "3 (general)" and "unspecified" off).
	 */
	private static int width(Control table, String title, String widest) {
		GC gc = new GC(table);
		try {
			return Math.max(gc.textExtent(widest).x, gc.textExtent(title).x + SORT_ARROW) + CELL_MARGINS;
		} finally {
			gc.dispose();
		}
	}

	@SuppressWarnings("unchecked")
	private <T> void column(TableViewer viewer, TableRows<T> rows, String title, String widest, Function<T, String> text, Comparator<T> order,
			boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width(viewer.getControl(), title, widest));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			public Color getBackground(Object element) {
				if (!coloured) {
					return null;
				}
				Status s = element instanceof GapRow r ? r.status() : Status.GAP;
				return tints.get(s);
			}
		});
		Comparator<T> comparator = order != null ? order : Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
		column.getColumn().addListener(SWT.Selection, e -> {
			var table = viewer.getTable();
			int direction = table.getSortColumn() == column.getColumn() && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
			table.setSortColumn(column.getColumn());
			table.setSortDirection(direction);
			rows.order(direction == SWT.UP ? comparator : comparator.reversed());
		});
	}

	private static java.util.Optional<Object> first(org.eclipse.jface.viewers.ISelection selection) {
		return selection instanceof IStructuredSelection s && !s.isEmpty() ? java.util.Optional.of(s.getFirstElement())
				: java.util.Optional.empty();
	}

	private static boolean statusMatches(int wantedStatus, Status status, boolean hasTarget) {
		return switch (wantedStatus) {
		case 0 -> hasTarget;
		case 1 -> status == Status.GAP;
		case 2 -> status == Status.NOT_ASSESSED;
		case 3 -> status == Status.MET;
		case 4 -> status == Status.EXCEEDS;
		default -> true;
		};
	}

	private static boolean textMatches(String[] wantedWords, String... fields) {
		for (String word : wantedWords) {
			boolean found = false;
			for (String f : fields) {
				if (f != null && f.toLowerCase(Locale.ROOT).contains(word)) {
					found = true;
					break;
				}
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	private void refilter() {
		// the choices as made now: the filters run once per row in the background, away from the widgets
		String wanted = filter.getText().trim().toLowerCase(Locale.ROOT);
		String[] words = wanted.isEmpty() ? new String[0] : wanted.split("\\s+");
		int status = statusFilter.getSelectionIndex();
		gapRows.filter(r -> statusMatches(status, r.status(), r.hasTarget())
				&& textMatches(words, r.practice().qualifiedName(), r.practice().code(), r.element().path(), priority(r)));
		stepRows.filter(s -> textMatches(words, s.practice().qualifiedName(), s.practice().code(), s.element().path(),
				s.priority() == null ? "" : s.priority().getLiteral()));
	}

	/** Both tables show the rows of the newest picture through the newest choices of order and filter. */
	public boolean rowsCurrent() {
		return gapRows.isCurrent() && stepRows.isCurrent();
	}

	private void show(GapViewState state) {
		if (gaps == null || gaps.getControl().isDisposed()) {
			return;
		}
		if (!root.isVisible()) {
			// hidden behind another view: catch up when shown
			pending = state;
			return;
		}
		pending = null;
		Notices.show(notice, state.notice());
		if (state.picture() != null && (picture == null || state.picture().report() != picture.report())) {
			picture = state.picture();
			setContentDescription(picture.system() + ": " + picture.report().rows().stream().filter(r -> r.status() == Status.GAP).count()
					+ " gap(s), " + picture.report().roadmap().size() + " roadmap step(s); target set " + picture.report().targetSet());
			gapRows.rows(picture.report().rows());
			stepRows.rows(picture.report().roadmap());
		}
		choices.show(state);
	}

	/** The view's whole area (for screenshots). */
	public Composite control() {
		return root;
	}

	public TableViewer gapTable() {
		return gaps;
	}

	public TableViewer roadmapTable() {
		return roadmap;
	}

	public String detailText() {
		return detail.getText();
	}

	@Override
	public void setFocus() {
		gaps.getControl().setFocus();
	}

	@Override
	public void dispose() {
		GapModelService.get().removeListener(stateListener);
		getSite().getPage().removePartListener(visibility);
		tints.values().forEach(Color::dispose);
		super.dispose();
	}

}
