package org.iotsmm.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.iotsmm.dsl.ide.hover.Guidance;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;

/** Adds the title as detail (for a practice or subdomain with its domain) and, for practices, the objective as documentation. */
public class SmmCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject object = candidate.getEObjectOrProxy();
		if (object.eIsProxy() && context.getResource() != null) {
			object = EcoreUtil.resolve(object, context.getResource());
		}
		if (object instanceof NamedElement named && !object.eIsProxy()) {
			if ((named instanceof Practice || named instanceof Subdomain) && domainOf(named) != null) {
				entry.setDescription(title(named) + " \u00b7 " + domainOf(named));
			} else if (named.getTitle() != null) {
				entry.setDescription(named.getTitle());
			}
			if (named instanceof Practice practice && practice.getObjective() != null) {
				entry.setDocumentation(Guidance.oneLine(practice.getObjective()));
			}
		}
		return entry;
	}

	private static String title(NamedElement element) {
		return element.getTitle() != null ? element.getTitle() : element.getName();
	}

	/** The title of the domain a subdomain or practice belongs to, or null. */
	private static String domainOf(EObject element) {
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Domain domain) {
				return title(domain);
			}
		}
		return null;
	}
}
