package org.iotsmm.ui.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.dsl.ui.model.SmmModels;
import org.iotsmm.report.TrendText;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;
import org.iotsmm.ui.model.SmmSystems;
import org.iotsmm.ui.views.EditorNavigation;

/** The SMM commands' work, callable from the handlers and from tests; each runs as a job. */
public final class Commands {

	/** Family of these jobs, for tests. */
	public static final Object FAMILY = Commands.class;

	private Commands() {
	}

	/** Export Assessor Questionnaire: writes the workbook beside the model. */
	public static Job exportQuestionnaire(IFile model, String targetSet) {
		return job("Exporting the assessor questionnaire of " + model.getName(), monitor -> {
			IFile out;
			try {
				out = QuestionnaireExport.export(model, targetSet, monitor);
			} catch (org.eclipse.core.runtime.CoreException e) {
				return e.getStatus();
			}
			return new Status(IStatus.OK, org.iotsmm.ui.Activator.ID, "Wrote " + out.getFullPath());
		});
	}

	/** Import Filled Questionnaire: a new assessment in the model's editor (unsaved, undoable). */
	public static Job importQuestionnaire(IFile model, Path workbook) {
		return job("Importing " + workbook.getFileName() + " into " + model.getName(), monitor -> {
			AssessmentEdits.Insertion insertion = AssessmentEdits.fromQuestionnaire(model,
					AssessmentEdits.read(workbook), workbook.getFileName().toString(), null, monitor);
			return applyInEditor(insertion);
		});
	}

	/** New Assessment from Target: a skeleton assessment in the model's editor (unsaved, undoable). */
	public static Job newAssessment(IFile model, String targetSet) {
		return job("New assessment in " + model.getName(), monitor -> applyInEditor(AssessmentEdits.skeleton(model, targetSet, monitor)));
	}

	/** Compare Assessments: the {@code smm diff} text, given to {@code show} on the UI thread. */
	public static Job compare(IFile model, String from, String to, java.util.function.Consumer<String> show) {
		return job("Comparing " + from + " and " + to, monitor -> {
			String text = SmmModels.get().read(model, snapshot -> {
				org.iotsmm.smm.System system = SmmFiles.cleanSystem(snapshot, monitor);
				var a = SmmSystems.assessment(system, from);
				var b = SmmSystems.assessment(system, to);
				if (a == null || b == null) {
					throw new IllegalArgumentException("no assessment " + (a == null ? from : to) + " in system " + system.getName());
				}
				return TrendText.format(system.getName(), new GapAnalysis(SmmSystems.locator()).compare(system, a, b));
			});
			Display.getDefault().asyncExec(() -> show.accept(text));
			return Status.OK_STATUS;
		});
	}

	private static IStatus applyInEditor(AssessmentEdits.Insertion insertion) {
		IStatus[] result = { Status.OK_STATUS };
		Display.getDefault().syncExec(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			ITextEditor editor = EditorNavigation.reveal(page, insertion.file(), insertion.offset(), 0, true);
			if (editor == null) {
				result[0] = Status.error("Cannot open " + insertion.file().getName() + " in an editor");
				return;
			}
			try {
				insertion.applyTo(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
				editor.selectAndReveal(insertion.offset(), insertion.block().length());
			} catch (Exception e) {
				result[0] = Status.error(e.getMessage(), e);
			}
		});
		return result[0];
	}

	private static Job job(String name, Function<IProgressMonitor, IStatus> work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					return work.apply(monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
					return Status.error(e.getMessage());
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		return job;
	}

	/** Names of the followed picture for choosers (target sets or assessments), empty when not known. */
	static List<String> known(IFile file, boolean targetSets) {
		GapPicture p = GapModelService.get().state().picture();
		if (p == null || !p.file().equals(file)) {
			return List.of();
		}
		return targetSets ? p.targetSets() : p.assessments();
	}

	static void error(Shell shell, String title, String message) {
		MessageDialog.openError(shell, title, message);
	}
}
