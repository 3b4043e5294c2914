package org.iotsmm.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.oscal.OscalExport;
import org.iotsmm.report.ReportWriter.Artifact;

/** {@code --format oscal}: the OSCAL catalog, assessment-results and POA&M beside the report's files. */
final class OscalArtifacts {

	static final String FORMAT = "oscal";

	private OscalArtifacts() {
	}

	static boolean requested(String formats) {
		return Arrays.stream(formats.split(",")).anyMatch(f -> f.strip().toLowerCase(Locale.ROOT).equals(FORMAT));
	}

	/** The list without "oscal", for the report's own formats (may be empty). */
	static String others(String formats) {
		return Arrays.stream(formats.split(",")).filter(f -> !f.strip().toLowerCase(Locale.ROOT).equals(FORMAT))
				.collect(Collectors.joining(","));
	}

	static List<Artifact> of(GapReport report, org.iotsmm.smm.System system, Standards standards) {
		List<Artifact> artifacts = new ArrayList<>();
		OscalExport.documents(report, system.getCatalog(), system.getProfile(), standards.mappings())
				.forEach((name, json) -> artifacts.add(new Artifact(name, out -> out.write(json.getBytes(StandardCharsets.UTF_8)))));
		return artifacts;
	}
}
