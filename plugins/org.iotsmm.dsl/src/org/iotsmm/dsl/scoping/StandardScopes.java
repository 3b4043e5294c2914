package org.iotsmm.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;

import com.google.inject.Inject;

/**
 * Scopes of standards mappings: the catalog and standard a mapping names (by name and version), and
 * the requirements of that standard, named by their identifier as written in the standard
 * ({@code "GV.OC-01"}, {@code "SR 1.1"}).
 */
public class StandardScopes {

	@Inject
	private IQualifiedNameConverter names;

	IScope mappedElement(IScope byName, StandardMapping mapping, EReference reference) {
		String version = reference == SmmPackage.Literals.STANDARD_MAPPING__CATALOG ? mapping.getCatalogVersion()
				: mapping.getStandardVersion();
		return new VersionFilteringScope(byName, version);
	}

	/**
	 * The linker turns the link text into a qualified name with the same converter, so an
	 * identifier containing dots ("GV.OC-01") is found under the same segments it is registered with.
	 */
	IScope requirements(EObject context) {
		StandardMapping mapping = EcoreUtil2.getContainerOfType(context, StandardMapping.class);
		if (mapping == null || mapping.getStandard() == null || mapping.getStandard().eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		Standard standard = mapping.getStandard();
		List<IEObjectDescription> descriptions = new ArrayList<>(standard.getRequirements().size());
		for (Requirement requirement : standard.getRequirements()) {
			if (requirement.getName() != null && !requirement.getName().isEmpty()) {
				QualifiedName name = names.toQualifiedName(requirement.getName());
				descriptions.add(EObjectDescription.create(name, requirement));
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, descriptions);
	}
}
