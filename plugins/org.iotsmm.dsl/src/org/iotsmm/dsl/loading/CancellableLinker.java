package org.iotsmm.dsl.loading;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.common.collect.Multimap;

/**
 * Xtext's lazy linker, but one that a caller can stop: parsing an edit re-links the whole file
 * (every cross-reference gets a new proxy), which Xtext offers no way to cancel. In the workbench
 * the next keystroke makes that work stale, and on a file of 10,000 components it went on for a
 * median 0.5-0.7 s after the keystroke (the editor benchmark's reconcile line), taking processor
 * time and memory from the typing. Within {@link #cancellableBy} the linker checks the indicator
 * every {@link #OBJECTS_PER_CHECK} objects and throws {@link OperationCanceledError}; the model is
 * then parsed but linked only in part, and the caller must link it again before using it.
 * Everywhere else (the command line, loading) it is Xtext's linker unchanged.
 */
public class CancellableLinker extends LazyLinker {

	static final int OBJECTS_PER_CHECK = 256;

	private static final ThreadLocal<CancelIndicator> CANCEL = new ThreadLocal<>();
	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	/** Runs {@code work} (which parses and so links) on this thread, stoppable by {@code cancel}. */
	public static <T> T cancellableBy(CancelIndicator cancel, Supplier<T> work) {
		CancelIndicator before = CANCEL.get();
		CANCEL.set(cancel);
		try {
			return work.get();
		} finally {
			if (before == null) {
				CANCEL.remove();
			} else {
				CANCEL.set(before);
			}
		}
	}

	@Override
	protected void doLinkModel(EObject model, org.eclipse.xtext.diagnostics.IDiagnosticConsumer consumer) {
		stopIfCanceled(); // the parse before took its time too
		super.doLinkModel(model, consumer);
	}

	@Override
	protected void installProxies(EObject obj, IDiagnosticProducer producer, Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
		if (CANCEL.get() != null && ++COUNT.get()[0] % OBJECTS_PER_CHECK == 0) {
			stopIfCanceled();
		}
		super.installProxies(obj, producer, settingsToLink);
	}

	/** Whether this thread runs work that a cancel indicator can stop. */
	static boolean isCancellable() {
		return CANCEL.get() != null;
	}

	protected static void stopIfCanceled() {
		CancelIndicator cancel = CANCEL.get();
		if (cancel != null && cancel.isCanceled()) {
			throw new OperationCanceledError(new RuntimeException("linking stopped: the text has changed again"));
		}
	}
}
