package org.iotsmm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Check .smm files (and folders of them) and print file:line:col: severity: message.",
				"Exit code 0 when there is no error, 1 when there are errors, 2 on usage or I/O error." })
class ValidateCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILES", description = ".smm files or folders containing them")
	List<Path> files;

	@ParentCommand
	SmmCommand parent;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		LoadedModels models = Models.load(files, spec.commandLine().getErr(), parent.quiet);
		for (Problem problem : models.problems()) {
			spec.commandLine().getOut().println(problem.format());
		}
		int errors = models.errors().size();
		int warnings = models.warnings().size();
		if (!parent.quiet) {
			spec.commandLine().getErr().println("smm: " + models.resources().size() + " file(s), " + errors + " error(s), "
					+ warnings + " warning(s)");
		}
		return errors > 0 ? SmmCommand.MODEL_ERRORS : SmmCommand.OK;
	}
}
