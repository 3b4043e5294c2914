package org.iotsmm.ui.views;

import java.util.Map;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.Diagrams;

/** Which targets and findings apply to each component: the reports' coverage heat map. */
public class CoverageView extends ChartView {

	public static final String ID = "org.iotsmm.ui.views.coverage";
	/** F1: the Coverage view's part of the user guide (contexts.xml). */
	public static final String HELP_CONTEXT = "org.iotsmm.ui.coverage_view";

	@Override
	protected String helpContext() {
		return HELP_CONTEXT;
	}

	@Override
	protected Map<String, java.awt.image.BufferedImage> figures(GapReport report) {
		return Map.of("Coverage: targets and findings per component and practice",
				Diagrams.coverageHeatMapImage(report, StatusLook.palette()));
	}
}
