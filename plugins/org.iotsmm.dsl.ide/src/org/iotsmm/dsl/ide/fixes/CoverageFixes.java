package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.validation.SmmValidator;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;

/**
 * Fixes of a component no target of the report's target set covers: the component added to the
 * elements an entry of that target set is on, so the entry's practice and level now hold for it too.
 */
final class CoverageFixes {

	private static final int ENTRIES = 3;

	private CoverageFixes() {
	}

	/** One fix for each of the first entries of the report's target set that name the elements they are on. */
	static List<Fix> addToTarget(XtextResource resource, Issue issue) {
		Component component = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Component.class);
		org.iotsmm.smm.System system = EcoreUtil2.getContainerOfType(component, org.iotsmm.smm.System.class);
		TargetSet reported = system == null ? null : SmmValidator.reportedTargetSet(system);
		if (reported == null || reported.eIsProxy()) {
			return List.of();
		}
		List<Fix> fixes = new ArrayList<>();
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		for (TargetEntry entry : reported.getEntries()) {
			List<INode> on = NodeModelUtils.findNodesForFeature(entry, SmmPackage.Literals.TARGET_ENTRY__APPLIES_TO);
			List<INode> subject = NodeModelUtils.findNodesForFeature(entry, SmmPackage.Literals.TARGET_ENTRY__SUBJECT);
			String name = on.isEmpty() || subject.isEmpty() ? null
					: nameIn(scopes.getScope(entry, SmmPackage.Literals.TARGET_ENTRY__APPLIES_TO), component, resource);
			if (name != null && fixes.size() < ENTRIES) {
				fixes.add(new Fix("Add " + name + " to the " + NodeModelUtils.getTokenText(subject.get(0)) + " target (line "
						+ NodeModelUtils.getNode(entry).getStartLine() + ")", on.get(on.size() - 1).getEndOffset(), 0, ", " + name));
			}
		}
		return fixes;
	}

	/** The shortest name the scope knows the object by that names nothing else. */
	private static String nameIn(IScope scope, EObject object, XtextResource resource) {
		List<QualifiedName> names = new ArrayList<>();
		for (IEObjectDescription description : scope.getElements(object)) {
			names.add(description.getName());
		}
		names.sort(Comparator.comparing((QualifiedName n) -> n.toString().length()).thenComparing((QualifiedName n) -> n.toString()));
		for (QualifiedName name : names) {
			boolean unique = true;
			for (IEObjectDescription other : scope.getElements(name)) {
				unique &= EcoreUtil.resolve(other.getEObjectOrProxy(), resource) == object;
			}
			if (unique) {
				return name.toString();
			}
		}
		return null;
	}
}
