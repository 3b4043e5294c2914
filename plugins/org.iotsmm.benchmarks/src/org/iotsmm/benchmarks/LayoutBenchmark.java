package org.iotsmm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Zone;

import com.google.inject.Injector;

/**
 * Issue 6: layout + render time and heap of the architecture diagram of a generated system
 * (default 2,000 components in 50 zones, 2 flows each, 1 assessment), beside Graphviz dot on the
 * same clustered graph (whole-process time, -Tplain, killed after the timeout).
 * Usage: ./bench layout [COMPONENTS [ZONES [DOT_TIMEOUT_SECONDS]]]
 */
public final class LayoutBenchmark {

	private LayoutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Logger.getRootLogger().setLevel(Level.ERROR);
		int components = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int zones = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int dotTimeout = args.length > 2 ? Integer.parseInt(args[2]) : 300;
		SyntheticSystems.Shape shape = new SyntheticSystems.Shape(components, zones, 2, 1);
		System.out.println(Measure.header("architecture diagram: ELK layout + Java2D/SVG render vs Graphviz dot, " + shape,
				"./bench layout " + components + " " + zones + " " + dotTimeout));
		Injector injector = SmmStandaloneSetup.doSetup();
		Path dir = Files.createTempDirectory("smm-layout-bench");
		// warm-up: JIT, Guice, ELK meta data, fonts
		run(injector, dir, new SyntheticSystems.Shape(200, 5, 2, 1), Options.DEFAULT, false);

		Path smm = dir.resolve("synthetic.smm");
		Files.writeString(smm, SyntheticSystems.generate("Synthetic", shape, components), StandardCharsets.UTF_8);
		long t0 = System.nanoTime();
		LoadedModels models = injector.getInstance(ModelLoader.class).load(List.of(smm));
		org.iotsmm.smm.System system = models.systems().get(0);
		long t1 = System.nanoTime();
		GapReport report = new GapAnalysis().analyse(system);
		long t2 = System.nanoTime();
		System.out.println("load .smm " + Measure.seconds(t1 - t0) + " s, analyse " + Measure.seconds(t2 - t1) + " s, "
				+ system.getFlows().size() + " flows, " + report.rows().size() + " gap rows");

		System.out.println(
				"strategy | components | zones | flows | layout s | render SVG s | SVG MB | total s | heap held MB | flows routed by ELK");
		long baseline = Measure.usedHeapAfterGc();
		double elkSeconds = 0;
		for (Options options : List.of(Options.DEFAULT, Options.DEFAULT.withIncludeChildrenLimit(Integer.MAX_VALUE))) {
			long a = System.nanoTime();
			ArchitectureDiagram d = Diagrams.architecture(report, system, options);
			long b = System.nanoTime();
			String svg = Diagrams.svg(d);
			long c = System.nanoTime();
			long held = Measure.usedHeapAfterGc() - baseline;
			long routed = d.flows().stream().filter(ArchitectureDiagram.Link::routedByElk).count();
			if (options == Options.DEFAULT) {
				elkSeconds = (c - a) / 1e9;
			}
			System.out.println(String.join(" | ", d.strategy().toString(), String.valueOf(d.components().size()),
					String.valueOf(d.zones().size()), String.valueOf(d.flows().size()), Measure.seconds(b - a),
					Measure.seconds(c - b), Measure.mb(svg.length()), Measure.seconds(c - a), Measure.mb(held),
					routed + "/" + d.flows().size()));
			d = null;
			svg = null;
		}

