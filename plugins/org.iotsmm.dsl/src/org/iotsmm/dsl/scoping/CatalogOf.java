package org.iotsmm.dsl.scoping;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.StandardMapping;

/** Finds the catalog that practice names in some part of a model refer to. */
public final class CatalogOf {

	private CatalogOf() {
	}

	public static Catalog context(EObject context) {
		Catalog catalog = EcoreUtil2.getContainerOfType(context, Catalog.class);
		if (catalog != null) {
			return catalog;
		}
		Profile profile = EcoreUtil2.getContainerOfType(context, Profile.class);
		if (profile != null) {
			return profile(profile);
		}
		org.iotsmm.smm.System system = EcoreUtil2.getContainerOfType(context, org.iotsmm.smm.System.class);
		if (system != null && system.getCatalog() != null && !system.getCatalog().eIsProxy()) {
			return system.getCatalog();
		}
		StandardMapping mapping = EcoreUtil2.getContainerOfType(context, StandardMapping.class);
		if (mapping != null && mapping.getCatalog() != null && !mapping.getCatalog().eIsProxy()) {
			return mapping.getCatalog();
		}
		return null;
	}

	/** The catalog a profile extends, directly or through its base profiles (cycles tolerated). */
	public static Catalog profile(Profile profile) {
		Set<Profile> seen = new HashSet<>();
		for (Profile p = profile; p != null && !p.eIsProxy() && seen.add(p); p = p.getBase()) {
			if (p.getCatalog() != null && !p.getCatalog().eIsProxy()) {
				return p.getCatalog();
			}
		}
		return null;
	}
}
