package org.iotsmm.ui.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.dsl.ui.model.SmmModels;
import org.iotsmm.report.DiagramFigures;
import org.iotsmm.report.ReportWriter;
import org.iotsmm.report.ReportWriter.Artifact;
import org.iotsmm.report.ReportWriter.Format;
import org.iotsmm.ui.Activator;
import org.iotsmm.ui.model.SmmSystems;

/**
 * Writes the assessment report of a .smm file into a folder of its project with the command line's
 * writers (same files as {@code smm report}), as a job with progress and cancel; refreshes the
 * folder afterwards. Nothing is half-written: each file is replaced atomically.
 */
public final class ReportJob extends Job {

	/** Family of report jobs, for tests. */
	public static final Object FAMILY = ReportJob.class;

	private final IFile model;
	private final String targetSet;
	private final String assessment;
	private final Set<Format> formats;
	private final IFolder folder;
	private final List<IFile> written = new ArrayList<>();

	public ReportJob(IFile model, String targetSet, String assessment, Set<Format> formats, String folderName) {
		super("Generating the assessment report of " + model.getName());
		this.model = model;
		this.targetSet = targetSet;
		this.assessment = assessment;
		this.formats = formats;
		this.folder = model.getProject().getFolder(folderName);
		setUser(true);
		setRule(model.getProject());
	}

	/** The files written (after the job finished successfully). */
	public List<IFile> written() {
		return List.copyOf(written);
	}

	public IFolder folder() {
		return folder;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Report of " + model.getName(), 10 + 10 * formats.size());
		Path out = folder.getLocation().toFile().toPath();
		try {
			List<Path> files = SmmModels.get().read(model, snapshot -> {
				progress.subTask("Validating and analysing");
				org.iotsmm.smm.System system = SmmFiles.cleanSystem(snapshot, monitor);
				GapReport report = SmmSystems.analyse(system, targetSet, assessment);
				progress.worked(10);
				List<Artifact> artifacts = ReportWriter.artifacts(report, new DiagramFigures(report, system), formats);
				try {
					Files.createDirectories(out);
					return ReportWriter.write(out, artifacts, name -> {
						SmmFiles.checkCancelled(monitor);
						progress.subTask("Writing " + name);
						progress.worked(10 * formats.size() / Math.max(1, artifacts.size()));
					});
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			refresh();
			for (Path f : files) {
				written.add(folder.getFile(out.relativize(f).toString()));
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			refresh();
			return Status.CANCEL_STATUS;
		} catch (IllegalArgumentException | java.io.UncheckedIOException e) {
			return Status.error(e.getMessage(), null);
		} catch (RuntimeException e) {
			Activator.log(e);
			return Status.error("Cannot write the report of " + model.getName() + ": " + e, e);
		}
	}

	private void refresh() {
		try {
			folder.refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			Activator.log(e);
		}
	}
}