		Path dot = dir.resolve("synthetic.dot");
		Files.writeString(dot, toDot(system), StandardCharsets.UTF_8);
		long s = System.nanoTime();
		Process p;
		try {
			p = new ProcessBuilder("dot", "-Tplain", "-o", dir.resolve("synthetic.plain").toString(), dot.toString())
					.redirectErrorStream(true).redirectOutput(dir.resolve("dot.log").toFile()).start();
		} catch (java.io.IOException e) {
			// no Graphviz on this machine: the ELK figures above stand on their own
			System.out.println("Graphviz dot is not installed (" + e.getMessage() + "); comparison with dot skipped."
					+ " Install it with: apt-get install graphviz");
			p = null;
		}
		if (p != null) {
			compareWithDot(p, dotTimeout, s, elkSeconds, components, dir);
		}
		System.out.println("# reproduce: ./bench layout " + components + " " + zones + " " + dotTimeout);
	}

	private static void compareWithDot(Process p, int dotTimeout, long s, double elkSeconds, int components, Path dir)
			throws Exception {
		boolean finished = p.waitFor(dotTimeout, TimeUnit.SECONDS);
		double dotSeconds = (System.nanoTime() - s) / 1e9;
		String dotResult;
		if (!finished) {
			p.destroyForcibly().waitFor();
			dotResult = "killed at " + dotTimeout + " s";
		} else if (p.exitValue() != 0) {
			dotResult = String.format("failed (exit %d) after %.2f s: %s", p.exitValue(), dotSeconds,
					Files.readString(dir.resolve("dot.log")).lines().findFirst().orElse(""));
		} else {
			dotResult = String.format("%.2f s", dotSeconds);
		}
		System.out.println("Graphviz dot -Tplain (clusters, whole process): " + dotResult);
		System.out.println(String.format("ELK (%s) layout+render %.2f s vs dot %s: ratio dot/ELK %s",
				Options.DEFAULT.includeChildrenLimit() < components ? "SEPARATE_CHILDREN" : "INCLUDE_CHILDREN", elkSeconds,
				dotResult, finished && p.exitValue() == 0 ? String.format("%.1f", dotSeconds / elkSeconds)
						: String.format("> %.0f", dotSeconds / elkSeconds)));
	}

	private static void run(Injector injector, Path dir, SyntheticSystems.Shape shape, Options options, boolean print)
			throws Exception {
		Path smm = dir.resolve("warmup.smm");
		Files.writeString(smm, SyntheticSystems.generate("Warmup", shape, 1), StandardCharsets.UTF_8);
		org.iotsmm.smm.System system = injector.getInstance(ModelLoader.class).load(List.of(smm)).systems().get(0);
		Diagrams.svg(Diagrams.architecture(new GapAnalysis().analyse(system), system, options));
	}

	/** The same graph for dot: zones as nested clusters, components with their labels, flows with protocols. */
	static String toDot(org.iotsmm.smm.System system) {
		StringBuilder out = new StringBuilder("digraph G {\n  rankdir=LR;\n  node [shape=box];\n");
		Map<Component, String> ids = new HashMap<>();
		List<Component> top = new ArrayList<>(system.getComponents());
		for (Component c : top) {
			node(out, c, ids, "  ");
		}
		for (Zone z : system.getZones()) {
			cluster(out, z, ids, "  ");
		}
		for (DataFlow f : system.getFlows()) {
			out.append("  ").append(ids.get(f.getSource())).append(" -> ").append(ids.get(f.getTarget()));
			if (f.getProtocol() != null) {
				out.append(" [label=\"").append(f.getProtocol().replace("\"", "'")).append("\"]");
			}
			out.append(";\n");
		}
		return out.append("}\n").toString();
	}

	private static void cluster(StringBuilder out, Zone z, Map<Component, String> ids, String indent) {
		out.append(indent).append("subgraph cluster_").append(z.getName()).append(" {\n").append(indent)
				.append("  label=\"").append(z.getTitle() != null ? z.getTitle() : z.getName()).append("\";\n");
		for (Component c : z.getComponents()) {
			node(out, c, ids, indent + "  ");
		}
		for (Zone inner : z.getZones()) {
			cluster(out, inner, ids, indent + "  ");
		}
		out.append(indent).append("}\n");
	}

	private static void node(StringBuilder out, Component c, Map<Component, String> ids, String indent) {
		String id = "n" + ids.size();
		ids.put(c, id);
		out.append(indent).append(id).append(" [label=\"").append(c.getTitle() != null ? c.getTitle() : c.getName())
				.append("\"];\n");
	}
}
