package org.iotsmm.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotsmm.ui.Activator;
import org.iotsmm.ui.model.GapModelService;
import org.iotsmm.ui.model.GapPicture;

/** SMM > Generate Assessment Report...: the dialog, then a {@link ReportJob}; opens report.html when done. */
public class GenerateReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IFile file = SmmFiles.target(event);
		if (file == null) {
			MessageDialog.openInformation(shell, "Generate Assessment Report", "Open or select a .smm file first.");
			return null;
		}
		GapPicture picture = GapModelService.get().state().picture();
		boolean known = picture != null && picture.file().equals(file);
		ReportDialog dialog = new ReportDialog(shell, known ? picture.targetSets() : java.util.List.of(),
				known ? picture.assessments() : java.util.List.of());
		if (dialog.open() != Window.OK) {
			return null;
		}
		ReportJob job = new ReportJob(file, dialog.targetSet, dialog.assessment, dialog.formats, dialog.folder);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent e) {
				if (e.getResult().isOK()) {
					job.written().stream().filter(f -> f.getName().endsWith(".html")).findFirst()
							.ifPresent(html -> Display.getDefault().asyncExec(() -> openInBrowser(html)));
				}
			}
		});
		job.schedule();
		return null;
	}

	static void openInBrowser(IFile html) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser()
					.openURL(html.getLocationURI().toURL());
		} catch (Exception e) {
			Activator.log(e);
		}
	}
}
