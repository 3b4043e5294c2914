package org.iotsmm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.iotsmm.report.AtomicFiles;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotsmm.dsl.formatting2.SmmFormatting;
import org.iotsmm.dsl.loading.ModelLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Rewrite .smm files in the one canonical layout (so diffs stay clean in Git).",
				"Files with syntax errors are left untouched. Exit code 1 when --check finds unformatted files",
				"or a file has syntax errors, 2 on usage or I/O error." })
class FormatCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILES", description = ".smm files or folders containing them")
	List<Path> files;

	@Option(names = "--check", description = "Only list the files that are not formatted; change nothing.")
	boolean check;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		SmmFormatting formatting = Models.injector().getInstance(SmmFormatting.class);
		int result = SmmCommand.OK;
		for (Path file : ModelLoader.expand(files)) {
			XtextResourceSet set = Models.injector().getInstance(XtextResourceSet.class);
			XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			String original;
			try {
				original = Utf8Text.read(file, SmmCommand.MODEL_ERRORS);
			} catch (Failure notUtf8) {
				spec.commandLine().getErr().println(notUtf8.getMessage());
				result = SmmCommand.MODEL_ERRORS;
				continue;
			}
			String formatted;
			try {
				formatted = formatting.format(resource);
			} catch (IllegalArgumentException e) {
				spec.commandLine().getErr().println(file + ": " + e.getMessage());
				result = SmmCommand.MODEL_ERRORS;
				continue;
			}
			if (formatted.equals(original)) {
				continue;
			}
			if (check) {
				spec.commandLine().getOut().println(file + ": not in canonical layout");
				result = SmmCommand.MODEL_ERRORS;
			} else {
				AtomicFiles.write(file, formatted.getBytes(StandardCharsets.UTF_8));
				spec.commandLine().getOut().println(file + ": formatted");
			}
		}
		return result;
	}
}
