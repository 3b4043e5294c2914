package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.SmmPackage;

/**
 * Fixes of cycles, cut at the element the issue is on: a practice's prerequisite that is a member
 * of its {@code requires} cycle removed, a profile of an extension cycle made to extend a catalog
 * instead (a profile extends a catalog or a profile, so the extension is replaced, not removed).
 */
final class CycleFixes {

	private static final int CATALOGS = 3;

	private CycleFixes() {
	}

	/** One fix for each prerequisite of the practice that is in its cycle (the issue's data name the members). */
	static List<Fix> removePrerequisite(XtextResource resource, Issue issue) {
		Practice practice = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Practice.class);
		String[] members = issue.getData();
		if (practice == null || members == null) {
			return List.of();
		}
		List<INode> items = NodeModelUtils.findNodesForFeature(practice, SmmPackage.Literals.PRACTICE__PREREQUISITES);
		if (items.isEmpty() || items.size() != practice.getPrerequisites().size()) {
			return List.of();
		}
		String text = QuickFixes.text(resource);
		List<Fix> fixes = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Practice prerequisite = practice.getPrerequisites().get(i);
			if (prerequisite == null || prerequisite.eIsProxy() || !List.of(members).contains(prerequisite.getName())) {
				continue;
			}
			int[] range = items.size() > 1 ? EntryFixes.listItem(items, i)
					: EntryFixes.withLines(text, keywordBefore(practice, items.get(0)).getOffset(), items.get(0).getEndOffset());
			fixes.add(new Fix("Remove the prerequisite " + NodeModelUtils.getTokenText(items.get(i)), range[0], range[1] - range[0], ""));
		}
		return fixes;
	}

	/** {@code extends profile P [version V]} replaced by {@code extends catalog C version W}, for the catalogs in scope. */
	static List<Fix> extendCatalog(XtextResource resource, Issue issue) {
		Profile profile = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Profile.class);
		if (profile == null) {
			return List.of();
		}
		List<INode> base = NodeModelUtils.findNodesForFeature(profile, SmmPackage.Literals.PROFILE__BASE);
		List<INode> version = NodeModelUtils.findNodesForFeature(profile, SmmPackage.Literals.PROFILE__BASE_VERSION);
		if (base.isEmpty()) {
			return List.of();
		}
		int start = keywordBefore(profile, base.get(0)).getOffset();
		int end = (version.isEmpty() ? base : version).get(0).getEndOffset();
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		Set<String> catalogs = new TreeSet<>();
		for (IEObjectDescription description : scopes.getScope(profile, SmmPackage.Literals.PROFILE__CATALOG).getAllElements()) {
			EObject found = org.eclipse.emf.ecore.util.EcoreUtil.resolve(description.getEObjectOrProxy(), resource);
			if (found instanceof Catalog catalog && !catalog.eIsProxy() && catalog.getName() != null && catalog.getVersion() != null) {
				catalogs.add(catalog.getName() + " version " + catalog.getVersion());
			}
		}
		return catalogs.stream().limit(CATALOGS)
				.map(c -> new Fix("Extend catalog " + c + " instead", start, end - start, "catalog " + c)).toList();
	}

	/** The keyword just before the node ({@code requires}, {@code profile}). */
	private static ILeafNode keywordBefore(EObject object, INode node) {
		ILeafNode before = null;
		for (ILeafNode leaf : NodeModelUtils.getNode(object).getLeafNodes()) {
			if (leaf.getOffset() >= node.getOffset()) {
				break;
			}
			before = leaf.isHidden() ? before : leaf;
		}
		return before;
	}
}
