package org.iotsmm.dsl.ui.editor;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.dsl.ui.BackgroundThreads;
import org.iotsmm.dsl.ui.Debouncer;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.builder.SmmNature;
import org.iotsmm.dsl.ui.highlighting.SemanticPresenter;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Keeps an editor's .smm model current: every edit bumps the file's text version (cancelling work
 * on older text) and schedules a background job after {@link #DELAY_MS} of quiet (a
 * {@link Debouncer}: every keystroke puts it off again). The job
 * re-parses the text into the project's model ({@link WorkspaceModels#reconcile}), which tells the
 * model listeners, computes what the editor shows ({@link EditorState}: the problems under the same
 * lock, the rest once the lock has been taken again) and hands it to the UI thread with
 * {@code asyncExec}. Nothing here parses on the UI thread.
 */
public class SmmReconciler implements IReconciler {

	/** Quiet time after the last keystroke before the text is re-parsed. */
	public static final int DELAY_MS = 300;

	/**
	 * The reconciler of each document shown, to find the one of a shipped file opened read-only
	 * (an entry goes when its viewer lets go of the document).
	 */
	private static final Map<IDocument, SmmReconciler> OF_DOCUMENT = Collections.synchronizedMap(new WeakHashMap<>());

	private ITextViewer viewer;
	private Display display;
	private SemanticPresenter presenter;
	private IDocument document;
	private IFile file;
	private final ReconcileJob job = new ReconcileJob();
	private final Debouncer quiet = new Debouncer(DELAY_MS, job::schedule);

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			IFile current = file;
			if (current != null) {
				WorkspaceModels.instance().textChanged(current);
				quiet.trigger();
			}
		}
	};

	private final ITextInputListener inputListener = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			connect(newInput);
			ProposalPopupSize.install(viewer);
		}
	};

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		display = textViewer.getTextWidget().getDisplay();
		presenter = new SemanticPresenter(textViewer);
		viewer.addTextInputListener(inputListener);
		connect(viewer.getDocument());
		ProposalPopupSize.install(viewer);
	}

	@Override
	public void uninstall() {
		connect(null);
		if (viewer != null) {
			viewer.removeTextInputListener(inputListener);
		}
		quiet.cancel();
		job.cancel();
		if (presenter != null) {
			presenter.dispose();
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	/** The workspace file edited in the viewer, or null (e.g. a file outside the workspace). */
	public IFile file() {
		return file;
	}

	private synchronized void connect(IDocument newDocument) {
		if (document != null) {
			document.removeDocumentListener(documentListener);
			EditorState.forget(document);
			OF_DOCUMENT.remove(document, this);
		}
		if (file != null) {
			WorkspaceModels.instance().editorClosed(file);
			org.iotsmm.dsl.ui.builder.SmmBuilder.editorClosed(file);
		}
		document = newDocument;
		file = newDocument == null ? null : fileOf(newDocument);
		if (document != null) {
			OF_DOCUMENT.put(document, this);
		}
		if (document != null && file != null) {
			WorkspaceModels.instance().editorOpened(file);
			SmmNature.enable(file.getProject());
			document.addDocumentListener(documentListener);
			WorkspaceModels.instance().textChanged(file);
			job.schedule(0);
		}
	}

	static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile candidate = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return candidate.getProject().isAccessible() ? candidate : null;
	}

	/**
	 * A shipped catalog or profile file has opened read-only in the viewer of {@code shown} (UI
	 * thread, once the editor is open: the viewer alone cannot tell where a document without a
	 * workspace file came from). Its colours, outline and links come once, in the background, from
	 * the library's own model of the file: the text never changes.
	 */
	public static void showShipped(IDocument shown, URI uri) {
		SmmReconciler reconciler = shown == null ? null : OF_DOCUMENT.get(shown);
		if (reconciler == null || EditorState.of(shown) != null) {
			return;
		}
		ShippedDocuments.opened(shown, uri);
		reconciler.new ShippedJob(shown, uri).schedule();
	}

	/**
	 * Hands a state to the UI thread, where it is applied while the viewer still shows {@code doc}
	 * and {@code current} says the state is of its text.
	 */
	private void show(IDocument doc, BooleanSupplier current, EditorState state, boolean complete) {
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (current.getAsBoolean() && viewer instanceof ISourceViewer sourceViewer && sourceViewer.getDocument() == doc
					&& viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				if (complete) {
					presenter.show(state.highlighting(), state.moves());
					state.applyTo(sourceViewer, doc);
				} else {
					state.applyProblemsTo(sourceViewer, doc);
				}
			}
		});
	}

	/** Reads a shipped file's state from the library and shows it. */
	private final class ShippedJob extends Job {
		private final IDocument shown;
		private final URI uri;

		ShippedJob(IDocument shown, URI uri) {
			super("Reading a shipped .smm file");
			this.shown = shown;
			this.uri = uri;
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == WorkspaceModels.JOB_FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			CancelIndicator cancel = monitor::isCanceled;
			EditorState state = BackgroundThreads.belowUi(() -> SmmLanguage.injector().getInstance(ShippedLibrary.class)
					.read(uri, resource -> EditorState.readOnly(resource, cancel)));
			if (state != null) {
				show(shown, () -> true, state, true); // a shipped text never changes
			}
			return Status.OK_STATUS;
		}
	}

	private final class ReconcileJob extends Job {
		ReconcileJob() {
			super("Checking .smm text");
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == WorkspaceModels.JOB_FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return BackgroundThreads.belowUi(() -> check(monitor));
		}

		private IStatus check(IProgressMonitor monitor) {
			IDocument doc;
			IFile target;
			synchronized (SmmReconciler.this) {
				doc = document;
				target = file;
			}
			if (doc == null || target == null) {
				return Status.OK_STATUS;
			}
			WorkspaceModels models = WorkspaceModels.instance();
			long version = models.version(target);
			String text;
			try {
				text = doc.get();
			} catch (RuntimeException e) {
				return Status.OK_STATUS; // changed while read: the edit has re-scheduled us
			}
			if (models.version(target) != version || monitor.isCanceled()) {
				return Status.OK_STATUS;
			}
			EditorState state;
			try {
				state = models.reconcile(target, text, version, snapshot -> {
					EditorState problems = EditorState.problems(snapshot);
					if (problems != null) {
						show(doc, () -> models.version(target) == version, problems, false);
					}
					return problems;
				}, EditorState::complete);
			} catch (RuntimeException | Error e) {
				if (WorkspaceModels.isCancellation(e)) {
					return Status.OK_STATUS; // the next edit has re-scheduled us
				}
				throw e;
			}
			if (state != null) {
				show(doc, () -> models.version(target) == version, state, true);
			}
			return Status.OK_STATUS;
		}
	}
}
