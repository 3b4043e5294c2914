package org.iotsmm.ui.commands;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.dsl.ui.model.SmmModels;
import org.iotsmm.report.AssessmentImport;
import org.iotsmm.report.Questionnaire;
import org.iotsmm.report.Questionnaire.Answer;
import org.iotsmm.report.Questionnaire.Filled;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.ui.model.SmmSystems;

/**
 * New assessment blocks for a .smm file, made with {@code smm import}'s own code: from a filled
 * questionnaire, or as a skeleton from a target set. Computed off the UI thread from the model, then
 * applied to the editor's document (so the change is undoable and unsaved until the user saves).
 */
public final class AssessmentEdits {

	/** Insert {@code block} at {@code offset} of a document whose text was {@code expectedText}. */
	public record Insertion(IFile file, int offset, String block, String assessment, String expectedText) {

		/** Applies the insertion; IllegalStateException when the text changed meanwhile. */
		public void applyTo(IDocument document) throws BadLocationException {
			if (!document.get().equals(expectedText)) {
				throw new IllegalStateException(file.getName() + " changed while the assessment was prepared; try again.");
			}
			document.replace(offset, 0, block);
		}
	}

	private AssessmentEdits() {
	}

	/** Reads a filled questionnaire (IllegalArgumentException with the reason when it cannot). */
	public static Filled read(Path workbook) {
		try (InputStream in = Files.newInputStream(workbook)) {
			Filled filled = Questionnaire.read(in);
			if (filled.answers().isEmpty()) {
				throw new IllegalArgumentException(workbook + ": no row has an achieved level; nothing to import");
			}
			return filled;
		} catch (java.io.IOException | RuntimeException e) {
			throw e instanceof IllegalArgumentException i ? i
					: new IllegalArgumentException(workbook + ": cannot read the workbook (" + e.getMessage() + ")", e);
		}
	}

	/** The assessment block of a filled questionnaire, as {@code smm import} writes it. Off the UI thread. */
	public static Insertion fromQuestionnaire(IFile file, Filled filled, String workbookName, String assessor,
			IProgressMonitor monitor) {
		return SmmModels.get().read(file, model -> {
			org.iotsmm.smm.System system = SmmFiles.cleanSystem(model, monitor);
			TargetSet targets = SmmSystems.targetSet(system, filled.targetSet());
			if (targets == null) {
				throw new IllegalArgumentException("system " + system.getName() + " has no target set " + filled.targetSet());
			}
			GapReport shape = new GapAnalysis().analyse(system, null, targets);
			List<String> misfits = AssessmentImport.misfits(shape, filled);
			if (!misfits.isEmpty()) {
				throw new IllegalArgumentException(workbookName + " does not fit " + file.getName() + ":\n  " + String.join("\n  ", misfits));
			}
			LocalDate today = LocalDate.now();
			String name = AssessmentImport.uniqueName(system, "Assessment" + today.toString().replace("-", ""));
			return insertion(file, model.resource().getParseResult().getRootNode().getText(), system, name,
					"Imported from " + workbookName, today, assessor, targets.getName(), filled.answers(), shape);
		});
	}

	/**
	 * A skeleton assessment against a target set: one finding line per targeted practice and element
	 * the target entries name, at level 0 with a note to fill in, for the assessor to complete.
	 */
	public static Insertion skeleton(IFile file, String targetSetName, IProgressMonitor monitor) {
		return SmmModels.get().read(file, model -> {
			org.iotsmm.smm.System system = SmmFiles.cleanSystem(model, monitor);
			TargetSet targets = SmmSystems.targetSet(system, targetSetName);
			if (targets == null) {
				if (system.getTargetSets().isEmpty()) {
					throw new IllegalArgumentException("system " + system.getName() + " has no target set yet");
				}
				targets = system.getTargetSets().get(system.getTargetSets().size() - 1);
			}
			GapReport shape = new GapAnalysis().analyse(system, null, targets);
			Set<String> seen = new LinkedHashSet<>();
			List<Answer> answers = new ArrayList<>();
			for (GapRow row : shape.rows()) {
				String on = row.hasTarget() ? row.target().origin().on() : null;
				if (on != null && seen.add(row.practice().qualifiedName() + "@" + on)) {
					answers.add(new Answer(answers.size() + 1, row.practice().qualifiedName(), on, 0, null, null,
							null, null, "to assess: target level " + row.target().level()));
				}
			}
			LocalDate today = LocalDate.now();
			String name = AssessmentImport.uniqueName(system, "Assessment" + today.toString().replace("-", ""));
			return insertion(file, model.resource().getParseResult().getRootNode().getText(), system, name,
					"Assessment against " + targets.getName(), today, null, targets.getName(), answers, shape);
		});
	}

	private static Insertion insertion(IFile file, String text, org.iotsmm.smm.System system, String name, String title,
			LocalDate date, String assessor, String against, List<Answer> answers, GapReport shape) {
		int offset = AssessmentImport.closingBrace(system);
		boolean atLineStart = offset == 0 || text.charAt(offset - 1) == '\n';
		String eol = text.contains("\r\n") ? "\r\n" : "\n";
		String block = AssessmentImport.block(name, title, date, assessor, null, against, answers,
				path -> shape.element(path).map(ElementRef::name).orElse(path), AssessmentImport.indentUnit(text), eol, atLineStart);
		return new Insertion(file, offset, block, name, text);
	}

}
