package org.iotsmm.oscal;

import static org.iotsmm.oscal.Oscal.add;
import static org.iotsmm.oscal.Oscal.prop;
import static org.iotsmm.oscal.Oscal.put;

import java.util.LinkedHashSet;
import java.util.Set;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.RollUp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An assessment as OSCAL assessment-results: one result (the assessment against its target set)
 * with the roll-up summary as properties, the practices with a target as reviewed controls, one
 * finding per practice × element row that has a target (status satisfied when the target's
 * level and scope are reached) and one observation per finding of the model with its evidence.
 * The target set stands for the assessment plan, as a back-matter resource {@code import-ap}
 * points to.
 */
public final class AssessmentResultsExport {

	private AssessmentResultsExport() {
	}

	/** IllegalArgumentException when the report has no assessment (nothing to report results of). */
	public static JsonObject export(GapReport report) {
		if (report.assessment() == null) {
			throw new IllegalArgumentException("System " + report.system()
					+ " has no assessment yet: there are no assessment results to export.");
		}
		Findings findings = new Findings(report);
		JsonObject body = new JsonObject();
		body.addProperty("uuid", StableIds.of("assessment-results", report.system(), report.assessment(),
				Oscal.orElse(report.targetSet(), "")));
		body.add("metadata", Oscal.metadata("Assessment " + report.assessment() + " of " + report.system(),
				Oscal.timestamp(report.assessmentDate()), report.assessment(),
				"Written by the IoT SMM Workbench from the gap analysis of the model."));
		String plan = StableIds.of("assessment-plan", report.system(), Oscal.orElse(report.targetSet(), ""));
		JsonObject importAp = new JsonObject();
		importAp.addProperty("href", "#" + plan);
		body.add("import-ap", importAp);
		JsonObject result = new JsonObject();
		result.addProperty("uuid", StableIds.of("result", report.system(), report.assessment(),
				Oscal.orElse(report.targetSet(), "")));
		result.addProperty("title", "Assessment " + report.assessment() + " against target set "
				+ Oscal.orElse(report.targetSet(), "(none)"));
		RollUp overall = report.overall();
		result.addProperty("description", "SMM catalog " + report.catalog() + " " + report.catalogVersion() + ": "
				+ overall.practicesWithTarget() + " practices with a target, " + overall.practicesMet() + " met, "
				+ overall.practicesWithGap() + " with a gap, " + overall.practicesNotAssessed() + " not assessed.");
		result.addProperty("start", Oscal.timestamp(report.assessmentDate()));
		JsonArray props = new JsonArray();
		add(props, prop("practices-with-target", overall.practicesWithTarget()));
		add(props, prop("practices-met", overall.practicesMet()));
		add(props, prop("practices-with-gap", overall.practicesWithGap()));
		add(props, prop("practices-not-assessed", overall.practicesNotAssessed()));
		add(props, prop("total-level-gap", overall.totalLevelGap()));
		add(props, prop("largest-level-gap", overall.largestLevelGap()));
		add(props, prop("rows-not-assessed", overall.rowsNotAssessed()));
		add(props, prop("status", Findings.status(overall.status())));
		result.add("props", props);
		Set<String> reviewed = new LinkedHashSet<>();
		for (GapRow row : report.rows()) {
			if (row.hasTarget()) {
				reviewed.add(Findings.controlId(row.practice()));
			}
		}
		JsonObject selection = new JsonObject();
		if (reviewed.isEmpty()) {
			selection.add("include-all", new JsonObject());
		} else {
			JsonArray include = new JsonArray();
			for (String id : reviewed) {
				JsonObject control = new JsonObject();
				control.addProperty("control-id", id);
				include.add(control);
			}
			selection.add("include-controls", include);
		}
		JsonArray selections = new JsonArray();
		selections.add(selection);
		JsonObject reviewedControls = new JsonObject();
		reviewedControls.add("control-selections", selections);
		result.add("reviewed-controls", reviewedControls);
		put(result, "observations", array(findings.observations().values()));
		put(result, "findings", array(findings.findings().values()));
		JsonArray results = new JsonArray();
		results.add(result);
		body.add("results", results);
		JsonObject resource = new JsonObject();
		resource.addProperty("uuid", plan);
		resource.addProperty("title", "Target set " + Oscal.orElse(report.targetSet(), "(none)") + " of system "
				+ report.system());
		resource.addProperty("description", "The assessment plan is the model's target set: the level and scope each"
				+ " practice must reach on each element, in the .smm model of the system.");
		JsonArray resources = new JsonArray();
		resources.add(resource);
		JsonObject backMatter = new JsonObject();
		backMatter.add("resources", resources);
		body.add("back-matter", backMatter);
		return Oscal.wrap("assessment-results", body);
	}

	static JsonArray array(Iterable<JsonObject> objects) {
		JsonArray array = new JsonArray();
		objects.forEach(array::add);
		return array;
	}
}
