package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

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
import org.iotsmm.dsl.ide.fixes.QuickFixes;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.highlighting.SemanticHighlighting;
import org.iotsmm.dsl.ui.model.ModelSnapshot;

/**
 * What an editor shows of one reconciled text, computed in the background under the project
 * lock as plain values and applied on the UI thread: problems (annotations, with their quick
 * fixes), semantic colours, the outline, and the references (navigation, occurrences).
 */
public final class EditorState {

	private static final Map<IDocument, EditorState> CURRENT = new WeakHashMap<>();
	private static final List<BiConsumer<IDocument, EditorState>> LISTENERS = new CopyOnWriteArrayList<>();

	private final long version;
	private final List<ProblemAnnotation.Problem> problems;
	private final SemanticHighlighting highlighting;
	private final List<Outline.Node> outline;
	private final Map<Outline.Node, Outline.Node> outlineParents;
	private final Links links;
	/** The edits since this state was applied (UI thread); null before. */
	private EditsSince edits;

	private EditorState(long version, List<ProblemAnnotation.Problem> problems, SemanticHighlighting highlighting,
			List<Outline.Node> outline, Links links) {
		this.version = version;
		this.problems = problems;
		this.highlighting = highlighting;
		this.outline = outline;
		this.outlineParents = parents(outline);
		this.links = links;
	}

	/**
	 * Each outline node's parent, worked out here in the background: a 10,000-component file has
	 * ~33,000 nodes, and recording them on the UI thread after each reconcile took up to 54 ms.
	 */
	private static Map<Outline.Node, Outline.Node> parents(List<Outline.Node> outline) {
		Map<Outline.Node, Outline.Node> parents = new IdentityHashMap<>();
		java.util.ArrayDeque<Outline.Node> open = new java.util.ArrayDeque<>(outline);
		while (!open.isEmpty()) {
			Outline.Node node = open.pop();
			for (Outline.Node child : node.children()) {
				parents.put(child, node);
				open.push(child);
			}
		}
		return Collections.unmodifiableMap(parents);
	}

	/**
	 * Runs in the reconcile job with the project lock held, right after the re-parse: the problems
	 * alone, which the editor shows before colours, outline and links are ready. Null when stale.
	 */
	static EditorState problems(ModelSnapshot snapshot) {
		IResourceValidator validator = SmmLanguage.injector().getInstance(IResourceValidator.class);
		CancelIndicator cancel = snapshot.cancelIndicator();
		List<Issue> issues = new ArrayList<>(validator.validate(snapshot.resource(), CheckMode.NORMAL_AND_FAST, cancel));
		issues.removeIf(issue -> issue.getOffset() == null);
		List<List<org.iotsmm.dsl.ide.fixes.Fix>> fixes = QuickFixes.of(snapshot.resource(), issues, cancel);
		List<ProblemAnnotation.Problem> problems = new ArrayList<>();
		for (int i = 0; i < issues.size(); i++) {
			problems.add(ProblemAnnotation.Problem.of(issues.get(i), fixes.get(i)));
		}
		if (cancel.isCanceled()) {
			return null;
		}
		return new EditorState(snapshot.textVersion(), List.copyOf(problems), SemanticHighlighting.NONE, List.of(), Links.NONE);
	}

	/** The rest of the state of the same text (the lock is held again): colours, outline, links. */
	static EditorState complete(ModelSnapshot snapshot, EditorState problems) {
		CancelIndicator cancel = snapshot.cancelIndicator();
		SemanticHighlighting highlighting = SemanticHighlighting.compute(snapshot.resource(), cancel);
		List<Outline.Node> outline = Outline.compute(snapshot.resource(), cancel);
		Links links = Links.compute(snapshot.resource(), cancel);
		return cancel.isCanceled() ? null
				: new EditorState(snapshot.textVersion(), problems.problems, highlighting, outline, links);
	}

	/**
	 * The state of a shipped catalog or profile file opened read-only: colours, outline and links
	 * from the library's own model of it, and no problems (there is nothing the user could change).
	 */
	static EditorState readOnly(org.eclipse.xtext.resource.XtextResource resource, CancelIndicator cancel) {
		SemanticHighlighting highlighting = SemanticHighlighting.compute(resource, cancel);
		List<Outline.Node> outline = Outline.compute(resource, cancel);
		Links links = Links.compute(resource, cancel);
		return cancel.isCanceled() ? null : new EditorState(0, List.of(), highlighting, outline, links);
	}

	public long version() {
		return version;
	}

	public List<ProblemAnnotation.Problem> problems() {
		return problems;
	}

	public SemanticHighlighting highlighting() {
		return highlighting;
	}

