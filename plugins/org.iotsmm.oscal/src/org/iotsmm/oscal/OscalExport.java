package org.iotsmm.oscal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.StandardMapping;

/**
 * The OSCAL files of one report: {@value #CATALOG}, and, when the system has an assessment,
 * {@value #ASSESSMENT_RESULTS} and {@value #POAM}. Every timestamp comes from the model (the
 * assessment date; the catalog without an assessment carries {@link #NO_ASSESSMENT_DATE}), never
 * from the clock, so an unchanged model exports to identical bytes.
 */
public final class OscalExport {

	public static final String CATALOG = "oscal-catalog.json";
	public static final String ASSESSMENT_RESULTS = "oscal-assessment-results.json";
	public static final String POAM = "oscal-poam.json";
	/** The publication month of SMM 1.2, for a catalog exported before any assessment. */
	public static final LocalDate NO_ASSESSMENT_DATE = LocalDate.of(2020, 8, 1);

	private OscalExport() {
	}

	/** File name to JSON text, in the order above. */
	public static Map<String, String> documents(GapReport report, Catalog catalog, Profile profile,
			List<StandardMapping> mappings) {
		Map<String, String> documents = new LinkedHashMap<>();
		LocalDate asOf = report.assessmentDate() != null ? report.assessmentDate() : NO_ASSESSMENT_DATE;
		documents.put(CATALOG, Oscal.toJson(CatalogExport.export(catalog, profile, mappings, asOf)));
		if (report.assessment() != null) {
			documents.put(ASSESSMENT_RESULTS, Oscal.toJson(AssessmentResultsExport.export(report)));
			documents.put(POAM, Oscal.toJson(PoamExport.export(report)));
		}
		return documents;
	}
}
