package org.iotsmm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.Trend;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.report.TrendText;
import org.iotsmm.smm.Assessment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Compare two assessments of a system per practice and element: improved, regressed,",
				"unchanged, newly assessed, dropped. Text, or JSON with --json.",
				"Exit code 0, 1 the model has errors, 2 usage or I/O error." })
class DiffCommand implements Callable<Integer> {

	@Mixin
	SharedOptions.Model model;

	@Option(names = "--from", required = true, paramLabel = "A", description = "the earlier assessment")
	String from;

	@Option(names = "--to", required = true, paramLabel = "B", description = "the later assessment")
	String to;

	@Mixin
	SharedOptions.SystemName system;

	@Option(names = "--json", description = "print JSON (format iotsmm-trend/1) instead of text")
	boolean json;

	@ParentCommand
	SmmCommand parent;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		LoadedModels models = Selection.loadClean(model.path, spec.commandLine().getErr(), parent.quiet);
		org.iotsmm.smm.System sys = Selection.system(models, system.name);
		Assessment a = Selection.assessment(sys, from);
		Assessment b = Selection.assessment(sys, to);
		Trend trend = new GapAnalysis(Selection.locator()).compare(sys, a, b);
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			out.print(org.iotsmm.analysis.GapReportJson.trendToJson(sys.getName(), trend));
			out.flush();
			return SmmCommand.OK;
		}
		out.print(TrendText.format(sys.getName(), trend));
		out.flush();
		return SmmCommand.OK;
	}
}
