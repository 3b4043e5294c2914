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
import org.iotsmm.smm.Practice;

/** Adds the title as detail and, for practices, the objective as documentation. */
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
			if (named.getTitle() != null) {
				entry.setDescription(named.getTitle());
			}
			if (named instanceof Practice practice && practice.getObjective() != null) {
				entry.setDocumentation(Guidance.oneLine(practice.getObjective()));
			}
		}
		return entry;
	}
}
