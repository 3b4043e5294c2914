package org.iotsmm.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.builder.SmmBuilder;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.ProblemAnnotation;

/**
 * Ctrl+1 on a problem found while typing (before any save made it a marker). Problems that are
 * also markers are fixed through the marker resolutions the generic editor adds by itself.
 */
public class SmmQuickAssist implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		List<Position> marked = new ArrayList<>();
		List<ProblemAnnotation> problems = new ArrayList<>();
		List<Position> problemPositions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position == null || offset < position.getOffset() || offset > position.getOffset() + position.getLength()) {
				continue;
			}
			if (annotation instanceof ProblemAnnotation problem) {
				problems.add(problem);
				problemPositions.add(position);
			} else if (annotation instanceof MarkerAnnotation marker && isBuilderMarker(marker)) {
				marked.add(position);
			}
		}
		EditorState state = EditorState.of(context.getSourceViewer().getDocument());
		for (int i = 0; i < problems.size(); i++) {
			if (marked.contains(problemPositions.get(i))) {
				continue; // the marker's resolutions offer the same fixes
			}
			ProblemAnnotation.Problem problem = problems.get(i).problem();
			for (Fix fix : problem.fixes()) {
				int[] range = whereNow(fix, problem, problemPositions.get(i), state);
				if (range != null) {
					proposals.add(new CompletionProposal(fix.text(), range[0], range[1] - range[0], range[0] + fix.text().length(),
							null, fix.label(), null, fix.text().strip()));
				}
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/**
	 * The fix's range in the text now shown, or null if that is not known: a fix's offsets are
	 * those of the reconciled text, and text typed since (before the next reconcile, seconds away
	 * on a large file) would have the fix replace the wrong characters. The applied state moves
	 * them through the edits made since; a problem not yet in an applied state (its problems come
	 * first) is fixed only while its annotation has not moved.
	 */
	private static int[] whereNow(Fix fix, ProblemAnnotation.Problem problem, Position annotation, EditorState state) {
		if (state != null && state.problems().contains(problem)) {
			int start = state.toCurrent(fix.offset(), false);
			int end = state.toCurrent(fix.offset() + fix.length(), true);
			return start < 0 || end < start ? null : new int[] { start, end };
		}
		if (annotation.getOffset() == problem.offset() && annotation.getLength() == problem.length()) {
			return new int[] { fix.offset(), fix.offset() + fix.length() };
		}
		return null;
	}

	private static boolean isBuilderMarker(MarkerAnnotation annotation) {
		try {
			return annotation.getMarker().exists() && annotation.getMarker().isSubtypeOf(SmmBuilder.MARKER);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ProblemAnnotation problem && !problem.problem().fixes().isEmpty();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
