package org.iotsmm.oscal;

import static org.iotsmm.oscal.Oscal.add;
import static org.iotsmm.oscal.Oscal.prop;
import static org.iotsmm.oscal.Oscal.put;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iotsmm.analysis.Achieved;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.analysis.Status;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The OSCAL findings (one per practice × element row that has a target) and observations (one per
 * finding of the model, with its evidence) of a gap report, shared by assessment-results and the
 * POA&amp;M. UUIDs are named by system, assessment, practice and element, never by position.
 */
final class Findings {

	private final GapReport report;
	private final String assessment;
	private final LocalDate date;
	private final Map<String, JsonObject> findings = new LinkedHashMap<>();
	private final Map<String, String> findingUuidByRow = new LinkedHashMap<>();
	private final Map<Finding, JsonObject> observations = new IdentityHashMap<>();
	private final Map<String, JsonObject> observationsByUuid = new LinkedHashMap<>();

	Findings(GapReport report) {
		this.report = report;
		this.assessment = Oscal.orElse(report.assessment(), "(none)");
		this.date = report.assessmentDate();
		for (GapRow row : report.rows()) {
			if (row.hasTarget()) {
				JsonObject finding = finding(row);
				findings.put(finding.get("uuid").getAsString(), finding);
				findingUuidByRow.put(key(row.practice(), row.element().path()), finding.get("uuid").getAsString());
			}
		}
	}

	static String controlId(PracticeRef practice) {
		return Oscal.token(practice.code() != null ? practice.code() : practice.name());
	}

	static String key(PracticeRef practice, String elementPath) {
		return practice.qualifiedName() + "@" + elementPath;
	}

	Map<String, JsonObject> findings() {
		return findings;
	}

	Map<String, JsonObject> observations() {
		return observationsByUuid;
	}

	/** The finding of a row, or null when the row has no target. */
	String findingUuid(PracticeRef practice, String elementPath) {
		return findingUuidByRow.get(key(practice, elementPath));
	}

	private JsonObject finding(GapRow row) {
		String element = row.element().isSystem() ? "" : row.element().path();
		JsonObject finding = new JsonObject();
		finding.addProperty("uuid", StableIds.of("finding", report.system(), assessment, row.practice().qualifiedName(),
				element));
		String where = row.element().isSystem() ? "the system" : row.element().path();
		finding.addProperty("title", row.practice().title() + " on " + where);
		finding.addProperty("description", describe(row));
		JsonArray props = new JsonArray();
		add(props, prop("element", row.element().isSystem() ? "(system " + row.element().name() + ")" : element));
		add(props, prop("target-level", row.target().level()));
		add(props, prop("target-scope", row.target().scope().getLiteral()));
		if (row.target().priority() != null && row.target().priority().getValue() > 0) {
			add(props, prop("priority", row.target().priority().getLiteral()));
		}
		if (row.isAssessed()) {
			add(props, prop("achieved-level", row.achieved().level()));
			add(props, prop("achieved-scope", row.achieved().scope().getLiteral()));
		}
		add(props, prop("status", status(row.status())));
		add(props, prop("level-gap", row.levelGap()));
		finding.add("props", props);
		JsonObject target = new JsonObject();
		target.addProperty("type", "statement-id");
		target.addProperty("target-id", controlId(row.practice()) + "_smt");
		JsonObject state = new JsonObject();
		state.addProperty("state", row.status().meetsTarget() ? "satisfied" : "not-satisfied");
		if (row.status() == Status.NOT_ASSESSED) {
			state.addProperty("reason", "other");
			state.addProperty("remarks", "Not assessed: no finding of the assessment applies to this practice here.");
		}
		target.add("status", state);
		finding.add("target", target);
		if (row.isAssessed()) {
			JsonObject observation = observation(row.achieved());
			JsonArray related = new JsonArray();
			JsonObject ref = new JsonObject();
			ref.addProperty("observation-uuid", observation.get("uuid").getAsString());
			related.add(ref);
			finding.add("related-observations", related);
		}
		return finding;
	}

	private static String describe(GapRow row) {
		String target = "Target level " + row.target().level() + " (" + row.target().scope().getLiteral() + ")";
		if (!row.isAssessed()) {
			return target + "; not assessed.";
		}
		String achieved = "achieved level " + row.achieved().level() + " (" + row.achieved().scope().getLiteral() + ")";
		return switch (row.status()) {
		case GAP -> target + ", " + achieved + ": a gap of " + row.levelGap() + " level(s)"
				+ (row.scopeGap() > 0 ? " and " + row.scopeGap() + " scope step(s)" : "") + ".";
		case EXCEEDS -> target + ", " + achieved + ": exceeds the target.";
		default -> target + ", " + achieved + ": met.";
		};
	}

	static String status(Status status) {
		return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private JsonObject observation(Achieved achieved) {
		JsonObject existing = observations.get(achieved.finding());
		if (existing != null) {
			return existing;
		}
		Finding finding = achieved.finding();
		JsonObject observation = new JsonObject();
		String practice = finding.getPractice() == null ? "?" : finding.getPractice().getName();
		observation.addProperty("uuid", StableIds.of("observation", report.system(), assessment, practice, achieved.on()));
		observation.addProperty("title", practice + (achieved.on().isEmpty() ? " (system-wide)" : " on " + achieved.on()));
		observation.addProperty("description", Oscal.orElse(finding.getNote(), "Level " + achieved.level() + " ("
				+ achieved.scope().getLiteral() + ") found by assessment " + achieved.assessment() + "."));
		JsonArray props = new JsonArray();
		add(props, prop("level", achieved.level()));
		add(props, prop("scope", achieved.scope().getLiteral()));
		observation.add("props", props);
		JsonArray methods = new JsonArray();
		methods.add(finding.getEvidence().isEmpty() ? "INTERVIEW" : "EXAMINE");
		observation.add("methods", methods);
		JsonArray evidence = new JsonArray();
		for (Evidence item : finding.getEvidence()) {
			JsonObject relevant = new JsonObject();
			JsonArray evidenceProps = new JsonArray();
			add(evidenceProps, prop("reference", item.getReference()));
			add(evidenceProps, prop("dated", item.getDate()));
			put(relevant, "props", evidenceProps);
			relevant.addProperty("description", Oscal.orElse(item.getDescription(), "(no description)"));
			evidence.add(relevant);
		}
		put(observation, "relevant-evidence", evidence);
		observation.addProperty("collected", Oscal.timestamp(date));
		observations.put(finding, observation);
		observationsByUuid.put(observation.get("uuid").getAsString(), observation);
		return observation;
	}
}
