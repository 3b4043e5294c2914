package org.iotsmm.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.ArchitecturePicture;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.diagram.ZoneDiagrams;
import org.iotsmm.dsl.ui.model.ModelSnapshot;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.Zone;

/**
 * Turns one parsed model into a {@link GapPicture}: analysis, layout, element sources and
 * problems. Runs in a background job under the model lock; gives up when the snapshot goes stale.
 */
public final class GapComputation {

	private GapComputation() {
	}

	/**
	 * What the first of the two steps found: the analysis and everything else of the picture but
	 * the layout, and, when the architecture is unchanged, the new statuses drawn on the previous
	 * layout ({@code early}, else null).
	 */
	public record Analysed(ModelSnapshot model, org.iotsmm.smm.System system, ViewChoices choices, String architecture,
			GapReport report, Options options, Zone shown, String shownZone, boolean overview, List<String> zonePaths,
			List<String> targetSets, List<String> assessments, Map<String, ElementSource> sources,
			Map<String, List<String>> problems, long analysisNanos, GapPicture early) {
	}

	/**
	 * Empty when the file declares no system; the caller checks {@link ModelSnapshot#hasSyntaxErrors()}
	 * first. When {@code previous} has the same architecture and choices, {@code early} first gets the
	 * new report drawn on the previous layout (no layout needed), then the full layout is done.
	 */
	public static Optional<GapPicture> compute(ModelSnapshot model, ViewChoices choices, GapPicture previous,
			java.util.function.Consumer<GapPicture> early) {
		return analyse(model, choices, previous).map(analysed -> {
			if (analysed.early() != null && early != null) {
				early.accept(analysed.early());
			}
			return layOut(analysed);
		});
	}

	/** The first step: the gap analysis, sources, problems, and the early picture when one can be drawn. */
	public static Optional<Analysed> analyse(ModelSnapshot model, ViewChoices choices, GapPicture previous) {
		long start = System.nanoTime();
		Optional<org.iotsmm.smm.System> found = SmmSystems.firstSystem(model.resource());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		org.iotsmm.smm.System system = found.get();
		GapReport report = SmmSystems.analyse(system, choices.targetSet(), choices.assessment());
		long analysed = System.nanoTime();
		checkCancelled(model);
		String architecture = architecture(system);
		String domain = report.practices().stream().anyMatch(p -> p.domain().equals(choices.domain())) ? choices.domain() : null;
		Options options = Options.DEFAULT.withDomain(domain).withPractice(validPractice(report, choices.practice()));
		Map<String, ElementSource> sources = new HashMap<>();
		report.index().forEach((element, ref) -> {
			if (!ref.isSystem()) {
				source(element, ref).ifPresent(s -> sources.put(s.path(), s));
			}
		});
		Map<String, List<String>> problems = problems(model, sources);
		List<String> targetSets = system.getTargetSets().stream().map(TargetSet::getName).toList();
		List<String> assessments = system.getAssessments().stream().map(Assessment::getName).toList();
		// a large system is drawn as the reports draw it: an overview of its zones, or one zone's figure
		Map<String, Zone> detailZones = new LinkedHashMap<>();
		if (ZoneDiagrams.isLarge(system)) {
			ZoneDiagrams.detailZones(system).forEach(z -> detailZones.put(report.ref(z).path(), z));
		}
		Zone shown = choices.zone() == null ? null : detailZones.get(choices.zone());
		String shownZone = shown == null ? null : choices.zone();
		boolean overview = !detailZones.isEmpty() && shown == null;
		List<String> zonePaths = List.copyOf(detailZones.keySet());
		GapPicture early = null;
		// the same choices and architecture: the previous picture is the same figure (overview, zone or whole system)
		if (previous != null && previous.choices().equals(choices) && previous.architecture().equals(architecture)) {
			early = new GapPicture(model.file(), system.getName(), choices, architecture, false, report,
					ArchitecturePicture.restatus(previous.diagram(), report, options), zonePaths, shownZone, targetSets,
					assessments, sources, problems, model.textVersion(), analysed - start, 0);
			checkCancelled(model);
		}
		return Optional.of(new Analysed(model, system, choices, architecture, report, options, shown, shownZone, overview,
				zonePaths, targetSets, assessments, sources, problems, analysed - start, early));
	}

