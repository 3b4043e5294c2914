package org.iotsmm.oscal;

import static org.iotsmm.oscal.Oscal.add;
import static org.iotsmm.oscal.Oscal.prop;
import static org.iotsmm.oscal.Oscal.put;

import java.util.LinkedHashMap;
import java.util.Map;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.Planned;
import org.iotsmm.analysis.RoadmapStep;
import org.iotsmm.smm.StepStatus;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The roadmap as an OSCAL plan-of-action-and-milestones: one POA&amp;M item per roadmap step, linked
 * to the finding of its practice × element row and to a risk that carries the remediation; the
 * improvement plan's step (owner, due date, status) becomes the remediation's lifecycle and a
 * milestone task due on that date. The findings and observations the items link to are included,
 * with the same UUIDs as in the assessment results.
 */
public final class PoamExport {

	private PoamExport() {
	}

	public static JsonObject export(GapReport report) {
		if (report.assessment() == null) {
			throw new IllegalArgumentException("System " + report.system()
					+ " has no assessment yet: there is no roadmap to export as a POA&M.");
		}
		Findings findings = new Findings(report);
		JsonObject body = new JsonObject();
		body.addProperty("uuid", StableIds.of("poam", report.system(), report.assessment(),
				Oscal.orElse(report.targetSet(), "")));
		JsonObject metadata = Oscal.metadata("Roadmap of " + report.system() + " after assessment " + report.assessment(),
				Oscal.timestamp(report.assessmentDate()), report.assessment(),
				"Written by the IoT SMM Workbench from the roadmap of the gap analysis and the model's improvement plans.");
		Map<String, String> owners = new LinkedHashMap<>();
		for (RoadmapStep step : report.roadmap()) {
			if (step.planned() != null && step.planned().owner() != null) {
				owners.putIfAbsent(step.planned().owner(), StableIds.of("party", report.system(), step.planned().owner()));
			}
		}
		if (!owners.isEmpty()) {
			JsonArray roles = new JsonArray();
			JsonObject role = new JsonObject();
			role.addProperty("id", "step-owner");
			role.addProperty("title", "Owner of an improvement step");
			roles.add(role);
			metadata.add("roles", roles);
			JsonArray parties = new JsonArray();
			owners.forEach((name, uuid) -> {
				JsonObject party = new JsonObject();
				party.addProperty("uuid", uuid);
				party.addProperty("type", "person");
				party.addProperty("name", name);
				parties.add(party);
			});
			metadata.add("parties", parties);
		}
		body.add("metadata", metadata);
		Map<String, JsonObject> linkedFindings = new LinkedHashMap<>();
		JsonArray risks = new JsonArray();
		JsonArray items = new JsonArray();
		for (RoadmapStep step : report.roadmap()) {
			String name = step.practice().qualifiedName() + "@" + step.element().path() + "@" + step.level()
					+ (step.scopeOnly() ? "-scope" : "");
			String where = step.element().isSystem() ? "the system" : step.element().path();
			String title = step.practice().title() + " on " + where + ": reach level " + step.level()
					+ (step.level() == step.targetLevel() ? " (" + step.scope().getLiteral() + ")" : "");
			String riskUuid = StableIds.of("risk", report.system(), report.assessment(), name);
			risks.add(risk(report, step, name, title, riskUuid, owners));
			JsonObject item = new JsonObject();
			item.addProperty("uuid", StableIds.of("poam-item", report.system(), report.assessment(), name));
			item.addProperty("title", title);
			item.addProperty("description", Oscal.orElse(step.guidance(), title) + (step.covers().isEmpty() ? ""
					: " Closes the same gap on: " + String.join(", ", step.covers()) + "."));
			JsonArray props = new JsonArray();
			// no rank: the items' order is the rank, and a prop would change every later item when one gap closes
			add(props, prop("practice", step.practice().qualifiedName()));
			add(props, prop("element", step.element().isSystem() ? "(system " + step.element().name() + ")" : step.element().path()));
			add(props, prop("from-level", step.achievedLevel()));
			add(props, prop("to-level", step.level()));
			add(props, prop("target-level", step.targetLevel()));
			if (step.priority() != null && step.priority().getValue() > 0) {
				add(props, prop("priority", step.priority().getLiteral()));
			}
			add(props, prop("step-status", step.planned() == null ? "unplanned" : statusOf(step.planned())));
			item.add("props", props);
			String findingUuid = findings.findingUuid(step.practice(), step.element().isSystem() ? "" : step.element().path());
			if (findingUuid != null) {
				linkedFindings.put(findingUuid, findings.findings().get(findingUuid));
				JsonArray related = new JsonArray();
				JsonObject ref = new JsonObject();
				ref.addProperty("finding-uuid", findingUuid);
				related.add(ref);
				item.add("related-findings", related);
			}
			JsonArray relatedRisks = new JsonArray();
			JsonObject riskRef = new JsonObject();
			riskRef.addProperty("risk-uuid", riskUuid);
			relatedRisks.add(riskRef);
			item.add("related-risks", relatedRisks);
			items.add(item);
		}
		Map<String, JsonObject> linkedObservations = new LinkedHashMap<>();
		for (JsonObject finding : linkedFindings.values()) {
			if (finding.has("related-observations")) {
				for (var ref : finding.getAsJsonArray("related-observations")) {
					String uuid = ref.getAsJsonObject().get("observation-uuid").getAsString();
					linkedObservations.put(uuid, findings.observations().get(uuid));
				}
			}
		}
		put(body, "observations", AssessmentResultsExport.array(linkedObservations.values()));
		put(body, "risks", risks);
		put(body, "findings", AssessmentResultsExport.array(linkedFindings.values()));
		if (items.isEmpty()) {
			// poam-items needs one entry; an empty roadmap is stated as such
			JsonObject none = new JsonObject();
			none.addProperty("uuid", StableIds.of("poam-item", report.system(), report.assessment(), "(none)"));
			none.addProperty("title", "No open gaps");
			none.addProperty("description", "Every practice with a target meets it: the roadmap is empty.");
			items.add(none);
		}
		body.add("poam-items", items);
		return Oscal.wrap("plan-of-action-and-milestones", body);
	}

