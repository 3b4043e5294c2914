package org.iotsmm.ui.commands;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotsmm.report.ReportWriter.Format;
import org.iotsmm.ui.preferences.SmmPreferences;

/** Target set, assessment, formats and folder of Generate Assessment Report. */
final class ReportDialog extends TitleAreaDialog {

	private static final String DEFAULT = "(default)";
	private final List<String> targetSets;
	private final List<String> assessments;
	private final Map<Format, Button> formatButtons = new LinkedHashMap<>();
	private Combo targetCombo;
	private Combo assessmentCombo;
	private Text folderText;
	String targetSet;
	String assessment;
	Set<Format> formats = EnumSet.noneOf(Format.class);
	String folder;

	ReportDialog(Shell shell, List<String> targetSets, List<String> assessments) {
		super(shell);
		this.targetSets = targetSets;
		this.assessments = assessments;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Generate Assessment Report");
		setMessage("The same files as smm report: HTML, PDF, Markdown, JSON, CSV, XLSX and the figures.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText("Target set:");
		targetCombo = combo(c, targetSets);
		new Label(c, SWT.NONE).setText("Assessment:");
		assessmentCombo = combo(c, assessments);
		new Label(c, SWT.NONE).setText("Formats:");
		Composite boxes = new Composite(c, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(boxes);
		Set<Format> preferred;
		try {
			preferred = Format.parse(SmmPreferences.store().getString(SmmPreferences.REPORT_FORMATS));
		} catch (IllegalArgumentException e) {
			preferred = EnumSet.allOf(Format.class);
		}
		for (Format f : Format.values()) {
			Button b = new Button(boxes, SWT.CHECK);
			b.setText(f.name().toLowerCase(java.util.Locale.ROOT));
			b.setSelection(preferred.contains(f));
			formatButtons.put(f, b);
		}
		new Label(c, SWT.NONE).setText("Project folder:");
		folderText = new Text(c, SWT.BORDER);
		folderText.setText(SmmPreferences.store().getString(SmmPreferences.REPORT_FOLDER));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		return area;
	}

	private static Combo combo(Composite parent, List<String> values) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		List<String> items = new ArrayList<>();
		items.add(DEFAULT);
		items.addAll(values);
		combo.setItems(items.toArray(String[]::new));
		combo.select(0);
		return combo;
	}

	@Override
	protected void okPressed() {
		targetSet = DEFAULT.equals(targetCombo.getText()) ? null : targetCombo.getText();
		assessment = DEFAULT.equals(assessmentCombo.getText()) ? null : assessmentCombo.getText();
		formatButtons.forEach((f, b) -> {
			if (b.getSelection()) {
				formats.add(f);
			}
		});
		folder = folderText.getText().trim();
		if (formats.isEmpty() || folder.isEmpty()) {
			setErrorMessage(formats.isEmpty() ? "Choose at least one format." : "Name a project folder.");
			formats.clear();
			return;
		}
		super.okPressed();
	}
}
