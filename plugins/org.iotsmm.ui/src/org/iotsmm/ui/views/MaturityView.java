package org.iotsmm.ui.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
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

	@Override
	protected Map<String, byte[]> figures(GapReport report) {
		Map<String, byte[]> figures = new LinkedHashMap<>();
		figures.put("Maturity profile: target and achieved level per practice", Diagrams.maturityProfilePng(report));
		if (!report.progress().isEmpty()) {
			figures.put("Trend over the assessments", Diagrams.trendPng(report));
		}
		for (String domain : report.practices().stream().map(PracticeRef::domain).distinct().toList()) {
			figures.put("Domain " + domain, Diagrams.radarPng(report, domain));
		}
		return figures;
	}

	@Override
	protected void header(Composite parent, GapReport report) {
		String group = "subdomain".equals(SmmPreferences.store().getString(SmmPreferences.ROLL_UP)) ? RollUp.SUBDOMAIN : RollUp.DOMAIN;
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { group.equals(RollUp.DOMAIN) ? "Domain" : "Subdomain", "Status", "With target", "Met",
				"Gap", "Not assessed", "Total level gap" }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(title);
			c.setWidth(title.length() < 6 ? 70 : 110);
		}
		for (RollUp r : report.rollUps()) {
			if (r.group().equals(group) && r.element() == null) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { r.name(), StatusLook.text(r.status(), r.largestLevelGap()),
						Integer.toString(r.practicesWithTarget()), Integer.toString(r.practicesMet()),
						Integer.toString(r.practicesWithGap()), Integer.toString(r.practicesNotAssessed()),
						Integer.toString(r.totalLevelGap()) });
			}
		}
		GridDataFactory.fillDefaults().applyTo(table);
	}
}
