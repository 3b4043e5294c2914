package org.iotsmm.ui.commands;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.ui.model.SmmModels;
import org.iotsmm.report.AtomicFiles;
import org.iotsmm.report.Questionnaire;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.ui.model.SmmSystems;

/** The assessor's workbook of a target set, written next to the model (the code of {@code smm questionnaire}). */
public final class QuestionnaireExport {

	private QuestionnaireExport() {
	}

	/** Writes {@code SYSTEM-TARGETSET-questionnaire.xlsx} beside the model and returns it. Off the UI thread. */
	public static IFile export(IFile model, String targetSetName, IProgressMonitor monitor) throws CoreException {
		IFile[] written = new IFile[1];
		SmmModels.get().read(model, snapshot -> {
			org.iotsmm.smm.System system = SmmFiles.cleanSystem(snapshot, monitor);
			TargetSet targets = SmmSystems.targetSet(system, targetSetName);
			if (targets == null) {
				if (system.getTargetSets().size() != 1) {
					throw new IllegalArgumentException("system " + system.getName() + " has " + system.getTargetSets().size()
							+ " target sets; choose one");
				}
				targets = system.getTargetSets().get(0);
			}
			GapReport report = new GapAnalysis(SmmSystems.locator()).analyse(system, null, targets);
			IFile out = model.getParent().getFile(new org.eclipse.core.runtime.Path(
					system.getName() + "-" + targets.getName() + "-questionnaire.xlsx"));
			Path path = out.getLocation().toFile().toPath();
			try {
				AtomicFiles.write(path, o -> Questionnaire.write(report, system.getCatalog(), o));
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			written[0] = out;
			return null;
		});
		written[0].refreshLocal(IResource.DEPTH_ZERO, null);
		return written[0];
	}
}
