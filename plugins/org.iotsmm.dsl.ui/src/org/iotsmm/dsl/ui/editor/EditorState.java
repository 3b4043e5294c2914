package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.model.ModelSnapshot;

/**
 * What an editor shows of one reconciled text, computed in the background under the project
 * lock and applied on the UI thread: the problems as annotations.
 */
public final class EditorState {

	private static final Map<IDocument, EditorState> CURRENT = new WeakHashMap<>();

	private final List<ProblemAnnotation.Problem> problems;

	private EditorState(List<ProblemAnnotation.Problem> problems) {
		this.problems = problems;
	}

	/** Runs in the reconcile job with the project lock held. */
	static EditorState compute(ModelSnapshot snapshot) {
		IResourceValidator validator = SmmLanguage.injector().getInstance(IResourceValidator.class);
		CancelIndicator cancel = snapshot.cancelIndicator();
		List<Issue> issues = validator.validate(snapshot.resource(), CheckMode.NORMAL_AND_FAST, cancel);
		List<ProblemAnnotation.Problem> problems = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getOffset() != null) {
				problems.add(ProblemAnnotation.Problem.of(issue));
			}
		}
		return new EditorState(List.copyOf(problems));
	}

	public List<ProblemAnnotation.Problem> problems() {
		return problems;
	}

	/** The state last applied to the document, or null. UI thread only. */
	public static EditorState of(IDocument document) {
		synchronized (CURRENT) {
			return CURRENT.get(document);
		}
	}

	static void forget(IDocument document) {
		synchronized (CURRENT) {
			CURRENT.remove(document);
		}
	}

	/** UI thread: replaces this bundle's annotations in the viewer. */
	void applyTo(ISourceViewer viewer, IDocument document) {
		synchronized (CURRENT) {
			CURRENT.put(document, this);
		}
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof ProblemAnnotation) {
				old.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		int length = document.getLength();
		for (ProblemAnnotation.Problem problem : problems) {
			int offset = Math.min(problem.offset(), length);
			int end = Math.min(problem.offset() + Math.max(problem.length(), 0), length);
			added.put(new ProblemAnnotation(problem), new Position(offset, end - offset));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}
}
