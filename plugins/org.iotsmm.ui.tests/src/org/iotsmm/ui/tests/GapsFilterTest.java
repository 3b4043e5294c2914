package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.iotsmm.ui.SecurityMaturityPerspective;
import org.iotsmm.ui.views.ArchitectureView;
import org.iotsmm.ui.views.GapsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Gaps table's filters as a user works them: the status choice and the words typed into the
 * filter field narrow the rows (the view keeps the chosen filters instead of asking its widgets
 * once per row).
 */
class GapsFilterTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void statusAndWordsNarrowTheGapRows() throws Exception {
		GapsView gaps = bottlingLineInTheGapsView("gaps-filter").gaps();
		Table table = gaps.gapTable().getTable();
		int withTarget = table.getItemCount();

		Combo status = find(gaps.control(), Combo.class, c -> c.getItemCount() > 1 && c.getItem(1).equals("gap"));
		status.select(1); // gap
		status.notifyListeners(SWT.Selection, null);
		Workbench.waitUntil("the rows with a gap", gaps::rowsCurrent);
		int gapRows = table.getItemCount();
		assertTrue(gapRows > 0 && gapRows < withTarget, gapRows + " of " + withTarget);
		for (int i = 0; i < gapRows; i++) {
			assertTrue(table.getItem(i).getText(0).contains("gap"), table.getItem(i).getText(0));
		}

		Text words = find(gaps.control(), Text.class, t -> (t.getStyle() & SWT.SEARCH) != 0);
		String practice = table.getItem(0).getText(2);
		words.setText(practice.toUpperCase(java.util.Locale.ROOT)); // any case, as typed
		Workbench.waitUntil("the rows of " + practice, gaps::rowsCurrent);
		List<String> practices = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			practices.add(table.getItem(i).getText(2));
		}
		assertTrue(!practices.isEmpty() && practices.size() <= gapRows, practices.toString());
		assertTrue(practices.stream().allMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains(practice.toLowerCase(java.util.Locale.ROOT))),
				practices.toString());

		words.setText("");
		status.select(0);
		status.notifyListeners(SWT.Selection, null);
		Workbench.waitUntil("every row with a target", gaps::rowsCurrent);
		assertEquals(withTarget, table.getItemCount());
	}

	/**
	 * A click on a column's title sorts by it, a second click reverses; a selected row stays
	 * selected when an edit above it brings a new picture in which every row's source line moved
	 * (the rows are sorted, filtered and found again in the background).
	 */
	@Test
	void aColumnSortsAndTheSelectionOutlivesANewPicture() throws Exception {
		Opened opened = bottlingLineInTheGapsView("gaps-sort");
		ArchitectureView architecture = opened.architecture();
		org.eclipse.ui.texteditor.ITextEditor editor = opened.editor();
		GapsView gaps = opened.gaps();
		Table table = gaps.gapTable().getTable();

		org.eclipse.swt.widgets.TableColumn gap = java.util.Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("Gap"))
				.findFirst().orElseThrow();
		int gapColumn = table.indexOf(gap);
		gap.notifyListeners(SWT.Selection, null);
		Workbench.waitUntil("sorted by gap", gaps::rowsCurrent);
		List<Integer> ascending = column(table, gapColumn);
		assertEquals(ascending.stream().sorted().toList(), ascending, "smallest gap first after one click");
		assertTrue(ascending.get(0) < ascending.get(ascending.size() - 1), "the example has gaps of different sizes: " + ascending);
		gap.notifyListeners(SWT.Selection, null);
		Workbench.waitUntil("sorted by gap, reversed", gaps::rowsCurrent);
		List<Integer> descending = column(table, gapColumn);
		assertEquals(descending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending, "largest gap first after two");
		assertEquals(SWT.DOWN, table.getSortDirection());

		int chosen = table.getItemCount() / 2;
		String practice = table.getItem(chosen).getText(2);
		String element = table.getItem(chosen).getText(3);
		table.setSelection(chosen);
		var before = architecture.picture();
		org.eclipse.jface.text.IDocument document = Workbench.document(editor);
		document.replace(0, 0, "// a line typed at the top: every target and finding moves one line down\n");
		Workbench.waitUntil("a new picture", () -> architecture.picture() != before);
		Workbench.waitUntil("the rows of the new picture", gaps::rowsCurrent);
		assertEquals(1, table.getSelectionCount(), "one row selected");
		int selected = table.getSelectionIndex();
		assertEquals(practice + " on " + element, table.getItem(selected).getText(2) + " on " + table.getItem(selected).getText(3));
		editor.doRevertToSaved();
		Workbench.page().hideView(gaps); // the next test's view starts in the default order, worst first
	}

	private record Opened(ArchitectureView architecture, org.eclipse.ui.texteditor.ITextEditor editor, GapsView gaps) {
	}

	/** The bottling line in a project of its own, open in the perspective, its gap rows in the Gaps view. */
	private static Opened bottlingLineInTheGapsView(String projectName) throws Exception {
		Workbench.shell().setBounds(0, 0, 1280, 800);
		PlatformUI.getWorkbench().showPerspective(SecurityMaturityPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Workbench.page().resetPerspective();
		ArchitectureView architecture = (ArchitectureView) Workbench.page().showView(ArchitectureView.ID);
		IProject project = Workbench.project(projectName, "examples/bottling-line/bottling-line.smm");
		IFile file = project.getFile("bottling-line.smm");
		org.eclipse.ui.texteditor.ITextEditor editor = Workbench.open(file);
		Workbench.waitUntil("the picture", () -> architecture.picture() != null && architecture.picture().file().equals(file));
		GapsView gaps = (GapsView) Workbench.page().showView(GapsView.ID);
		Workbench.waitUntil("the gap rows", () -> gaps.rowsCurrent() && gaps.gapTable().getTable().getItemCount() > 0);
		return new Opened(architecture, editor, gaps);
	}

	private static List<Integer> column(Table table, int column) {
		List<Integer> values = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			values.add(Integer.parseInt(table.getItem(i).getText(column)));
		}
		return values;
	}

	private static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<T> wanted) {
		if (type.isInstance(control) && wanted.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
