package org.iotsmm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;

/** {@code smm catalog --standard NAME}: the standard's requirements and the practices mapped to each. */
final class MappingTable {

	private MappingTable() {
	}

	static void print(PrintWriter out, Standards standards, String name) {
		Standard standard = standards.standard(name);
		Map<String, List<String>> byRequirement = new LinkedHashMap<>();
		List<String> sources = new ArrayList<>();
		for (StandardMapping mapping : standards.mappings()) {
			Standard mapped = mapping.getStandard();
			if (mapped == null || mapped.eIsProxy() || !mapped.getName().equals(standard.getName())
					|| !mapped.getVersion().equals(standard.getVersion())) {
				continue;
			}
			sources.add(mapping.getName() + " " + mapping.getVersion() + (mapping.getTitle() == null ? "" : " (" + mapping.getTitle() + ")"));
			for (PracticeMapping entry : mapping.getEntries()) {
				if (entry.getPractice() == null || entry.getPractice().eIsProxy()) {
					continue;
				}
				String practice = (entry.getPractice().getCode() != null ? entry.getPractice().getCode() + " " : "")
						+ entry.getPractice().getName() + " " + entry.getRelation().getLiteral()
						+ (entry.getLevel() > 0 ? " from level " + entry.getLevel() : "");
				for (Requirement requirement : entry.getRequirements()) {
					byRequirement.computeIfAbsent(requirement.getName(), k -> new ArrayList<>()).add(practice);
				}
			}
		}
		out.println(standard.getName() + " " + standard.getVersion()
				+ (standard.getTitle() == null ? "" : "  " + standard.getTitle()));
		out.println("Mappings: " + (sources.isEmpty() ? "none" : String.join("; ", sources)));
		int width = standard.getRequirements().stream().mapToInt(r -> r.getName().length()).max().orElse(4);
		for (Requirement requirement : standard.getRequirements()) {
			List<String> practices = byRequirement.getOrDefault(requirement.getName(), List.of());
			String title = requirement.getTitle() != null ? requirement.getTitle()
					: requirement.getGroup() != null ? "(in " + requirement.getGroup() + ")" : "";
			out.println(String.format("%-" + width + "s  %s", requirement.getName(), title).stripTrailing());
			out.println(" ".repeat(width + 2) + "-> " + (practices.isEmpty() ? "(not mapped)" : String.join("; ", practices)));
		}
	}
}
