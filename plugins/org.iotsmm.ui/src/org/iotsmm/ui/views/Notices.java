package org.iotsmm.ui.views;

import java.util.Objects;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

/** The one-line notice above a view ("syntax errors: showing the last good analysis"). */
final class Notices {

	private Notices() {
	}

	/** Shows or hides the notice; lays the view out again only when that changed. */
	static void show(Label notice, String text) {
		String shown = text == null ? "" : text;
		if (Objects.equals(notice.getText(), shown) && notice.getVisible() == (text != null)) {
			return;
		}
		notice.setText(shown);
		notice.setVisible(text != null);
		((GridData) notice.getLayoutData()).exclude = text == null;
		notice.getParent().layout(new org.eclipse.swt.widgets.Control[] { notice });
	}
}
