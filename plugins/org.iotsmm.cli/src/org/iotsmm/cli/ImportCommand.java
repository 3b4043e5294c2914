package org.iotsmm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.report.AssessmentImport;
import org.iotsmm.report.AtomicFiles;
import org.iotsmm.report.Questionnaire;
import org.iotsmm.report.Questionnaire.Filled;
import org.iotsmm.report.UntrustedWorkbook;
import org.iotsmm.smm.TargetSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Append the answers of a filled questionnaire (smm questionnaire) to a model as a new assessment,",
				"inside the system block, before its closing brace. Everything else in the file stays byte for byte.",
				"The result is validated before the file is replaced (atomically); nothing is written when it has errors.",
				"With --oscal-catalog FILE -o OUT.smm: turn an OSCAL catalog (JSON, OSCAL 1.0-1.2) into a standard declaration",
				"that mappings can refer to; bad input gets an error and nothing is written.",
				"Exit code 0 imported, 1 the model or the result has errors, 2 usage or I/O error." })
class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "FILE.xlsx", description = "the filled questionnaire")
	Path workbook;

	@Option(names = "--into", paramLabel = "MODEL", description = "the .smm file that holds the system")
	Path into;

	@Option(names = "--oscal-catalog", paramLabel = "FILE", description = "an OSCAL catalog (JSON) to turn into a standard declaration")
	Path oscalCatalog;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT.smm", description = "with --oscal-catalog: the file to write")
	Path output;

	@Option(names = "--standard-name", paramLabel = "N", description = "with --oscal-catalog: the standard's name (default: from the catalog's title)")
	String standardName;

	@Option(names = "--name", paramLabel = "N", description = "name of the new assessment (default: Assessment<date>)")
	String name;

	@Option(names = "--date", paramLabel = "D", description = "date of the assessment, YYYY-MM-DD (default: today)")
	String date;

	@Option(names = "--assessor", paramLabel = "S", description = "the assessor, a stakeholder of the system")
	String assessor;

	@Option(names = "--kind", paramLabel = "K", description = "self or independent")
	String kind;

	@Mixin
	SharedOptions.SystemName system;

	@ParentCommand
	SmmCommand parent;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter err = spec.commandLine().getErr();
		if (oscalCatalog != null) {
			if (workbook != null || into != null) {
				throw new Failure(SmmCommand.USAGE_OR_IO, "--oscal-catalog takes no questionnaire and no --into");
			}
			return OscalCatalogImport.run(oscalCatalog, output, standardName, spec.commandLine().getOut(), err, parent.quiet);
		}
		if (workbook == null || into == null) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "give the filled questionnaire and --into MODEL (or --oscal-catalog FILE -o OUT.smm)");
		}
		if (!Files.isRegularFile(workbook) || !Files.isReadable(workbook)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + ": no such readable file");
		}
		if (Files.isDirectory(into)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, into + ": --into needs the .smm file that holds the system, not a folder");
		}
		LocalDate when;
		try {
			when = date == null ? LocalDate.now() : LocalDate.parse(date);
		} catch (DateTimeParseException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "--date '" + date + "' is not YYYY-MM-DD");
		}
		if (kind != null && !kind.equals("self") && !kind.equals("independent")) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "--kind must be self or independent");
		}
		Filled filled;
		try (InputStream in = Files.newInputStream(workbook)) {
			filled = Questionnaire.read(in);
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + ": " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + ": cannot read the workbook (" + e.getMessage() + ")");
		}
		if (filled.answers().isEmpty()) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + ": no row has an achieved level; nothing to import");
		}
		LoadedModels models = Selection.loadClean(into, err, parent.quiet);
		if (system.name == null && filled.system() != null
				&& models.systems().stream().noneMatch(s -> filled.system().equals(s.getName()))) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + ": " + Questionnaire.INFO + "!B2: the workbook was made for system '"
					+ filled.system() + "', which " + into + " does not describe (it has: "
					+ String.join(", ", models.systems().stream().map(s -> s.getName()).toList())
					+ "); import it into the model it was made for, or choose the system with --system");
		}
		org.iotsmm.smm.System sys = Selection.system(models, system.name != null ? system.name : filled.system());
		if (filled.targetSet() != null && sys.getTargetSets().stream().noneMatch(t -> filled.targetSet().equals(t.getName()))) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + ": " + Questionnaire.INFO + "!B3: the workbook was made for target set '"
					+ filled.targetSet() + "', which system " + sys.getName() + " does not have");
		}
		TargetSet targets = Selection.targetSet(sys, filled.targetSet());
		String assessmentName = name != null ? name : AssessmentImport.uniqueName(sys, "Assessment" + when.toString().replace("-", ""));
		if (!assessmentName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "--name '" + assessmentName + "' is not a valid name (letters, digits, _)");
		}
		if (sys.getAssessments().stream().anyMatch(a -> assessmentName.equals(a.getName()))) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "system " + sys.getName() + " already has an assessment " + assessmentName
					+ "; choose another --name");
		}
		// Check every answer names a practice and an element of this system before writing anything.
		GapReport shape = new GapAnalysis().analyse(sys, null, targets);
		List<String> problems = AssessmentImport.misfits(shape, sys.getCatalog(), filled);
		if (!problems.isEmpty()) {
			throw new Failure(SmmCommand.USAGE_OR_IO, workbook + " does not fit " + into + ":\n  " + UntrustedWorkbook.list(problems));
		}
		Path file = Path.of(sys.eResource().getURI().toFileString());
		String original = Utf8Text.read(file, SmmCommand.USAGE_OR_IO);
		int offset;
		try {
			offset = AssessmentImport.closingBrace(sys);
		} catch (IllegalArgumentException e) {
			throw new Failure(SmmCommand.USAGE_OR_IO, e.getMessage());
		}
		boolean atLineStart = offset == 0 || original.charAt(offset - 1) == '\n';
		String eol = original.contains("\r\n") ? "\r\n" : "\n";
		String block = AssessmentImport.block(assessmentName, "Imported from " + workbook.getFileName(), when, assessor, kind,
				targets.getName(), filled.answers(), path -> shape.element(path).map(ElementRef::name).orElse(path),
				AssessmentImport.indentUnit(original), eol, atLineStart);
		String result = AssessmentImport.insert(original, offset, block);
		validate(file, result);
		AtomicFiles.write(file, result.getBytes(StandardCharsets.UTF_8));
		if (!parent.quiet) {
			err.println("smm: imported " + filled.answers().size() + " finding(s) as assessment " + assessmentName + " into " + file);
		}
		spec.commandLine().getOut().println(assessmentName);
		return SmmCommand.OK;
	}


	/**
	 * Parses the new text from a temporary copy; Failure 1 listing the errors. The copy lives in a
	 * private temporary folder, not next to the model: a killed run would otherwise leave a second
	 * .smm file there that the next {@code smm validate FOLDER} loads as a duplicate system.
	 */
	private void validate(Path file, String text) throws IOException {
		Path dir = Files.createTempDirectory("smm-import-");
		Path temporary = dir.resolve(file.getFileName().toString());
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			LoadedModels check = Models.load(List.of(temporary), spec.commandLine().getErr(), true);
			if (check.hasErrors()) {
				StringBuilder b = new StringBuilder();
				for (Problem p : check.errors()) {
					b.append("\n  line ").append(p.line()).append(": ").append(p.message());
				}
				throw new Failure(SmmCommand.MODEL_ERRORS, "the imported assessment would not validate; " + file
						+ " is unchanged:" + b);
			}
		} finally {
			Files.deleteIfExists(temporary);
			Files.deleteIfExists(dir);
		}
	}
}
