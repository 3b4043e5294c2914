package org.iotsmm.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.iotsmm.smm.Stakeholder;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TargetTemplate;
import org.iotsmm.smm.TopLevelElement;

/**
 * Gives qualified names (and so index entries) only to what is referenced by name through the
 * default scoping: catalogs, profiles, systems, templates, stakeholders and target sets. Zones,
 * components and practices are scoped by {@link SmmScopeProvider} directly; leaving them out of
 * the index keeps large systems cheap and deeply nested zones from costing depth-squared names.
 */
public class SmmQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof TopLevelElement || object instanceof TargetTemplate || object instanceof Stakeholder
				|| object instanceof TargetSet) {
			EObject container = object.eContainer();
			if (container != null && !(container instanceof TopLevelElement) && !(object instanceof TopLevelElement)) {
				return null;
			}
			return super.getFullyQualifiedName(object);
		}
		return null;
	}
}
