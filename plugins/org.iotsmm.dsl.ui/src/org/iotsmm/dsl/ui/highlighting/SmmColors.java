package org.iotsmm.dsl.ui.highlighting;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The editor colours, kept in this bundle's preferences (page: Preferences > IoT SMM > Editor Colours). */
public final class SmmColors {

	public static final String BUNDLE = "org.iotsmm.dsl.ui";

	private static IPreferenceStore store;

	private SmmColors() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			ScopedPreferenceStore created = new ScopedPreferenceStore(InstanceScope.INSTANCE, BUNDLE);
			for (SmmStyle style : SmmStyle.values()) {
				for (boolean dark : new boolean[] { false, true }) {
					PreferenceConverter.setDefault(created, style.preferenceKey(dark), style.defaultColor(dark));
				}
			}
			store = created;
		}
		return store;
	}

	public static RGB rgb(SmmStyle style, boolean onDark) {
		return PreferenceConverter.getColor(store(), style.preferenceKey(onDark));
	}

	public static TextAttribute attribute(SmmStyle style, boolean onDark) {
		return new TextAttribute(new Color(rgb(style, onDark)), null, style.bold() ? SWT.BOLD : SWT.NORMAL);
	}

	/** True when the control's background is dark (the dark theme, or a dark editor background). */
	public static boolean isDark(Control control) {
		RGB background = control.getBackground().getRGB();
		return 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue < 128;
	}
}
