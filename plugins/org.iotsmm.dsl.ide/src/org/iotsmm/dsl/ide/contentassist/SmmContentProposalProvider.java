package org.iotsmm.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.iotsmm.dsl.conversion.SmmValueConverters;
import org.iotsmm.dsl.scoping.CatalogOf;
import org.iotsmm.dsl.scoping.SmmScopeProvider;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.EvidenceKind;
import org.iotsmm.smm.SmmPackage;

import com.google.common.base.Predicate;

/**
 * Cross-reference proposals as the grammar asks for them, each element once.
 * <p>
 * {@code practice X} in a target entry fills a feature typed CatalogElement; before the entry
 * exists the scope provider cannot tell a practice from a subdomain of the same name
 * ({@code ThreatModeling} is both), so practices, subdomains and domains are looked up in the
 * catalog in use by the cross-reference's own type. The scopes offer practices and zones under
 * several names (simple, domain-qualified, fully qualified, code; simple and path): unless the
 * user has typed a '.', only the first, shortest name of each element is proposed.
 * <p>
 * An evidence kind is an identifier to the parser (so that "test" stays a usable name), not a
 * keyword: its values are proposed here.
 */
public class SmmContentProposalProvider extends IdeContentProposalProvider {

	private static final String EVIDENCE_KIND_RULE = "EvidenceKindName";

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call && EVIDENCE_KIND_RULE.equals(call.getRule().getName())) {
			evidenceKinds(context, acceptor);
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (EVIDENCE_KIND_RULE.equals(ruleCall.getRule().getName())) {
			evidenceKinds(context, acceptor);
			return;
		}
		super._createProposals(ruleCall, context, acceptor);
	}

	private void evidenceKinds(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (EvidenceKind kind : SmmValueConverters.EVIDENCE_KINDS) {
			ContentAssistEntry entry = getProposalCreator().createProposal(kind.getLiteral(), context, e -> {
				e.setKind(ContentAssistEntry.KIND_ENUM);
				e.setDescription("kind of evidence");
			});
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (reference.getType().getClassifier() instanceof EClass type
				&& SmmPackage.Literals.CATALOG_ELEMENT.isSuperTypeOf(type)
				&& getScopeProvider() instanceof SmmScopeProvider scopes) {
			Catalog catalog = CatalogOf.context(context.getCurrentModel());
			if (catalog != null) {
				getCrossrefProposalProvider().lookupCrossReference(scopes.catalogScope(catalog, type), reference,
						context, acceptor, getCrossrefFilter(reference, context));
			}
			return;
		}
		super._createProposals(reference, context, acceptor);
	}

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> inherited = super.getCrossrefFilter(reference, context);
		EClass wanted = reference.getType().getClassifier() instanceof EClass c ? c : null;
		boolean qualifying = context.getPrefix() != null && context.getPrefix().contains(".");
		Set<URI> proposed = new HashSet<>();
		return description -> inherited.apply(description)
				&& (wanted == null || wanted.isSuperTypeOf(description.getEClass()))
				&& (qualifying || proposed.add(description.getEObjectURI()));
	}
}
