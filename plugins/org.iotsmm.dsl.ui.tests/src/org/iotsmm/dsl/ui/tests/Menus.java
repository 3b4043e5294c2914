package org.iotsmm.dsl.ui.tests;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.iotsmm.dsl.ui.editor.SmmOutlinePage;

/** Context menus as a user opens them: the outline's on a symbol, an item by its label. */
final class Menus {

	private Menus() {
	}

	/**
	 * Selects the outline's symbol (a child of the system) whose label starts with {@code symbol},
	 * as a click does, with the Outline view active; its context menu.
	 */
	static Menu outlineMenuOn(ContentOutline outline, String symbol) {
		Tree tree = (Tree) ((SmmOutlinePage) outline.getCurrentPage()).getControl();
		TreeItem item = Arrays.stream(tree.getItem(0).getItems()).filter(each -> each.getText().startsWith(symbol)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + symbol + " in the outline"));
		Workbench.page().activate(outline);
		tree.setSelection(item);
		Event select = new Event();
		select.item = item;
		tree.notifyListeners(SWT.Selection, select);
		return tree.getMenu();
	}

	/** Opens the menu (its items are made as it opens) and finds the item labelled {@code label}, mnemonic and key aside. */
	static MenuItem item(Menu menu, String label) {
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").replaceAll("\t.*", "").equals(label))
				.findFirst().orElseThrow(() -> new AssertionError("no " + label + " in "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}
}
