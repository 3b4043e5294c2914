package org.iotsmm.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.RollUp;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.ui.preferences.SmmPreferences;

/** Target against achieved per practice (maturity profile), per domain (roll-ups and radars), and the trend. */
public class MaturityView extends ChartView {

	public static final String ID = "org.iotsmm.ui.views.maturity";
	/** F1: the Maturity view's part of the user guide (contexts.xml). */
	public static final String HELP_CONTEXT = "org.iotsmm.ui.maturity_view";

	@Override
	protected String helpContext() {
		return HELP_CONTEXT;
	}

	@Override
	protected Map<String, java.awt.image.BufferedImage> figures(GapReport report) {
		Map<String, java.awt.image.BufferedImage> figures = new LinkedHashMap<>();
		figures.put("Maturity profile: target and achieved level per practice", Diagrams.maturityProfileImage(report));
		if (!report.progress().isEmpty()) {
			figures.put("Trend over the assessments", Diagrams.trendImage(report));
		}
		for (String domain : report.practices().stream().map(PracticeRef::domain).distinct().toList()) {
			figures.put("Domain " + domain, Diagrams.radarImage(report, domain));
		}
		return figures;
	}

	@Override
	protected Control createHeader(Composite parent) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : COLUMNS) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(title);
			c.setWidth(title.length() < 6 ? 70 : 110);
		}
		// a summary, nothing to select: GTK selects the first row of a table that gets the focus,
		// which showed a row selected that nobody chose
		table.addListener(SWT.Selection, e -> table.deselectAll());
		GridDataFactory.fillDefaults().applyTo(table);
		return table;
	}

	/** The roll-up rows, written into the existing items: only the cells whose text changed are set. */
	@Override
	protected boolean updateHeader(Control control, GapReport report) {
		Table table = (Table) control;
		String group = "subdomain".equals(SmmPreferences.store().getString(SmmPreferences.ROLL_UP)) ? RollUp.SUBDOMAIN : RollUp.DOMAIN;
		String groupTitle = group.equals(RollUp.DOMAIN) ? "Domain" : "Subdomain";
		if (!table.getColumn(0).getText().equals(groupTitle)) {
			table.getColumn(0).setText(groupTitle);
		}
		List<String[]> rows = new ArrayList<>();
		for (RollUp r : report.rollUps()) {
			if (r.group().equals(group) && r.element() == null) {
				rows.add(new String[] { r.name(), StatusLook.text(r.status(), r.largestLevelGap()),
						Integer.toString(r.practicesWithTarget()), Integer.toString(r.practicesMet()),
						Integer.toString(r.practicesWithGap()), Integer.toString(r.practicesNotAssessed()),
						Integer.toString(r.totalLevelGap()) });
			}
		}
		boolean resized = table.getItemCount() != rows.size();
		if (resized) {
			table.setItemCount(rows.size());
		}
		for (int i = 0; i < rows.size(); i++) {
			TableItem item = table.getItem(i);
			for (int column = 0; column < COLUMNS.length; column++) {
				if (!rows.get(i)[column].equals(item.getText(column))) {
					item.setText(column, rows.get(i)[column]);
				}
			}
		}
		return resized;
	}

	/** The roll-up table above the charts (empty before the first picture). */
	public Table rollUpTable() {
		return (Table) header();
	}

	private static final String[] COLUMNS = { "Domain", "Status", "With target", "Met", "Gap", "Not assessed", "Total level gap" };
}
