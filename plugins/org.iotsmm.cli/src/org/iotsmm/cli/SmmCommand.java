package org.iotsmm.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The headless {@code smm} command. Exit codes: 0 success, 1 the models have errors,
 * 2 usage or input/output error.
 */
@Command(name = "smm", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
		description = "IoT Security Maturity Model workbench, headless: validate and format models, print the catalog, "
				+ "write gap reports, compare assessments, export and import assessor questionnaires.",
		subcommands = { ValidateCommand.class, FormatCommand.class, CatalogCommand.class, ReportCommand.class,
				DiffCommand.class, QuestionnaireCommand.class, ImportCommand.class, AutoComplete.GenerateCompletion.class })
public class SmmCommand implements Callable<Integer> {

	public static final int OK = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE_OR_IO = 2;

	@Spec
	CommandSpec spec;

	@Option(names = { "-q", "--quiet" }, scope = CommandLine.ScopeType.INHERIT,
			description = "Print only problems and results, no progress.")
	boolean quiet;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return USAGE_OR_IO;
	}

	/** Runs the command line with the given streams; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Logger.getRootLogger().setLevel(Level.ERROR); // Xtext's own logging is noise on a command line
		// POI logs through log4j-api, which has no provider here: use its simple logger (errors only)
		// instead of the "could not find a logging provider" warning.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
		// POI logs a damaged workbook's XML error with its stack trace before it throws; the command
		// reports the exception itself ("cannot read the workbook"), so the log would only print a stack trace.
		if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
			System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		}
		if (System.getProperty("log4j2.statusLoggerLevel") == null) {
			System.setProperty("log4j2.statusLoggerLevel", "OFF");
		}
		CommandLine commandLine = new CommandLine(new SmmCommand());
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		// picocli answers invalid input with exit code 2 (CommandLine.ExitCode.USAGE) already.
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e instanceof Failure failure) {
				cmd.getErr().println("smm: " + failure.getMessage());
				return failure.code;
			}
			cmd.getErr().println("smm: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
			return USAGE_OR_IO;
		});
		return commandLine.execute(args);
	}
}
