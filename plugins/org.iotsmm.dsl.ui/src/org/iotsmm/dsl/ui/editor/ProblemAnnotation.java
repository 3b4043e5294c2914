package org.iotsmm.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.ide.fixes.Fix;

/** A problem found while typing, shown in the editor (markers come from the builder on save). */
public final class ProblemAnnotation extends Annotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/** One validation issue, as plain values (no EMF object outlives the project lock). */
	public record Problem(int offset, int length, int line, Severity severity, String message, String code, List<Fix> fixes) {
		public static Problem of(Issue issue, List<Fix> fixes) {
			return new Problem(issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength(),
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(), issue.getSeverity(), issue.getMessage(),
					issue.getCode(), List.copyOf(fixes));
		}
	}

	private Problem problem;

	ProblemAnnotation(Problem problem) {
		super(type(problem.severity()), false, problem.message());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	/** The same problem found again at the same place: keep the annotation, take the new fixes. */
	void update(Problem again) {
		problem = again;
	}

	private static String type(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}
}
