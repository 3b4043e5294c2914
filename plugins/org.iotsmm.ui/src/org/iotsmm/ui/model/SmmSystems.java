package org.iotsmm.ui.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.analysis.GapAnalysis;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.SourceLocator;
import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.TargetSet;

/** Picking the system, target set and assessment of a parsed file, as the command line does. Call under the model lock. */
public final class SmmSystems {

	private SmmSystems() {
	}

	/** The first system declared in the resource. */
	public static Optional<org.iotsmm.smm.System> firstSystem(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return Optional.empty();
		}
		return model.getElements().stream().filter(org.iotsmm.smm.System.class::isInstance)
				.map(org.iotsmm.smm.System.class::cast).findFirst();
	}

	public static TargetSet targetSet(org.iotsmm.smm.System system, String name) {
		return name == null ? null
				: system.getTargetSets().stream().filter(t -> name.equals(t.getName())).findFirst().orElse(null);
	}

	public static Assessment assessment(org.iotsmm.smm.System system, String name) {
		return name == null ? null
				: system.getAssessments().stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null);
	}

	/** The newest assessment by date (then name), or null: the command line's default. */
	public static Assessment newest(org.iotsmm.smm.System system) {
		return system.getAssessments().stream()
				.max(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
						.thenComparing(a -> Objects.toString(a.getName(), "")))
				.orElse(null);
	}

	/**
	 * The gap report for the chosen target set and assessment (unknown names fall back to the
	 * defaults): without a target set, the one the assessment names, else the first.
	 */
	public static GapReport analyse(org.iotsmm.smm.System system, String targetSetName, String assessmentName) {
		Assessment assessment = assessment(system, assessmentName);
		if (assessment == null) {
			assessment = newest(system);
		}
		TargetSet targets = targetSet(system, targetSetName);
		GapAnalysis analysis = new GapAnalysis(locator());
		if (targets == null && (assessment == null || assessment.getAgainst() == null) && !system.getTargetSets().isEmpty()) {
			targets = system.getTargetSets().get(0);
		}
		return targets != null ? analysis.analyse(system, assessment, targets) : analysis.analyse(system, assessment);
	}

	/** Lines from Xtext's node model; files as workspace paths ({@code /project/file.smm}). */
	public static SourceLocator locator() {
		return object -> {
			ICompositeNode node = NodeModelUtils.getNode(object);
			return new SourceLocation(workspacePath(object), node == null ? 0 : node.getStartLine());
		};
	}

	private static String workspacePath(EObject object) {
		if (object == null || object.eResource() == null || object.eResource().getURI() == null) {
			return "";
		}
		URI uri = object.eResource().getURI();
		return uri.isPlatformResource() ? uri.toPlatformString(true) : SourceLocator.fileOf(object);
	}

	/** The workspace file a location names, or null when it is not in the workspace (the shipped catalog). */
	public static IFile file(SourceLocation location) {
		if (location == null || location.file().isEmpty() || !location.file().startsWith("/")) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(location.file()));
		return file.exists() ? file : null;
	}
}
