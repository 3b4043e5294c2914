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
import org.iotsmm.report.ReportOptions;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.iotsmm.report.ReportWriter.Format;
import org.iotsmm.report.StandardsSection;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.TargetSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Analyse the gaps of a system and write the report artifacts into a folder:",
				"report.html (self-contained, figures inlined), report.pdf, report.md, gap-report.json, gaps.csv + roadmap.csv,",
				"report.xlsx, and the figures as SVG and PNG (architecture, maturity-profile, trend, coverage);",
				"with --format oscal also oscal-catalog.json, oscal-assessment-results.json and oscal-poam.json (OSCAL 1.1.3).",
				"Without --assessment the newest assessment is used, against the target set it names.",
				"Prints the written files on stdout. Exit code 0 written, 1 the model has errors, 2 usage or I/O error." })
class ReportCommand implements Callable<Integer> {

	@Mixin
	SharedOptions.Model model;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "output folder (created if missing)")
	Path output;

	@Mixin
	SharedOptions.TargetSetName target;

	@Option(names = "--assessment", paramLabel = "A", description = "assessment to report (default: the newest)")
	String assessment;

	@Mixin
	SharedOptions.SystemName system;

	@Option(names = "--format", paramLabel = "LIST", defaultValue = "html,pdf,md,json,csv,xlsx,svg,png",
			description = "comma-separated: html, pdf, md, json, csv, xlsx, svg, png, oscal (default: ${DEFAULT-VALUE})")
	String format;

	@Option(names = "--detail", paramLabel = "D", defaultValue = "auto",
			description = "auto, summary or full: how much HTML, PDF and Markdown list. auto summarises above "
					+ ReportOptions.SUMMARY_ABOVE_ROWS + " practice rows (zones, worst elements, largest gaps, grouped roadmap);"
					+ " full lists every row. CSV, XLSX and JSON always have every row (default: ${DEFAULT-VALUE})")
	String detail;

	@Option(names = "--top", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_TOP,
			description = "how many zones, elements, gaps and roadmap groups a summary lists (default: ${DEFAULT-VALUE})")
	int top;

	@Option(names = "--element-detail", description = "gap-report.json: also the roll-ups of every element, the coverage"
			+ " cells and the trend's changed pairs (by default the system-wide roll-ups and the trend's counts; every row is"
			+ " always there)")
	boolean elementRollUps;

	@Option(names = "--standard", paramLabel = "NAME", description = "add a section with this standard's requirements and their status (e.g. NIST_CSF, IEC62443_3_3)")
	String standard;

	@ParentCommand
	SmmCommand parent;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Set<Format> formats;
		try {
			formats = OscalArtifacts.requested(format) && OscalArtifacts.others(format).isBlank() ? Set.of()
					: Format.parse(OscalArtifacts.others(format));
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "--format: " + e.getMessage());
		}
		ReportOptions options;
		try {
			options = ReportOptions.DEFAULT.withDetail(ReportOptions.Detail.parse(detail)).withTop(top)
					.withElementRollUps(elementRollUps);
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, (e.getMessage().startsWith("unknown detail") ? "--detail: " : "--top: ")
					+ e.getMessage());
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, output + ": is a file; -o needs a folder");
		}
		var err = spec.commandLine().getErr();
		LoadedModels models = Selection.loadClean(model.path, err, parent.quiet);
		org.iotsmm.smm.System sys = Selection.system(models, system.name);
		TargetSet targets = Selection.targetSet(sys, target.name);
		Assessment chosen = Selection.assessment(sys, assessment);
		if (chosen == null) {
			chosen = Selection.newest(sys);
		}
		if (!parent.quiet) {
			err.println("smm: analysing " + sys.getName() + (chosen == null ? " (no assessment yet)" : ", assessment " + chosen.getName()));
		}
		GapReport report = analyse(sys, chosen, targets);
		FigureSource figures = new DiagramFigures(report, sys);
		Standards standards = new Standards(models);
		List<Artifact> artifacts = new java.util.ArrayList<>(ReportWriter.artifacts(report, figures, formats, options,
				StandardsSection.of(report, standards.mappings(), standard == null ? null : standards.standard(standard))));
		if (OscalArtifacts.requested(format)) {
			artifacts.addAll(OscalArtifacts.of(report, sys, standards));
		}
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
