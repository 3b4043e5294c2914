package org.iotsmm.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
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
 * which names are available.
 */
public class SmmLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int SHOWN = 8;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String what = describe(type);
		String name = context.getLinkText();
		List<String> qualified = new ArrayList<>();
		TreeSet<String> available = new TreeSet<>();
		try {
			IScope scope = scopes.getScope(context.getContext(), context.getReference());
			for (IEObjectDescription description : scope.getAllElements()) {
				String candidate = description.getName().toString();
				if (candidate.endsWith("." + name)) {
					qualified.add(candidate);
				}
				if (available.size() < 200) {
					available.add(candidate);
				}
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
		StringBuilder message = new StringBuilder("Unknown " + what + " '" + name + "'.");
		if (!available.isEmpty()) {
			message.append(" Known: ");
			message.append(String.join(", ", available.stream().limit(SHOWN).toList()));
			if (available.size() > SHOWN) {
				message.append(", ...");
			}
		}
		if (type == SmmPackage.Literals.CATALOG || type == SmmPackage.Literals.PROFILE) {
			message.append(" Check the name and the version.");
		}
		if (type == SmmPackage.Literals.REQUIREMENT) {
			message.append(" Declare it in the standard, or check the mapping's standard and version.");
			return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNKNOWN_REQUIREMENT, name);
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE, name);
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
