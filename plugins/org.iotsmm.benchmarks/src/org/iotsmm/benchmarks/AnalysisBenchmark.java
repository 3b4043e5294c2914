package org.iotsmm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;
import org.iotsmm.analysis.SourceLocator;
import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.smm.Assessment;

import com.google.inject.Injector;

/**
 * Issue 5: gap analysis of a generated system (10k components x 18 practices x 5 assessments by
 * default): time and retained heap of the analysis of every assessment, printed beside the time
 * to load (parse, link, validate) the same model. Usage: ./bench analysis [COMPONENTS...]
 */
public final class AnalysisBenchmark {

	private AnalysisBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Logger.getRootLogger().setLevel(Level.ERROR);
		List<Integer> sizes = args.length == 0 ? List.of(10_000) : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
		System.out.println(Measure.header("gap analysis vs model load",
				"./bench analysis " + String.join(" ", sizes.stream().map(String::valueOf).toList())));
		Injector injector = SmmStandaloneSetup.doSetup();
		Path dir = Files.createTempDirectory("smm-bench");
		run(injector, dir, 300, false); // warm-up
		System.out.println("components | practices | assessments | load s | analyse all s | per assessment s | analyse/load | rows per report | report heap MB | JSON MB | JSON s");
		for (int size : sizes) {
			run(injector, dir, size, true);
		}
	}

	private static void run(Injector injector, Path dir, int components, boolean print) throws Exception {
		SyntheticSystems.Shape shape = SyntheticSystems.Shape.standard(components);
		Path file = dir.resolve("analysis-" + components + ".smm");
		Files.writeString(file, SyntheticSystems.generate("Synthetic", shape, components), StandardCharsets.UTF_8);
		long loadStart = System.nanoTime();
		LoadedModels models = injector.getInstance(ModelLoader.class).load(List.of(file));
		long loaded = System.nanoTime();
		if (models.hasErrors()) {
			throw new IllegalStateException("generated model has errors: " + models.errors().subList(0, 3));
		}
		org.iotsmm.smm.System system = models.systems().get(0);
		GapAnalysis analysis = new GapAnalysis(SourceLocator.resourceOnly());
		long before = Measure.usedHeapAfterGc();
		long start = System.nanoTime();
		GapReport newest = null;
		for (Assessment assessment : system.getAssessments()) {
			newest = analysis.analyse(system, assessment);
		}
		long analysed = System.nanoTime();
		long heap = Measure.usedHeapAfterGc() - before;
		long jsonStart = System.nanoTime();
		String json = GapReportJson.toJson(newest);
		long jsonDone = System.nanoTime();
		if (print) {
			int assessments = system.getAssessments().size();
			System.out.println(String.join(" | ", String.valueOf(components), String.valueOf(newest.practices().size()),
					String.valueOf(assessments), Measure.seconds(loaded - loadStart), Measure.seconds(analysed - start),
					Measure.seconds((analysed - start) / assessments),
					String.format("%.2f", (double) (analysed - start) / (loaded - loadStart)),
					String.valueOf(newest.rows().size()), Measure.mb(heap), Measure.mb(json.length()),
					Measure.seconds(jsonDone - jsonStart)));
		}
		Files.delete(file);
	}
}
