package org.iotsmm.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;
import org.iotsmm.dsl.ui.BackgroundThreads;

/**
 * The rows of a virtual table in the order and through the filter the user chose. Sorting and
 * filtering run in a background job; the UI thread only installs the result: the new row count,
 * the items on screen cleared, the selection found again. The table then asks for the rows it
 * shows one by one. JFace's own sorting and filtering ran on the UI thread for each new picture:
 * 6-35 ms at 37,008 gap rows (2,000 components) on every update while typing.
 */
final class TableRows<T> implements ILazyContentProvider {

	private final TableViewer viewer;
	private final String name;
	private final Function<T, Object> identity;
	// the user's choices and the newest rows: UI thread only
	private List<T> all = List.of();
	private Predicate<T> filter = row -> true;
	private Comparator<T> order;
	private long asked;
	private long installed;
	private Job running;
	// what the table shows; read by updateElement, which the table calls on the UI thread
	private Object[] shown = new Object[0];

	/**
	 * @param identity what makes a row the same row in the next picture, to keep it selected (the
	 *                 rows are records that also hold their source lines, which move as one types)
	 */
	TableRows(TableViewer viewer, String name, Function<T, Object> identity, Comparator<T> initialOrder) {
		this.viewer = viewer;
		this.name = name;
		this.identity = identity;
		this.order = initialOrder;
	}

	void rows(List<T> rows) {
		all = rows;
		recompute();
	}

	void filter(Predicate<T> wanted) {
		filter = wanted;
		recompute();
	}

	void order(Comparator<T> chosen) {
		order = chosen;
		recompute();
	}

	/** The table shows the rows of the last {@link #rows}, {@link #filter} and {@link #order}. */
	boolean isCurrent() {
		return installed == asked;
	}

	@SuppressWarnings("unchecked")
	private void recompute() {
		long generation = ++asked;
		List<T> rows = all;
		Predicate<T> wanted = filter;
		Comparator<T> chosen = order;
		Set<Object> selected = new HashSet<>();
		if (viewer.getTable().getSelectionCount() > 0) {
			for (Object row : viewer.getStructuredSelection().toList()) {
				selected.add(identity.apply((T) row));
			}
		}
		Display display = viewer.getControl().getDisplay();
		if (running != null) {
			running.cancel(); // a newer choice: its result would be dropped anyway
		}
		running = Job.create("Sorting and filtering the " + name, monitor -> {
			Arranged arranged = BackgroundThreads.belowUi(() -> arrange(rows, wanted, chosen, identity, selected));
			if (!monitor.isCanceled() && !display.isDisposed()) {
				display.asyncExec(() -> install(generation, arranged));
			}
			return Status.OK_STATUS;
		});
		running.setSystem(true);
		running.setPriority(Job.SHORT);
		running.schedule();
	}

	private record Arranged(Object[] rows, int[] selection) {
	}

	private static <T> Arranged arrange(List<T> rows, Predicate<T> wanted, Comparator<T> order, Function<T, Object> identity,
			Set<Object> selected) {
		List<T> kept = new ArrayList<>(rows.size());
		for (T row : rows) {
			if (wanted.test(row)) {
				kept.add(row);
			}
		}
		if (order != null) {
			kept.sort(order);
		}
		Object[] array = kept.toArray();
		int[] selection = new int[selected.size()];
		int found = 0;
		for (int i = 0; i < array.length && found < selection.length; i++) {
			@SuppressWarnings("unchecked")
			T row = (T) array[i];
			if (selected.contains(identity.apply(row))) {
				selection[found++] = i;
			}
		}
		return new Arranged(array, java.util.Arrays.copyOf(selection, found));
	}

	private void install(long generation, Arranged arranged) {
		if (viewer.getControl().isDisposed() || generation != asked) {
			return; // a newer choice is being arranged
		}
		installed = generation;
		shown = arranged.rows();
		viewer.setItemCount(shown.length);
		viewer.refresh(); // clears the items made so far; the table asks for those on screen again
		// the table keeps selected indices, not rows: the row now at a selected index may be another
		if (arranged.selection().length > 0) {
			viewer.getTable().setSelection(arranged.selection());
		} else if (viewer.getTable().getSelectionCount() > 0) {
			viewer.getTable().deselectAll();
		}
	}

	@Override
	public void updateElement(int index) {
		Object[] rows = shown;
		if (index < rows.length) {
			viewer.replace(rows[index], index);
		}
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		// the rows come through rows(...), not as the viewer's input
	}
}
