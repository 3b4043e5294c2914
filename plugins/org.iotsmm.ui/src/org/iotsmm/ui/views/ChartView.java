package org.iotsmm.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.ui.model.EditorFollower;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;
import org.iotsmm.ui.model.GapViewState;

/**
 * A view of figures drawn by the diagrams bundle from the {@link GapReport} alone (the same
 * JFreeChart and Java2D pictures as the reports, as PNG), painted in a background job after each
 * new picture and shown one below the other.
 */
abstract class ChartView extends ViewPart {

	/** Family of the figure jobs, for tests that wait for them. */
	public static final Object JOB_FAMILY = ChartView.class;

	private static final long CHARTS_DELAY_MS = 150;

	private final Consumer<GapViewState> stateListener = this::show;
	private final List<Image> images = new ArrayList<>();
	private final List<Label> figureLabels = new ArrayList<>();
	private Control header;
	private List<String> captions = List.of();
	private Composite root;
	private Label notice;
	private ScrolledComposite scroller;
	private Composite content;
	private GapPicture picture;
	private Job job;
	private int figuresShown;
	private GapViewState pending;
	private final org.eclipse.ui.IPartListener2 visibility = new org.eclipse.ui.IPartListener2() {
		@Override
		public void partVisible(org.eclipse.ui.IWorkbenchPartReference ref) {
			if (ref.getPart(false) == ChartView.this && pending != null) {
				GapViewState state = pending;
				root.getDisplay().asyncExec(() -> show(state));
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, helpContext());
		root = parent;
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		notice = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		content = new Composite(scroller, SWT.NONE);
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(content);
		scroller.setContent(content);
		// made with the view, not with its first picture: a table's first realisation in GTK took 100 ms of an update
		header = createHeader(content);
		EditorFollower.install(getSite().getPage());
		getSite().getPage().addPartListener(visibility);
		GapModelService.get().addListener(stateListener);
	}

	/** The figures by caption, painted off the UI thread. */
	protected abstract Map<String, java.awt.image.BufferedImage> figures(GapReport report);

	/** The help context F1 opens in this view (contexts.xml). */
	protected abstract String helpContext();

	/**
	 * Creates the control shown above the figures (e.g. a roll-up table), or null; UI thread. Made
	 * once and then updated: re-creating a table per picture held the UI thread up to 100 ms.
	 */
	protected Control createHeader(Composite parent) {
		return null;
	}

	/**
	 * Shows {@code report} in the control {@link #createHeader} made; UI thread. Returns whether
	 * the control's size may have changed (more or fewer rows).
	 */
	protected boolean updateHeader(Control control, GapReport report) {
		return false;
	}

	private void show(GapViewState state) {
		if (content == null || content.isDisposed()) {
			return;
		}
		if (!root.isVisible()) {
			// hidden behind another view: draw nothing until shown
			pending = state;
			return;
		}
		pending = null;
		Notices.show(notice, state.notice());
		GapPicture next = state.picture();
		if (next == null || (picture != null && next.report() == picture.report())) {
			return; // the same report (only the diagram's layout changed)
		}
		picture = next;
		setContentDescription(next.system() + ": target set " + next.report().targetSet() + ", assessment "
				+ (next.report().assessment() == null ? "none" : next.report().assessment()));
		if (job != null) {
			job.cancel();
		}
		GapReport report = next.report();
		job = new Job("Drawing " + getPartName()) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				// The SWT images are made here, not on the UI thread: turning a chart's pixels into an
				// image (ImageData.blit, pixel by pixel for every 32-bit image on a little-endian
				// machine) held the UI thread 80-240 ms per chart. SWT on GTK allows it: an image is a
				// cairo surface of its own, no widget is touched.
				org.eclipse.swt.widgets.Display display = content.getDisplay();
				Map<String, Image> painted = new LinkedHashMap<>();
				for (Map.Entry<String, java.awt.image.BufferedImage> figure : figures(report).entrySet()) {
					if (monitor.isCanceled()) {
						painted.values().forEach(Image::dispose);
						return Status.CANCEL_STATUS;
					}
					painted.put(figure.getKey(), new Image(display, SwtImages.of(figure.getValue())));
				}
				display.asyncExec(() -> {
					if (!content.isDisposed() && picture == next) {
						install(next, report, painted);
					} else {
						painted.values().forEach(Image::dispose);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setSystem(true);
		// after the Architecture view's tiles, which the user waits for while typing: drawing six
		// charts at the same time took a core from them
		job.schedule(CHARTS_DELAY_MS);
	}

	/**
	 * Shows new figures: the header's new content and, when the captions changed, the labels at once; then the
	 * images (made in the background) one per UI-thread task. While the captions stay the same,
	 * each new image replaces the old one in place, so nothing flickers.
	 */
	private void install(GapPicture shown, GapReport report, Map<String, Image> painted) {
		List<String> newCaptions = List.copyOf(painted.keySet());
		if (!newCaptions.equals(captions)) {
			for (Control c : content.getChildren()) {
				if (c != header) { // the header does not depend on the captions: making its table again cost 100 ms
					c.dispose();
				}
			}
			images.forEach(image -> {
				if (image != null) {
					image.dispose();
				}
			});
			images.clear();
			figureLabels.clear();
			if (header == null) {
				header = createHeader(content);
			}
			for (String caption : newCaptions) {
				Label label = new Label(content, SWT.NONE);
				label.setText(caption);
				label.setBackground(content.getBackground());
				figureLabels.add(new Label(content, SWT.NONE));
				images.add(null);
			}
			captions = newCaptions;
			figuresShown = 0;
		}
		boolean resized = figuresShown == 0;
		if (header != null) {
			resized |= updateHeader(header, report);
		}
		// measuring the content asks GTK for every child's size (50 ms with the roll-up table): only when it may have changed
		if (resized) {
			content.setSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
		installFigure(shown, new ArrayList<>(painted.values()), 0);
	}

	private void installFigure(GapPicture shown, List<Image> painted, int index) {
		if (index >= painted.size()) {
			return;
		}
		if (content.isDisposed() || picture != shown) { // a newer picture came: these images are not shown
			painted.subList(index, painted.size()).forEach(Image::dispose);
			return;
		}
		Image image = painted.get(index);
		Image old = images.set(index, image);
		boolean resized = old == null || !old.getBounds().equals(image.getBounds());
		figureLabels.get(index).setImage(image);
		if (old != null) {
			old.dispose();
		}
		figuresShown = (int) images.stream().filter(java.util.Objects::nonNull).count();
		if (resized) {
			content.setSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
		if (index + 1 < painted.size()) {
			content.getDisplay().asyncExec(() -> installFigure(shown, painted, index + 1));
		}
	}

	/** The control above the figures, or null. */
	protected Control header() {
		return header;
	}

	/** How many figures are on screen (for tests). */
	public int figuresShown() {
		return figuresShown;
	}

	/** The view's whole area (for screenshots). */
	public Control control() {
		return root;
	}

	public GapPicture picture() {
		return picture;
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}

	@Override
	public void dispose() {
		GapModelService.get().removeListener(stateListener);
		getSite().getPage().removePartListener(visibility);
		if (job != null) {
			job.cancel();
		}
		images.forEach(image -> {
			if (image != null) {
				image.dispose();
			}
		});
		super.dispose();
	}
}
