package org.iotsmm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.report.DiagramFigures;
import org.iotsmm.report.FigureSource;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.iotsmm.report.ReportWriter.Format;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.TargetSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Analyse the gaps of a system and write the report artifacts into a folder:",
				"report.html (self-contained, figures inlined), report.pdf, report.md, gap-report.json, gaps.csv + roadmap.csv,",
				"report.xlsx, and the figures as SVG and PNG (architecture, maturity-profile, trend, coverage).",
				"Without --assessment the newest assessment is used, against the target set it names.",
				"Prints the written files on stdout. Exit code 0 written, 1 the model has errors, 2 usage or I/O error." })
class ReportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "a .smm file or a folder of them")
	Path model;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "output folder (created if missing)")
	Path output;

	@Option(names = "--target", paramLabel = "T", description = "target set to measure against (default: the one the assessment names)")
	String target;

	@Option(names = "--assessment", paramLabel = "A", description = "assessment to report (default: the newest)")
	String assessment;

	@Option(names = "--system", paramLabel = "NAME", description = "the system, when the model describes several")
	String system;

	@Option(names = "--format", paramLabel = "LIST", defaultValue = "html,pdf,md,json,csv,xlsx,svg,png",
			description = "comma-separated: html, pdf, md, json, csv, xlsx, svg, png (default: ${DEFAULT-VALUE})")
	String format;

	@ParentCommand
	SmmCommand parent;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Set<Format> formats;
		try {
			formats = Format.parse(format);
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "--format: " + e.getMessage());
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, output + ": is a file; -o needs a folder");
		}
		var err = spec.commandLine().getErr();
		LoadedModels models = Selection.loadClean(model, err, parent.quiet);
		org.iotsmm.smm.System sys = Selection.system(models, system);
		TargetSet targets = Selection.targetSet(sys, target);
		Assessment chosen = Selection.assessment(sys, assessment);
		if (chosen == null) {
			chosen = Selection.newest(sys);
		}
		if (!parent.quiet) {
			err.println("smm: analysing " + sys.getName() + (chosen == null ? " (no assessment yet)" : ", assessment " + chosen.getName()));
		}
		GapReport report = analyse(sys, chosen, targets);
		FigureSource figures = new DiagramFigures(report, sys);
		List<Artifact> artifacts = ReportWriter.artifacts(report, figures, formats);
		for (Artifact artifact : artifacts) {
			if (Selection.isInput(models, output.resolve(artifact.fileName()))) {
				throw new Failure(SmmCommand.USAGE_OR_IO, output.resolve(artifact.fileName())
						+ ": is an input model; refusing to overwrite it (choose another -o folder)");
			}
		}
		List<Path> written = ReportWriter.write(output, artifacts, name -> {
			if (!parent.quiet) {
				err.println("smm: writing " + output.resolve(name));
			}
		});
		for (Path file : written) {
			spec.commandLine().getOut().println(file);
		}
		return SmmCommand.OK;
	}

	static GapReport analyse(org.iotsmm.smm.System sys, Assessment chosen, TargetSet targets) {
		GapAnalysis analysis = new GapAnalysis(Selection.locator());
		try {
			if (targets != null) {
				return analysis.analyse(sys, chosen, targets);
			}
			return analysis.analyse(sys, chosen);
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, e.getMessage() + " Target sets: "
					+ Selection.names(sys.getTargetSets().stream().map(TargetSet::getName)) + " (--target).");
		}
	}
}