	/** The second step: the ELK layout of what {@link #analyse} found, with the lock held. */
	public static GapPicture layOut(Analysed a) {
		long layoutStart = System.nanoTime();
		ArchitectureDiagram diagram = a.shown() != null ? ZoneDiagrams.zone(a.report(), a.system(), a.shown(), a.options())
				: a.overview() ? ZoneDiagrams.overview(a.report(), a.system(), a.options()).diagram()
						: Diagrams.architecture(a.report(), a.system(), a.options());
		long laidOut = System.nanoTime();
		checkCancelled(a.model());
		return new GapPicture(a.model().file(), a.system().getName(), a.choices(), a.architecture(), true, a.report(), diagram,
				a.zonePaths(), a.shownZone(), a.targetSets(), a.assessments(), a.sources(), a.problems(),
				a.model().textVersion(), a.analysisNanos(), laidOut - layoutStart);
	}

	/** The declarations the layout depends on, as written. */
	private static String architecture(org.iotsmm.smm.System system) {
		StringBuilder b = new StringBuilder();
		b.append(system.getName()).append('|').append(system.getTitle()).append('\n');
		for (org.eclipse.emf.ecore.EObject part : concat(system)) {
			ICompositeNode node = NodeModelUtils.getNode(part);
			b.append(node == null ? part.toString() : node.getText()).append('\n');
		}
		return b.toString();
	}

	private static List<org.eclipse.emf.ecore.EObject> concat(org.iotsmm.smm.System system) {
		List<org.eclipse.emf.ecore.EObject> parts = new java.util.ArrayList<>();
		parts.addAll(system.getZones());
		parts.addAll(system.getComponents());
		parts.addAll(system.getFlows());
		return parts;
	}

	private static String validPractice(GapReport report, String practice) {
		return practice != null && report.practice(practice).isPresent() ? practice : null;
	}

	private static void checkCancelled(ModelSnapshot model) {
		if (model.cancelIndicator() != null && model.cancelIndicator().isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private static Optional<ElementSource> source(ArchitectureElement element, ElementRef ref) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return Optional.empty();
		}
		int nameOffset = node.getOffset();
		int nameLength = 0;
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> names = NodeModelUtils.findNodesForFeature(element, name);
			if (!names.isEmpty()) {
				nameOffset = names.get(0).getOffset();
				nameLength = names.get(0).getLength();
			}
		}
		return Optional.of(new ElementSource(ref.path(), nameOffset, nameLength, node.getOffset(), node.getLength(),
				node.getStartLine(), node.getEndLine()));
	}

	/** Problem markers of the file and the parser's and linker's diagnostics, by the element whose lines hold them. */
	private static Map<String, List<String>> problems(ModelSnapshot model, Map<String, ElementSource> sources) {
		List<int[]> lines = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		try {
			for (IMarker marker : model.file().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
				if (severity >= IMarker.SEVERITY_WARNING) {
					lines.add(new int[] { marker.getAttribute(IMarker.LINE_NUMBER, 0) });
					messages.add((severity == IMarker.SEVERITY_ERROR ? "error: " : "warning: ")
							+ marker.getAttribute(IMarker.MESSAGE, ""));
				}
			}
		} catch (CoreException e) {
			// the file went away meanwhile: no markers to show
		}
		for (Diagnostic d : model.resource().getErrors()) {
			lines.add(new int[] { d.getLine() });
			messages.add("error: " + d.getMessage());
		}
		for (Diagnostic d : model.resource().getWarnings()) {
			lines.add(new int[] { d.getLine() });
			messages.add("warning: " + d.getMessage());
		}
		Map<String, List<String>> byElement = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			int line = lines.get(i)[0];
			String message = messages.get(i);
			sources.values().stream().filter(s -> s.containsLine(line))
					.min((a, b) -> Integer.compare(a.length(), b.length()))
					.ifPresent(s -> byElement.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(message));
		}
		byElement.replaceAll((k, v) -> List.copyOf(v));
		return byElement;
	}
}
