package org.iotsmm.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;
import org.iotsmm.ui.model.GapViewState;
import org.iotsmm.ui.model.ViewChoices;

/** The views' toolbar of choices: target set, assessment and (architecture) domain and practice filter. */
final class ChoiceBar {

	private static final String DEFAULT = "(default)";
	private static final String ALL = "(all)";
	/** The widest a list of choices gets (pixels). */
	private static final int MOST_COMBO_WIDTH = 240;

	private final Composite bar;
	private final Combo targetSet;
	private final Combo assessment;
	private final Combo domain;
	private final Combo practice;
	private boolean filling;

	ChoiceBar(Composite parent, boolean withFilter) {
		bar = new Composite(parent, SWT.NONE);
		// a row that wraps: in the perspective the Architecture view is about 550 px wide, and its
		// four choices in one row went past the view's edge
		bar.setLayout(wrappingRow(2, 8));
		targetSet = combo("Target set:", (c, v) -> c.withTargetSet(v));
		assessment = combo("Assessment:", (c, v) -> c.withAssessment(v));
		domain = withFilter ? combo("Domain:", (c, v) -> c.withDomain(v).withPractice(null)) : null;
		practice = withFilter ? combo("Practice:", (c, v) -> c.withPractice(v)) : null;
	}

	/** A row of controls that wraps onto the next line where the view is too narrow for it. */
	static RowLayout wrappingRow(int marginAboveAndBelow, int spacing) {
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginTop = rows.marginBottom = marginAboveAndBelow;
		rows.marginLeft = rows.marginRight = 4;
		rows.spacing = spacing;
		return rows;
	}

	Control control() {
		return bar;
	}

	private Combo combo(String label, BiFunction<ViewChoices, String, ViewChoices> change) {
		// label and list wrap together
		Composite pair = new Composite(bar, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
		new Label(pair, SWT.NONE).setText(label);
		Combo combo = new Combo(pair, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData());
		combo.addListener(SWT.Selection, e -> {
			if (!filling) {
				String text = combo.getText();
				String value = DEFAULT.equals(text) || ALL.equals(text) ? null : text;
				GapModelService service = GapModelService.get();
				service.choose(change.apply(service.choices(), value));
			}
		});
		return combo;
	}

	void show(GapViewState state) {
		GapPicture picture = state.picture();
		if (picture == null) {
			return;
		}
		ViewChoices chosen = GapModelService.get().choices();
		filling = true;
		try {
			fill(targetSet, DEFAULT, picture.targetSets(), chosen.targetSet());
			fill(assessment, DEFAULT, picture.assessments(), chosen.assessment());
			if (domain != null) {
				List<String> domains = picture.report().practices().stream().map(PracticeRef::domain).distinct().toList();
				fill(domain, ALL, domains, chosen.domain());
				List<String> practices = picture.report().practices().stream()
						.filter(p -> chosen.domain() == null || p.domain().equals(chosen.domain()))
						.map(PracticeRef::qualifiedName).toList();
				fill(practice, ALL, practices, chosen.practice());
			}
		} finally {
			filling = false;
		}
	}

	/**
	 * Shows {@code values} in {@code combo}. A combo whose list changed asks to be measured again
	 * with the bar around it (its size was measured with the old list, at first an empty one); only
	 * then: laying the bar out asks GTK for every combo's size, a stall on each keystroke's picture.
	 */
	private static void fill(Combo combo, String none, List<String> values, String chosen) {
		List<String> items = new ArrayList<>();
		items.add(none);
		items.addAll(values);
		boolean changed = !items.equals(List.of(combo.getItems()));
		if (changed) {
			combo.setItems(items.toArray(String[]::new));
			// no wider than a column of a narrow view: the longest practice names (Enablement.
			// ThirdPartyDependencies) made the practice list a row of its own; the open list shows them whole
			((GridData) combo.getLayoutData()).widthHint = Math.min(combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, MOST_COMBO_WIDTH);
			combo.requestLayout();
		}
		int index = chosen == null ? 0 : items.indexOf(chosen);
		if (!Objects.equals(combo.getSelectionIndex(), index)) {
			combo.select(Math.max(0, index));
		}
	}
}
