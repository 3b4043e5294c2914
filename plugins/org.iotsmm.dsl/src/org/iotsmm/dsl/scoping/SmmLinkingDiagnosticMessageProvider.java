package org.iotsmm.dsl.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.iotsmm.dsl.validation.IssueCodes;
import org.iotsmm.smm.SmmPackage;

import com.google.inject.Inject;

/**
 * Says what could not be found, whether a simple name is ambiguous (and how to qualify it), and
 * which names are available, nearest to the written name first (did-you-mean).
 * <p>
 * The issue data of {@link IssueCodes#UNKNOWN_REFERENCE} is the written name followed by the
 * suggested names (those close enough to be a likely typo, nearest first; possibly none), for
 * quick fixes.
 */
public class SmmLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int SHOWN = 8;
	/** At most this many suggestions go into the issue data. */
	private static final int SUGGESTED = 3;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String what = describe(type);
		String name = context.getLinkText();
		List<String> qualified = new ArrayList<>();
		// every name of every element in scope; each element is offered once, by its nearest name
		Map<Object, List<String>> available = new LinkedHashMap<>();
		try {
			IScope scope = scopes.getScope(context.getContext(), context.getReference());
			for (IEObjectDescription description : scope.getAllElements()) {
				String candidate = description.getName().toString();
				if (candidate.endsWith("." + name)) {
					qualified.add(candidate);
				}
				available.computeIfAbsent(description.getEObjectOrProxy(), o -> new ArrayList<>()).add(candidate);
			}
		} catch (RuntimeException e) {
			// a broken model must still get a message
		}
		if (type == SmmPackage.Literals.ARCHITECTURE_ELEMENT || type == SmmPackage.Literals.COMPONENT) {
			if (qualified.size() > 1) {
				return new DiagnosticMessage("'" + name + "' is ambiguous: it names " + String.join(", ", qualified)
						+ ". Write the qualified name.", Severity.ERROR, IssueCodes.AMBIGUOUS_REFERENCE, name);
			}
		}
		List<String> nearest = nearestFirst(name, available);
		List<String> suggested = nearest.stream().limit(SUGGESTED).filter(c -> isLikelyTypo(name, c)).toList();
		StringBuilder message = new StringBuilder("Unknown " + what + " '" + name + "'.");
		if (!suggested.isEmpty()) {
			message.append(" Did you mean '").append(suggested.get(0)).append("'?");
		}
		if (type == SmmPackage.Literals.TARGET_TEMPLATE) {
			message.append(templateRule(context));
		}
		if (!nearest.isEmpty()) {
			message.append(" Known, nearest first: ");
			message.append(String.join(", ", nearest.stream().limit(SHOWN).toList()));
			if (nearest.size() > SHOWN) {
				message.append(", ... (").append(nearest.size()).append(" in all)");
			}
			message.append('.');
		}
		if (type == SmmPackage.Literals.CATALOG || type == SmmPackage.Literals.PROFILE) {
			message.append(" Check the name and the version.");
		}
		if (type == SmmPackage.Literals.REQUIREMENT) {
			message.append(" Declare it in the standard, or check the mapping's standard and version.");
			return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNKNOWN_REQUIREMENT, name);
		}
		List<String> data = new ArrayList<>();
		data.add(name);
		data.addAll(suggested);
		return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE,
				data.toArray(String[]::new));
	}

	private static String templateRule(ILinkingDiagnosticContext context) {
		org.iotsmm.smm.System system = EcoreUtil2.getContainerOfType(context.getContext(), org.iotsmm.smm.System.class);
		if (system == null) {
			return "";
		}
		if (system.getProfile() == null || system.getProfile().eIsProxy()) {
			return " System " + system.getName() + " uses no profile, so it has no templates: a target set can use"
					+ " only a template of its system's profile. Add 'profile NAME' after 'uses catalog ...', or write"
					+ " the entries in the target set itself.";
		}
		return " A target set can use only a template of its system's profile, " + system.getProfile().getName()
				+ ", or of a profile it extends; another profile's template would bring another industry's targets.";
	}

	private record Scored(String name, int distance) {
		static final Comparator<Scored> NEAREST = Comparator.comparingInt(Scored::distance)
				.thenComparingInt(s -> s.name().length()).thenComparing(Scored::name);
	}

	/**
	 * One name per element (its nearest, then shortest), elements by edit distance to the written
	 * name (whole names and last segments compared, case ignored), then by name.
	 */
	static List<String> nearestFirst(String name, Map<Object, List<String>> namesByElement) {
		String written = name.toLowerCase(Locale.ROOT);
		String writtenLast = lastSegment(written);
		List<Scored> best = new ArrayList<>();
		for (List<String> names : namesByElement.values()) {
			best.add(names.stream().map(c -> {
				String lower = c.toLowerCase(Locale.ROOT);
				return new Scored(c, Math.min(distance(written, lower), distance(writtenLast, lastSegment(lower))));
			}).min(Scored.NEAREST).orElseThrow());
		}
		return best.stream().sorted(Scored.NEAREST).map(Scored::name).distinct().toList();
	}

	/** Close enough to be a typo: at most a third of the name's letters differ (at least 2 allowed). */
	static boolean isLikelyTypo(String name, String candidate) {
		String a = lastSegment(name.toLowerCase(Locale.ROOT));
		String b = lastSegment(candidate.toLowerCase(Locale.ROOT));
		int d = Math.min(distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)), distance(a, b));
		return d <= Math.max(2, a.length() / 3);
	}

	private static String lastSegment(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(dot + 1);
	}

	/** Levenshtein distance (two rows); also used by the editor's did-you-mean quick fix. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static String describe(EClass type) {
		return switch (type.getName()) {
		case "ArchitectureElement" -> "zone or component";
		case "TargetSet" -> "target set";
		case "TargetTemplate" -> "target template";
		case "CatalogElement" -> "domain, subdomain or practice";
		default -> type.getName().toLowerCase();
		};
	}
}
