package org.iotsmm.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > IoT SMM. */
public class SmmPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SmmPreferencePage() {
		super(GRID);
		setPreferenceStore(SmmPreferences.store());
		setDescription("Settings of the gap views and of Generate Assessment Report.");
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(SmmPreferences.REPORT_FORMATS, "Report &formats (html, pdf, md, json, csv, xlsx, svg, png):",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					org.iotsmm.report.ReportWriter.Format.parse(getStringValue());
					return true;
				} catch (IllegalArgumentException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		});
		addField(new StringFieldEditor(SmmPreferences.REPORT_FOLDER, "Report f&older in the project:", getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(SmmPreferences.STATUS_COLOURS, "Status colours in tables, legends and the views' diagrams", 1,
				new String[][] { { "Colour-blind safe (Okabe-Ito, as in the reports)", SmmPreferences.COLOURS_SAFE },
						{ "Red, amber, green", SmmPreferences.COLOURS_CLASSIC } },
				getFieldEditorParent(), true));
		addField(new RadioGroupFieldEditor(SmmPreferences.ROLL_UP, "Roll-up shown in the Maturity view", 1,
				new String[][] { { "Per domain", "domain" }, { "Per subdomain", "subdomain" } }, getFieldEditorParent(), true));
	}
}
