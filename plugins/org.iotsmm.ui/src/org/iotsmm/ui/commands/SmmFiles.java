package org.iotsmm.ui.commands;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.model.ModelSnapshot;
import org.iotsmm.ui.model.EditorFollower;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.SmmSystems;

/** What the SMM commands work on, and the checks they share before writing anything. */
final class SmmFiles {

	private SmmFiles() {
	}

	/** The .smm file of the command: the active editor's, the selected one, else the one the views follow. */
	static IFile target(ExecutionEvent event) {
		IFile file = EditorFollower.smmFile(HandlerUtil.getActivePart(event));
		if (file == null) {
			file = EditorFollower.smmFile(HandlerUtil.getCurrentSelection(event));
		}
		if (file == null) {
			file = EditorFollower.smmFile(HandlerUtil.getActiveEditor(event));
		}
		return file != null ? file : GapModelService.get().file();
	}

	/**
	 * The model's system, after checking that the text parses and validates without errors (as the
	 * command line requires); IllegalArgumentException naming file, line and message otherwise.
	 */
	static org.iotsmm.smm.System cleanSystem(ModelSnapshot model, IProgressMonitor monitor) {
		String name = model.file().getFullPath().toString();
		List<Issue> errors = SmmLanguage.injector().getInstance(IResourceValidator.class)
				.validate(model.resource(), CheckMode.ALL, cancel(monitor)).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException(name + " has " + errors.size() + " error(s); fix them first:\n" + errors.stream()
					.limit(10).map(i -> name + ":" + i.getLineNumber() + ": " + i.getMessage()).collect(Collectors.joining("\n")));
		}
		return SmmSystems.firstSystem(model.resource())
				.orElseThrow(() -> new IllegalArgumentException(name + " declares no system"));
	}

	static CancelIndicator cancel(IProgressMonitor monitor) {
		return monitor::isCanceled;
	}

	static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
