package org.iotsmm.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.iotsmm.ui.Activator;

/** The workbench's preference keys and their defaults. */
public class SmmPreferences extends AbstractPreferenceInitializer {

	/** Comma-separated formats the Generate Report dialog ticks first (the smm report --format names). */
	public static final String REPORT_FORMATS = "reportFormats";
	/** Project folder the reports are written into. */
	public static final String REPORT_FOLDER = "reportFolder";
	/** Status colours of the views (tables, legends, diagram, heat map): {@link #COLOURS_SAFE} (default, as in the reports) or {@link #COLOURS_CLASSIC}. */
	public static final String STATUS_COLOURS = "statusColours";
	public static final String COLOURS_SAFE = "colour-blind-safe";
	public static final String COLOURS_CLASSIC = "red-amber-green";
	/** Which roll-up the Maturity view lists: {@code domain} or {@code subdomain}. */
	public static final String ROLL_UP = "rollUp";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		store.setDefault(REPORT_FORMATS, "html,pdf,md,json,csv,xlsx,svg,png");
		store.setDefault(REPORT_FOLDER, "reports");
		store.setDefault(STATUS_COLOURS, COLOURS_SAFE);
		store.setDefault(ROLL_UP, "domain");
	}

	public static IPreferenceStore store() {
		return Activator.getDefault().getPreferenceStore();
	}
}
