package org.iotsmm.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.dsl.loading.ModelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The SVGs of the examples, compared byte for byte with golden/. After an intended change of the
 * pictures, refresh them with (see CONTRIBUTING.md)
 * {@code ./mvnw -o verify -pl <...>,plugins/org.iotsmm.diagram.tests -Diotsmm.refreshGolden=true},
 * look at the diff and commit it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmDiagramInjectorProvider.class)
class GoldenTest {

	static final String REFRESH = "./mvnw -o verify -pl releng/org.iotsmm.target,plugins/org.iotsmm.model,"
			+ "plugins/org.iotsmm.catalog,plugins/org.iotsmm.dsl,plugins/org.iotsmm.analysis,plugins/org.iotsmm.diagram,"
			+ "plugins/org.iotsmm.diagram.tests -Diotsmm.refreshGolden=true";

	@Inject
	private ModelLoader loader;

	@Test
	void svgsMatchTheGoldenFiles() throws Exception {
		Map<String, String> rendered = new LinkedHashMap<>();
		for (String example : Support.EXAMPLES) {
			org.iotsmm.smm.System system = Support.system(loader, Repo.example(example));
			GapReport report = new GapAnalysis().analyse(system);
			rendered.put(example + "-architecture.svg", Diagrams.architectureSvg(report, system, Options.DEFAULT));
			rendered.put(example + "-heatmap.svg", Diagrams.coverageHeatMapSvg(report));
			rendered.put(example + "-profile.svg", Diagrams.maturityProfileSvg(report));
			if (example.equals("bottling-line")) {
				rendered.put(example + "-trend.svg", Diagrams.trendSvg(report));
				rendered.put(example + "-radar-Enablement.svg", Diagrams.radarSvg(report, "Enablement"));
			}
		}
		boolean refresh = Boolean.parseBoolean(System.getProperty("iotsmm.refreshGolden", "false"));
		List<String> differ = new ArrayList<>();
		for (Map.Entry<String, String> e : rendered.entrySet()) {
			Path golden = Repo.golden(e.getKey());
			if (refresh) {
				Files.createDirectories(golden.getParent());
				Files.writeString(golden, e.getValue(), StandardCharsets.UTF_8);
				continue;
			}
			assertTrue(Files.exists(golden), golden + " is missing; create it with " + REFRESH);
			if (!Files.readString(golden, StandardCharsets.UTF_8).equals(e.getValue())) {
				differ.add(e.getKey());
			}
		}
		assertEquals(List.of(), differ, "SVG differs from golden/ (if intended, refresh with " + REFRESH + ")");
	}
}
