package org.iotsmm.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;

/**
 * The target a target set gives a practice on one element, chosen by the rules of the gap
 * analysis (plugins/org.iotsmm.analysis/docs/method.md, "Effective targets"): the set's own
 * entries before its template's, then the most specific element (the element itself, then the
 * innermost zone around it, ..., then system-wide), then the most specific subject (practice,
 * subdomain, domain), then written order. The language cannot use the analysis bundle (it depends
 * on the language), so the profile rules use this small copy of the choice.
 */
final class EffectiveTarget {

	record Result(TargetEntry entry, int level, Scope scope, boolean ownEntry) {
	}

	private EffectiveTarget() {
	}

	/** The effective target, or null when no entry of the set (or its template) applies. */
	static Result of(TargetSet set, Practice practice, ArchitectureElement element) {
		Result own = best(set.getEntries(), practice, element, true);
		if (own != null || set.getTemplate() == null || set.getTemplate().eIsProxy()) {
			return own;
		}
		return best(set.getTemplate().getEntries(), practice, element, false);
	}

	private static Result best(List<TargetEntry> entries, Practice practice, ArchitectureElement element, boolean own) {
		List<EObject> outward = outward(element);
		TargetEntry best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestSubject = Integer.MAX_VALUE;
		for (TargetEntry entry : entries) {
			int subject = subjectRank(entry.getSubject(), practice);
			if (subject < 0) {
				continue;
			}
			int distance = distance(entry, outward);
			if (distance < 0) {
				continue;
			}
			if (distance < bestDistance || distance == bestDistance && subject < bestSubject) {
				best = entry;
				bestDistance = distance;
				bestSubject = subject;
			}
		}
		return best == null ? null
				: new Result(best, best.getLevel(), best.getScope() == null ? Scope.GENERAL : best.getScope(), own);
	}

	/** The element, then each zone around it, innermost first (the system is not included). */
	private static List<EObject> outward(ArchitectureElement element) {
		List<EObject> chain = new ArrayList<>();
		for (EObject e = element; e != null && !(e instanceof org.iotsmm.smm.System); e = e.eContainer()) {
			chain.add(e);
		}
		return chain;
	}

	/** 0 on the element itself, k on its k-th enclosing zone, a large number system-wide, -1 when it does not apply. */
	private static int distance(TargetEntry entry, List<EObject> outward) {
		if (entry.getAppliesTo().isEmpty()) {
			return outward.size();
		}
		int best = -1;
		for (ArchitectureElement named : entry.getAppliesTo()) {
			int index = outward.indexOf(named);
			if (index >= 0 && (best < 0 || index < best)) {
				best = index;
			}
		}
		return best;
	}

	/** 0 for the practice itself, 1 for its subdomain, 2 for its domain, -1 otherwise. */
	private static int subjectRank(CatalogElement subject, Practice practice) {
		if (subject == null || subject.eIsProxy()) {
			return -1;
		}
		if (subject == practice) {
			return 0;
		}
		if (subject instanceof Subdomain && practice.eContainer() == subject) {
			return 1;
		}
		if (subject instanceof Domain && practice.eContainer() != null && practice.eContainer().eContainer() == subject) {
			return 2;
		}
		return -1;
	}

	static int line(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
