package org.iotsmm.ui.tests;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.model.SmmModels;

/** The errors of a workspace model as the workbench sees it (read off the UI thread). */
final class Validation {

	private Validation() {
	}

	static List<String> errors(IFile file) {
		CompletableFuture<List<String>> result = CompletableFuture.supplyAsync(() -> SmmModels.get().read(file,
				model -> SmmLanguage.injector().getInstance(IResourceValidator.class)
						.validate(model.resource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
						.filter(i -> i.getSeverity() == Severity.ERROR)
						.map(i -> file.getName() + ":" + i.getLineNumber() + ": " + i.getMessage()).toList()));
		Workbench.waitUntil("validation of " + file.getName(), result::isDone);
		return result.join();
	}
}
