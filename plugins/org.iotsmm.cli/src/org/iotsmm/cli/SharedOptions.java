package org.iotsmm.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that several smm commands take, declared once and mixed in with picocli's
 * {@code @Mixin}, so that they are spelled, described and parsed the same everywhere.
 */
final class SharedOptions {

	private SharedOptions() {
	}

	/** The model to analyse: report, diff, questionnaire. */
	static final class Model {
		@Parameters(index = "0", paramLabel = "MODEL", description = "a .smm file or a folder of them")
		Path path;
	}

	/** Which system of a model that describes several: report, diff, questionnaire, import. */
	static final class SystemName {
		@Option(names = "--system", paramLabel = "NAME", description = "the system, when the model describes several")
		String name;
	}

	/** The target set to measure against: report, questionnaire. */
	static final class TargetSetName {
		@Option(names = "--target", paramLabel = "T",
				description = "the target set to measure against (default: the one the assessment names, or the only one)")
		String name;
	}
}
