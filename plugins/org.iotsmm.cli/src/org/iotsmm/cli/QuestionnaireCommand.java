package org.iotsmm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.report.AtomicFiles;
import org.iotsmm.report.Questionnaire;
import org.iotsmm.smm.TargetSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
		description = { "Write the assessor's workbook (XLSX) for a target set: per practice and element with a target,",
				"the target, the guidance and indicators of every level, and yellow columns to fill (level, scope,",
				"evidence description, reference, date, note). Read it back with smm import.",
				"Exit code 0 written, 1 the model has errors, 2 usage or I/O error." })
class QuestionnaireCommand implements Callable<Integer> {

	@Mixin
	SharedOptions.Model model;

	@Mixin
	SharedOptions.TargetSetName target;

	@Mixin
	SharedOptions.SystemName system;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
	Path output;

	@ParentCommand
	SmmCommand parent;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (Files.isDirectory(output)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, output + ": is a folder; -o needs a file name such as line-q.xlsx");
		}
		LoadedModels models = Selection.loadClean(model.path, spec.commandLine().getErr(), parent.quiet);
		org.iotsmm.smm.System sys = Selection.system(models, system.name);
		TargetSet targets = Selection.targetSet(sys, target.name);
		if (targets == null) {
			if (sys.getTargetSets().size() != 1) {
				throw new Failure(SmmCommand.USAGE_OR_IO, "system " + sys.getName() + " has " + sys.getTargetSets().size()
						+ " target sets; choose one with --target; available: "
						+ Selection.names(sys.getTargetSets().stream().map(TargetSet::getName)));
			}
			targets = sys.getTargetSets().get(0);
		}
		if (Selection.isInput(models, output)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, output + ": is an input model; refusing to overwrite it");
		}
		GapReport report = new GapAnalysis(Selection.locator()).analyse(sys, null, targets);
		AtomicFiles.write(output, out -> Questionnaire.write(report, sys.getCatalog(), out));
		if (!parent.quiet) {
			spec.commandLine().getErr().println("smm: questionnaire for " + sys.getName() + ", target set " + targets.getName());
		}
		spec.commandLine().getOut().println(output);
		return SmmCommand.OK;
	}
}