	private static JsonObject risk(GapReport report, RoadmapStep step, String name, String title, String uuid,
			Map<String, String> owners) {
		JsonObject risk = new JsonObject();
		risk.addProperty("uuid", uuid);
		risk.addProperty("title", title);
		risk.addProperty("description", "Practice " + step.practice().qualifiedName() + " is at level "
				+ step.achievedLevel() + " where the target is level " + step.targetLevel() + ".");
		risk.addProperty("statement", "Until the practice reaches its target, the security capability it stands for is"
				+ " weaker than the system's owners decided it must be.");
		Planned planned = step.planned();
		risk.addProperty("status", planned == null ? "open" : switch (planned.status()) {
		case STARTED -> "remediating";
		case DONE -> "closed";
		default -> "open";
		});
		JsonObject remediation = new JsonObject();
		remediation.addProperty("uuid", StableIds.of("remediation", report.system(), report.assessment(), name));
		remediation.addProperty("lifecycle", planned == null ? "recommendation"
				: planned.status() == StepStatus.DONE ? "completed" : "planned");
		remediation.addProperty("title", "Reach level " + step.level());
		StringBuilder description = new StringBuilder(Oscal.orElse(step.guidance(), "Reach level " + step.level() + "."));
		if (!step.actions().isEmpty()) {
			description.append(" Actions: ").append(String.join(" ", step.actions()));
		}
		if (planned != null && planned.note() != null) {
			description.append(" Plan note: ").append(planned.note().strip());
		}
		remediation.addProperty("description", description.toString());
		if (planned != null) {
			JsonObject task = new JsonObject();
			task.addProperty("uuid", StableIds.of("milestone", report.system(), report.assessment(), name));
			task.addProperty("type", "milestone");
			task.addProperty("title", "Level " + planned.toLevel() + " reached (plan " + planned.plan() + ")");
			JsonArray taskProps = new JsonArray();
			add(taskProps, prop("step-status", statusOf(planned)));
			put(task, "props", taskProps);
			if (planned.due() != null) {
				JsonObject onDate = new JsonObject();
				onDate.addProperty("date", Oscal.timestamp(planned.due()));
				JsonObject timing = new JsonObject();
				timing.add("on-date", onDate);
				task.add("timing", timing);
			}
			if (planned.owner() != null) {
				JsonObject responsible = new JsonObject();
				responsible.addProperty("role-id", "step-owner");
				JsonArray parties = new JsonArray();
				parties.add(owners.get(planned.owner()));
				responsible.add("party-uuids", parties);
				JsonArray roles = new JsonArray();
				roles.add(responsible);
				task.add("responsible-roles", roles);
			}
			JsonArray tasks = new JsonArray();
			tasks.add(task);
			remediation.add("tasks", tasks);
		}
		JsonArray remediations = new JsonArray();
		remediations.add(remediation);
		risk.add("remediations", remediations);
		return risk;
	}

	private static String statusOf(Planned planned) {
		return planned.status() == null ? "planned" : planned.status().getLiteral();
	}
}
