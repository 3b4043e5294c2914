package org.iotsmm.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.StandardMapping;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetTemplate;
import org.iotsmm.smm.Zone;
import org.iotsmm.dsl.validation.SmmValidator;

import com.google.inject.Inject;

/**
 * Scoping of the .smm language.
 * <ul>
 * <li>Practices, subdomains and domains come from the catalog in use (the enclosing catalog, the
 * catalog a profile extends, or the catalog a system uses). A practice can be named by its name
 * ({@code ThreatModeling}), domain-qualified ({@code Governance.ThreatModeling}), fully qualified
 * ({@code Governance.ThreatModeling.ThreatModeling}) or by its code ({@code TM}).</li>
 * <li>Zones and components are named by their path inside the system ({@code Plant.Filler}), or
 * by their simple name when it is unique in the system.</li>
 * <li>Catalogs, profiles and standards are chosen by name and, when given, version.</li>
 * <li>Requirements in a mapping come from the mapping's standard ({@link StandardScopes}).</li>
 * </ul>
 */
public class SmmScopeProvider extends AbstractSmmScopeProvider {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private StandardScopes standardScopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		EClass type = requiredType(context, reference);
		if (SMM.getCatalogElement().isSuperTypeOf(type)) {
			Catalog catalog = CatalogOf.context(context);
			if (catalog != null) {
				return catalogScope(catalog, type);
			}
			return IScope.NULLSCOPE;
		}
		if (SMM.getArchitectureElement().isSuperTypeOf(type) && type != SMM.getSystem()) {
			org.iotsmm.smm.System system = EcoreUtil2.getContainerOfType(context, org.iotsmm.smm.System.class);
			if (system != null) {
				return architectureScope(system, type);
			}
		}
		if (reference == SMM.getSystem_Catalog() || reference == SMM.getProfile_Catalog()) {
			// content assist may ask with the enclosing Model as context while the statement is half-typed
			String version = context instanceof org.iotsmm.smm.System system ? system.getCatalogVersion()
					: context instanceof Profile profile ? profile.getCatalogVersion() : null;
			return new VersionFilteringScope(super.getScope(context, reference), version);
		}
		if (reference == SMM.getSystem_Profile() || reference == SMM.getProfile_Base()) {
			String version = context instanceof org.iotsmm.smm.System system ? system.getProfileVersion()
					: context instanceof Profile profile ? profile.getBaseVersion() : null;
			return new VersionFilteringScope(super.getScope(context, reference), version);
		}
		if (reference == SMM.getStandardMapping_Catalog() || reference == SMM.getStandardMapping_Standard()) {
			return standardScopes.mappedElement(super.getScope(context, reference), (StandardMapping) context, reference);
		}
		if (reference == SMM.getPracticeMapping_Requirements()) {
			return standardScopes.requirements(context);
		}
		if (reference == SMM.getTargetSet_Template()) {
			return templateScope(context, reference);
		}
		return super.getScope(context, reference);
	}

	/**
	 * The grammar narrows some references ({@code domain X} links a Domain into a feature typed
	 * CatalogElement); the linker only knows the feature type, so read the cross-reference.
	 */
	private EClass requiredType(EObject context, EReference reference) {
		EClass type = reference.getEReferenceType();
		if (type == SMM.getCatalogElement()) {
			for (INode node : NodeModelUtils.findNodesForFeature(context, reference)) {
				if (node.getGrammarElement() instanceof CrossReference crossReference
						&& crossReference.getType().getClassifier() instanceof EClass narrowed) {
					return narrowed;
				}
			}
		}
		return type;
	}

	/** Every name of the catalog's elements of the type (also used by content assist). */
	public IScope catalogScope(Catalog catalog, EClass type) {
		return cache.get(Tuples.create("catalog", catalog, type), catalog.eResource(), () -> {
			List<IEObjectDescription> descriptions = new ArrayList<>();
			for (Domain domain : catalog.getDomains()) {
				if (type.isInstance(domain)) {
					addNamed(descriptions, domain, domain.getName());
				}
				for (Subdomain subdomain : domain.getSubdomains()) {
					if (type.isInstance(subdomain)) {
						addNamed(descriptions, subdomain, subdomain.getName());
						addNamed(descriptions, subdomain, domain.getName(), subdomain.getName());
					}
					for (Practice practice : subdomain.getPractices()) {
						if (type.isInstance(practice)) {
							addNamed(descriptions, practice, practice.getName());
							addNamed(descriptions, practice, domain.getName(), practice.getName());
							addNamed(descriptions, practice, domain.getName(), subdomain.getName(), practice.getName());
							addNamed(descriptions, practice, practice.getCode());
						}
					}
				}
			}
			return MapBasedScope.createScope(IScope.NULLSCOPE, descriptions);
		});
	}

	/**
	 * Adds an element under a name, unless a part of the name is missing: a half-typed declaration
	 * ({@code practice} with its name not typed yet) has none, and a name cannot be made of it.
	 */
	private static void addNamed(List<IEObjectDescription> into, EObject element, String... segments) {
		for (String segment : segments) {
			if (segment == null) {
				return;
			}
		}
		into.add(EObjectDescription.create(QualifiedName.create(segments), element));
	}

	private IScope architectureScope(org.iotsmm.smm.System system, EClass type) {
		return cache.get(Tuples.create("architecture", system, type), system.eResource(),
				() -> MapBasedScope.createScope(IScope.NULLSCOPE, architectureNames(system, type)));
	}

	/** Paths relative to the system for every zone and component; simple names where unique. */
	public static List<IEObjectDescription> architectureNames(org.iotsmm.smm.System system, EClass type) {
		List<IEObjectDescription> byPath = new ArrayList<>();
		Map<String, ArchitectureElement> bySimpleName = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		collect(system.getZones(), system.getComponents(), QualifiedName.EMPTY, type, byPath, bySimpleName, ambiguous);
		List<IEObjectDescription> result = new ArrayList<>(byPath.size() * 2);
		for (Map.Entry<String, ArchitectureElement> entry : bySimpleName.entrySet()) {
			if (!ambiguous.contains(entry.getKey())) {
				result.add(EObjectDescription.create(QualifiedName.create(entry.getKey()), entry.getValue()));
			}
		}
		for (IEObjectDescription description : byPath) {
			if (description.getName().getSegmentCount() > 1) {
				result.add(description);
			}
		}
		return result;
	}

	/**
	 * Walks the zone tree without recursion (a broken file may nest zones thousands deep). Paths
	 * are registered down to {@link SmmValidator#MAX_ZONE_DEPTH}; deeper elements, which the
	 * validator rejects anyway, keep their simple names only.
	 */
	private static void collect(List<Zone> zones, List<Component> components, QualifiedName prefix, EClass type,
			List<IEObjectDescription> byPath, Map<String, ArchitectureElement> bySimpleName, Set<String> ambiguous) {
		record Level(List<Zone> zones, List<Component> components, QualifiedName prefix) {
		}
		java.util.ArrayDeque<Level> pending = new java.util.ArrayDeque<>();
		pending.push(new Level(zones, components, prefix));
		while (!pending.isEmpty()) {
			Level level = pending.pop();
			boolean withPaths = level.prefix() != null && level.prefix().getSegmentCount() < SmmValidator.MAX_ZONE_DEPTH;
			for (Component component : level.components()) {
				add(component, withPaths ? level.prefix() : null, type, byPath, bySimpleName, ambiguous);
			}
			for (Zone zone : level.zones()) {
				add(zone, withPaths ? level.prefix() : null, type, byPath, bySimpleName, ambiguous);
				if (zone.getName() != null) {
					pending.push(new Level(zone.getZones(), zone.getComponents(),
							withPaths ? level.prefix().append(zone.getName()) : null));
				}
			}
		}
	}

	private static void add(ArchitectureElement element, QualifiedName prefix, EClass type,
			List<IEObjectDescription> byPath, Map<String, ArchitectureElement> bySimpleName, Set<String> ambiguous) {
		if (element.getName() == null || !type.isInstance(element)) {
			return;
		}
		if (prefix != null) {
			byPath.add(EObjectDescription.create(prefix.append(element.getName()), element));
		}
		if (bySimpleName.putIfAbsent(element.getName(), element) != null) {
			ambiguous.add(element.getName());
		}
	}

	/**
	 * Only the templates of the system's profile and of the profiles it extends, by simple name or
	 * qualified by their profile ({@code Manufacturing.LineBaseline}). A template of any other profile
	 * would bring another industry's targets into the system's report; a system without a profile
	 * has no templates.
	 */
	private IScope templateScope(EObject context, EReference reference) {
		org.iotsmm.smm.System system = EcoreUtil2.getContainerOfType(context, org.iotsmm.smm.System.class);
		if (system == null || system.getProfile() == null || system.getProfile().eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		List<IEObjectDescription> templates = new ArrayList<>();
		Set<Profile> seen = new HashSet<>();
		for (Profile profile = system.getProfile(); profile != null && !profile.eIsProxy()
				&& seen.add(profile); profile = profile.getBase()) {
			for (TargetTemplate template : profile.getTemplates()) {
				if (template.getName() != null && profile.getName() != null) {
					templates.add(EObjectDescription.create(QualifiedName.create(template.getName()), template));
					templates.add(EObjectDescription.create(QualifiedName.create(profile.getName(), template.getName()),
							template));
				}
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, templates);
	}
}
