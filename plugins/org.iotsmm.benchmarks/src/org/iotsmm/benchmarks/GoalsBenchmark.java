package org.iotsmm.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.SourceLocator;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.diagram.ZoneDiagrams;
import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.report.DiagramFigures;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.ReportOptions;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Zone;

import com.google.inject.Injector;

/**
 * Issue 12: every speed and memory goal in one run, as ratios measured in this run (the machine is
 * shared, so absolute seconds from different runs do not compare), each beside its goal:
 * whole {@code ./smm} processes (validate, report with all formats; wall time and peak RSS; the
 * report also under -Xmx2g at the largest size), and in-process figures (load, analysis of one
 * assessment, every report artifact with its own time: the profile of a report; architecture
 * layout and render warm at 200 and 2,000 components; all figures of the 10,000-component system).
 * Usage: ./bench goals [COMPONENTS...] (default 1000 10000 100000)
 */
public final class GoalsBenchmark {

	private static final List<String> ROWS = new ArrayList<>();

	private GoalsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Logger.getRootLogger().setLevel(Level.ERROR);
		List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000, 100_000)
				: Arrays.stream(args).map(Integer::valueOf).toList();
		String reproduce = "./bench goals" + (args.length == 0 ? "" : " " + String.join(" ", args));
		Path root = Path.of(System.getProperty("iotsmm.root", "."));
		System.out.println(Measure.header("issue 12 goals: whole commands and in-process figures", reproduce));
		System.out.println("# load while measuring (1/5/15 min): " + Files.readString(Path.of("/proc/loadavg")).trim());
		Path dir = Files.createTempDirectory("smm-goals");

		// ---- whole processes: ./smm validate and ./smm report (all formats)
		Whole gettingStarted = medianOf(5, root, "validate", root.resolve("examples/getting-started").toString());
		System.out.println("\n# whole ./smm commands (wall s, peak RSS MB)");
		System.out.println("model | validate s | validate MB | report s | report MB | report/validate");
		Map<Integer, Path> models = new LinkedHashMap<>();
		Map<Integer, Whole[]> whole = new LinkedHashMap<>();
		for (int size : sizes) {
			Path model = dir.resolve("synthetic-" + size + ".smm");
			Files.writeString(model, SyntheticSystems.generate("Synthetic", SyntheticSystems.Shape.standard(size), size),
					StandardCharsets.UTF_8);
			models.put(size, model);
			Whole v = run(root, List.of(), "validate", model.toString());
			Whole r = run(root, List.of("-Xmx2g"), "report", model.toString(), "-o", dir.resolve("out-" + size).toString());
			whole.put(size, new Whole[] { v, r });
			System.out.println(String.join(" | ", size + " components", s(v.seconds), mb(v.rssKb), r.ok ? s(r.seconds) : "FAILED",
					mb(r.rssKb), ratio(r.seconds, v.seconds)));
			deleteTree(dir.resolve("out-" + size));
		}
		System.out.println("getting-started validate (median of 5) | " + s(gettingStarted.seconds) + " s | "
				+ mb(gettingStarted.rssKb) + " MB");

		// ---- in-process
		Injector injector = SmmStandaloneSetup.doSetup();
		warmUp(injector, dir);
		System.out.println("\n# in-process (after a warm-up), one assessment analysed, every artifact written; format columns:"
				+ " each format alone, one after the other (up to " + PROFILE_UP_TO + " components)");
		System.out.println("components | load s | analyse s | analyse/load | one format after the other s | report s"
				+ " (as smm report: " + ReportWriter.writers() + " artifacts at a time) | html | pdf | md | json | csv | xlsx | svg | png");
		Map<Integer, double[]> inProcess = new LinkedHashMap<>();
		for (int size : sizes) {
			inProcess.put(size, inProcess(injector, models.get(size), dir.resolve("in-" + size)));
			deleteTree(dir.resolve("in-" + size));
		}

		// ---- layout
		System.out.println("\n# architecture layout + SVG render, every flow routed (warm, in-process; median of 5): one figure"
				+ " after the other, and as smm report draws them (" + ReportWriter.writers() + " at a time, one a core)");
		double[] layout200 = layout(injector, dir, 200, 5);
		double[] layout2000 = layout(injector, dir, 2000, 50);
		double[] figures10k = sizes.contains(10_000) ? figures(injector, models.get(10_000)) : null;

		// ---- the goals
		System.out.println("\n# goals (ratios from this run)");
		System.out.println("goal | measured | limit | met");
		if (whole.containsKey(10_000)) {
			Whole[] w = whole.get(10_000);
			goal("smm report (all formats) / smm validate, 10k", w[1].seconds / w[0].seconds, 3.0, "");
			goal("smm report peak RSS MB, 10k (-Xmx2g)", w[1].rssKb / 1024.0, 2048, "");
			double[] p = inProcess.get(10_000);
			goal("analysis of one assessment / model load, 10k", p[1] / p[0], 0.2, "");
		}
		int largest = sizes.get(sizes.size() - 1);
		ROWS.add("smm report of " + largest + " with -Xmx2g finishes | " + (whole.get(largest)[1].ok ? "yes" : "NO") + " | yes | "
				+ (whole.get(largest)[1].ok ? "yes" : "NO"));
		String together = ", " + ReportWriter.writers() + " figures at a time";
		goal("layout+render 200 components, s", layout200[0], 0.150, "");
		goal("layout+render 200 components" + together + ", s", layout200[1], 0.150, "");
		goal("layout+render 2,000 components, s", layout2000[0], 1.0, "");
		goal("layout+render 2,000 components" + together + ", s", layout2000[1], 1.0, "");
		if (figures10k != null) {
			goal("all figures of the 10k system, s", figures10k[0], 10.0, "");
			goal("all figures of the 10k system" + together + ", s", figures10k[1], 10.0, "");
		}
		goal("smm validate getting-started, whole process, s (median of 5)", gettingStarted.seconds, 1.0, "");
		for (int i = 1; i < sizes.size(); i++) {
			int a = sizes.get(i - 1);
			int b = sizes.get(i);
			String span = " " + a + "->" + b;
			goal("growth load" + span, inProcess.get(b)[0] / inProcess.get(a)[0], 12.0, "");
			goal("growth analysis" + span, inProcess.get(b)[1] / inProcess.get(a)[1], 12.0, "");
			goal("growth report" + span, inProcess.get(b)[2] / inProcess.get(a)[2], 12.0, "");
		}
		ROWS.forEach(System.out::println);
		System.out.println("# reproduce: " + reproduce);
		deleteTree(dir);
	}

	private static void goal(String what, double measured, double limit, String note) {
		ROWS.add(what + " | " + String.format("%.2f", measured) + " | <= " + String.format("%.2f", limit) + " | "
				+ (measured <= limit ? "yes" : "NO") + note);
	}

	/** A whole ./smm process: wall seconds and peak resident set (KB, from /usr/bin/time). */
	private record Whole(double seconds, long rssKb, boolean ok) {
	}

	private static Whole run(Path root, List<String> jvm, String... args) throws IOException, InterruptedException {
		Path times = Files.createTempFile("smm-time", ".txt");
		List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString(),
				root.resolve("smm").toString(), "-q"));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		pb.environment().put("SMM_JAVA_OPTS", String.join(" ", jvm));
		int code = pb.start().waitFor();
		String[] t = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).trim().split(" ");
		Files.delete(times);
		return new Whole(Double.parseDouble(t[0]), Long.parseLong(t[1]), code == 0);
	}

	private static Whole medianOf(int n, Path root, String... args) throws IOException, InterruptedException {
		List<Whole> runs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			runs.add(run(root, List.of(), args));
		}
		runs.sort((a, b) -> Double.compare(a.seconds, b.seconds));
		return runs.get(n / 2);
	}

	private static void warmUp(Injector injector, Path dir) throws Exception {
		Path model = dir.resolve("warm.smm");
		Files.writeString(model, SyntheticSystems.generate("Synthetic", SyntheticSystems.Shape.standard(300), 300),
				StandardCharsets.UTF_8);
		for (int i = 0; i < 2; i++) {
			inProcessQuiet(injector, model, dir.resolve("warm"));
		}
		deleteTree(dir.resolve("warm"));
	}

	private static void inProcessQuiet(Injector injector, Path model, Path out) throws Exception {
		LoadedModels models = injector.getInstance(ModelLoader.class).load(List.of(model));
		org.iotsmm.smm.System system = models.systems().get(0);
		GapReport report = new GapAnalysis(SourceLocator.resourceOnly()).analyse(system, newest(system));
		ReportWriter.write(out, ReportWriter.artifacts(report, new DiagramFigures(report, system),
				EnumSet.allOf(ReportWriter.Format.class), ReportOptions.DEFAULT), name -> {
				});
	}

	/**
	 * load s, analyse s, report s: every artifact written as {@code smm report} writes them
	 * ({@link ReportWriter#write}, artifacts in parallel). Then, up to {@link #PROFILE_UP_TO}
	 * components, the report's profile: each format written alone, one after the other (figures are
	 * drawn once, so a figure's time goes to the first format that shows it). Prints the row.
	 */
	private static double[] inProcess(Injector injector, Path model, Path out) throws Exception {
		long t0 = System.nanoTime();
		LoadedModels models = injector.getInstance(ModelLoader.class).load(List.of(model));
		long t1 = System.nanoTime();
		org.iotsmm.smm.System system = models.systems().get(0);
		GapReport report = new GapAnalysis(SourceLocator.resourceOnly()).analyse(system, newest(system));
		long t2 = System.nanoTime();
		Files.createDirectories(out);
		ReportWriter.write(out, ReportWriter.artifacts(report, new DiagramFigures(report, system),
				EnumSet.allOf(ReportWriter.Format.class), ReportOptions.DEFAULT), name -> {
				});
		long t3 = System.nanoTime();
		long components = report.elements().stream().filter(e -> e.isComponent()).count();
		List<String> cells = new ArrayList<>(List.of(String.valueOf(components), s((t1 - t0) / 1e9), s((t2 - t1) / 1e9),
				ratio(t2 - t1, t1 - t0), s((t3 - t2) / 1e9)));
		if (components <= PROFILE_UP_TO) {
			FigureSource figures = new DiagramFigures(report, system);
			long sum = 0;
			for (ReportWriter.Format format : ReportWriter.Format.values()) {
				long a = System.nanoTime();
				ReportWriter.write(out, ReportWriter.artifacts(report, figures, EnumSet.of(format), ReportOptions.DEFAULT),
						name -> {
						}, 1);
				long took = System.nanoTime() - a;
				sum += took;
				cells.add(s(took / 1e9));
			}
			cells.add(4, s(sum / 1e9));
		} else {
			cells.add(4, "-");
		}
		System.out.println(String.join(" | ", cells));
		return new double[] { (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9 };
	}

	/** The per-format profile of the report is written up to this size (at 100,000 components it takes minutes). */
	private static final int PROFILE_UP_TO = 10_000;

	/**
	 * Median seconds of laying out and rendering every architecture figure of a generated system:
	 * one after the other, and {@link ReportWriter#writers()} at a time as a report draws them.
	 */
	private static double[] layout(Injector injector, Path dir, int components, int zones) throws Exception {
		Path model = dir.resolve("layout-" + components + ".smm");
		Files.writeString(model, SyntheticSystems.generate("Synthetic", new SyntheticSystems.Shape(components, zones, 2, 1),
				components), StandardCharsets.UTF_8);
		org.iotsmm.smm.System system = injector.getInstance(ModelLoader.class).load(List.of(model)).systems().get(0);
		GapReport report = new GapAnalysis().analyse(system);
		double[] medians = new double[2];
		int figures = 0;
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(ReportWriter.writers());
		try {
			for (int parallel = 0; parallel < 2; parallel++) {
				List<Double> runs = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					long a = System.nanoTime();
					List<Runnable> work = architectureFigures(report, system);
					if (parallel == 0) {
						work.forEach(Runnable::run);
					} else {
						pool.submit(() -> work.parallelStream().forEach(Runnable::run)).get();
					}
					figures = work.size();
					if (i > 0) { // the first run warms this size up
						runs.add((System.nanoTime() - a) / 1e9);
					}
				}
				runs.sort(Double::compare);
				medians[parallel] = runs.get(runs.size() / 2);
			}
		} finally {
			pool.shutdown();
		}
		System.out.println(components + " components in " + zones + " zones, " + system.getFlows().size() + " flows: "
				+ figures + " figure(s) (" + (ZoneDiagrams.isLarge(system) ? "overview + one figure per zone"
						: "one figure, one hierarchical ELK call") + "): " + s(medians[0]) + " s one after the other, "
				+ s(medians[1]) + " s " + ReportWriter.writers() + " at a time");
		return medians;
	}

	/** Laying out and rendering each architecture figure of a system, one task a figure. */
	private static List<Runnable> architectureFigures(GapReport report, org.iotsmm.smm.System system) {
		if (!ZoneDiagrams.isLarge(system)) {
			return List.of(() -> Diagrams.architectureSvg(report, system, Options.DEFAULT));
		}
		List<Runnable> work = new ArrayList<>();
		work.add(() -> Diagrams.svg(ZoneDiagrams.overview(report, system, Options.DEFAULT).diagram()));
		ZoneDiagrams.Prepared prepared = ZoneDiagrams.prepare(report, system, Options.DEFAULT);
		for (Zone z : ZoneDiagrams.detailZones(system)) {
			work.add(() -> Diagrams.svg(prepared.zone(z)));
		}
		return work;
	}

	/**
	 * Seconds to draw every figure of the report of a system (SVG): architecture overview and zones,
	 * charts, heat map; one after the other, and {@link ReportWriter#writers()} at a time.
	 */
	private static double[] figures(Injector injector, Path model) throws Exception {
		org.iotsmm.smm.System system = injector.getInstance(ModelLoader.class).load(List.of(model)).systems().get(0);
		GapReport report = new GapAnalysis(SourceLocator.resourceOnly()).analyse(system, newest(system));
		double[] seconds = new double[2];
		int zones = 0;
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(ReportWriter.writers());
		try {
			for (int parallel = 0; parallel < 2; parallel++) {
				long a = System.nanoTime();
				FigureSource f = new DiagramFigures(report, system);
				List<Runnable> work = new ArrayList<>();
				work.add(f::architectureSvg);
				f.zoneFigures().forEach(z -> work.add(() -> z.svg().get()));
				work.add(f::maturityProfileSvg);
				work.add(f::trendSvg);
				work.add(f::coverageHeatMapSvg);
				if (parallel == 0) {
					work.forEach(Runnable::run);
				} else {
					pool.submit(() -> work.parallelStream().forEach(Runnable::run)).get();
				}
				seconds[parallel] = (System.nanoTime() - a) / 1e9;
				zones = f.zoneFigures().size();
			}
		} finally {
			pool.shutdown();
		}
		System.out.println("all SVG figures of the " + report.elements().stream().filter(e -> e.isComponent()).count()
				+ "-component system (overview, " + zones + " zone figures, profile, trend, heat map): " + s(seconds[0])
				+ " s one after the other, " + s(seconds[1]) + " s " + ReportWriter.writers() + " at a time");
		return seconds;
	}

	private static Assessment newest(org.iotsmm.smm.System system) {
		return system.getAssessments().isEmpty() ? null : system.getAssessments().get(system.getAssessments().size() - 1);
	}

	private static String s(double seconds) {
		return String.format("%.2f", seconds);
	}

	private static String mb(long kb) {
		return String.valueOf(kb / 1024);
	}

	private static String ratio(double a, double b) {
		return String.format("%.2f", a / b);
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
