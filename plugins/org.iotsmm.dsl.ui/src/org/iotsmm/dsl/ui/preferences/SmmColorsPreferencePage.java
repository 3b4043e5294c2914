package org.iotsmm.dsl.ui.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.iotsmm.dsl.ui.highlighting.SmmColors;
import org.iotsmm.dsl.ui.highlighting.SmmStyle;

/**
 * Preferences > IoT SMM > Editor Colours: one colour per kind of token, for light and for dark
 * editor backgrounds (the editor picks the set that matches its background).
 */
public class SmmColorsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SmmColorsPreferencePage() {
		super(GRID);
		setDescription("Colours of the .smm editor. Open editors follow changes at once.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SmmColors.store());
	}

	@Override
	protected void createFieldEditors() {
		for (boolean dark : new boolean[] { false, true }) {
			Label heading = new Label(getFieldEditorParent(), SWT.NONE);
			heading.setText(dark ? "On a dark background (dark theme)" : "On a light background");
			heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			for (SmmStyle style : SmmStyle.values()) {
				addField(new ColorFieldEditor(style.preferenceKey(dark), style.label(), getFieldEditorParent()));
			}
		}
	}
}