	public List<Outline.Node> outline() {
		return outline;
	}

	/** The parent of each outline node but the top ones (identity: nodes of equal content are distinct). */
	public Map<Outline.Node, Outline.Node> outlineParents() {
		return outlineParents;
	}

	public Links links() {
		return links;
	}

	/** The state last applied to the document, or null. UI thread only. */
	public static EditorState of(IDocument document) {
		synchronized (CURRENT) {
			return CURRENT.get(document);
		}
	}

	/** Hears (on the UI thread) about every state applied to any document. */
	public static void addListener(BiConsumer<IDocument, EditorState> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(BiConsumer<IDocument, EditorState> listener) {
		LISTENERS.remove(listener);
	}

	static void forget(IDocument document) {
		EditorState removed;
		synchronized (CURRENT) {
			removed = CURRENT.remove(document);
		}
		if (removed != null && removed.edits != null) {
			removed.edits.stop();
		}
	}

	/**
	 * Where an offset of this state's text is in the document now (UI thread): the edits made
	 * since the state was applied move it ({@link EditsSince#toCurrent}). -1 when that is not known.
	 */
	public int toCurrent(int offset, boolean end) {
		return edits == null ? offset : edits.toCurrent(offset, end);
	}

	/**
	 * The moves of this state's offsets to the text now shown, for its colours by meaning (UI
	 * thread); the identity before the state is applied, when the document holds its text.
	 */
	public org.iotsmm.dsl.ui.highlighting.SemanticPresenter.Moves moves() {
		return new org.iotsmm.dsl.ui.highlighting.SemanticPresenter.Moves() {
			@Override
			public int toCurrent(int offset, boolean end) {
				return EditorState.this.toCurrent(offset, end);
			}

			@Override
			public int toStateClamped(int offset) {
				return edits == null ? offset : edits.toState(offset, true);
			}
		};
	}

	/** Where an offset of the document now was in this state's text (UI thread); -1 in text typed since. */
	public int toState(int offset) {
		return edits == null ? offset : edits.toState(offset);
	}

	/** UI thread: only the problems, before the rest of the state is ready. */
	void applyProblemsTo(ISourceViewer viewer, IDocument document) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model != null) {
			replaceAnnotations(model, document);
		}
	}

	/**
	 * UI thread: replaces this bundle's annotations in the viewer, then tells each listener (outline,
	 * folding) in a UI-thread task of its own, unless a newer state has been applied meanwhile: one
	 * task for all of them held the UI thread too long on large files.
	 */
	void applyTo(ISourceViewer viewer, IDocument document) {
		EditorState previous;
		synchronized (CURRENT) {
			previous = CURRENT.put(document, this);
		}
		if (previous != null && previous != this && previous.edits != null) {
			previous.edits.stop();
		}
		if (edits == null) {
			edits = new EditsSince(document); // the document holds exactly this state's text now
		}
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model != null) {
			replaceAnnotations(model, document);
		}
		org.eclipse.swt.widgets.Display display = viewer.getTextWidget().getDisplay();
		for (BiConsumer<IDocument, EditorState> listener : LISTENERS) {
			display.asyncExec(() -> {
				if (of(document) == this && LISTENERS.contains(listener)) {
					listener.accept(document, this);
				}
			});
		}
	}

	/**
	 * Keeps the annotations of problems that are still there (their positions followed the edits)
	 * and replaces only the rest: large files have thousands of warnings, and re-creating them all
	 * after each keystroke would repaint the rulers each time.
	 */
	private void replaceAnnotations(IAnnotationModel model, IDocument document) {
		Map<String, Annotation> existing = new HashMap<>();
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof ProblemAnnotation problem) {
				Position position = model.getPosition(annotation);
				String key = position == null || position.isDeleted() ? null
						: key(position.getOffset(), position.getLength(), problem.problem());
				if (key == null || existing.putIfAbsent(key, annotation) != null) {
					removed.add(annotation);
				}
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		int length = document.getLength();
		for (ProblemAnnotation.Problem problem : problems) {
			int offset = Math.min(problem.offset(), length);
			int end = Math.min(problem.offset() + Math.max(problem.length(), 0), length);
			ProblemAnnotation kept = (ProblemAnnotation) existing.remove(key(offset, end - offset, problem));
			if (kept != null) {
				kept.update(problem);
			} else {
				added.put(new ProblemAnnotation(problem), new Position(offset, end - offset));
			}
		}
		removed.addAll(existing.values());
		if (removed.isEmpty() && added.isEmpty()) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		} else {
			removed.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	private static String key(int offset, int length, ProblemAnnotation.Problem problem) {
		return offset + ":" + length + ":" + problem.severity() + ":" + problem.message();
	}
}
