package org.iotsmm.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.AbstractScope;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.Standard;

import com.google.common.collect.Iterables;

/** Keeps only catalogs, profiles or standards of the requested version (all of them when none is given). */
final class VersionFilteringScope extends AbstractScope {

	private final IScope delegate;
	private final String version;

	VersionFilteringScope(IScope delegate, String version) {
		super(IScope.NULLSCOPE, false);
		this.delegate = delegate;
		this.version = version;
	}

	@Override
	protected Iterable<IEObjectDescription> getAllLocalElements() {
		return Iterables.filter(delegate.getAllElements(), this::matches);
	}

	@Override
	protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
		return Iterables.filter(delegate.getElements(name), this::matches);
	}

	private boolean matches(IEObjectDescription description) {
		if (version == null) {
			return true;
		}
		EObject object = description.getEObjectOrProxy();
		if (object.eIsProxy()) {
			return true; // not loaded: let the linker resolve it; the validator checks the version
		}
		String actual = object instanceof Catalog c ? c.getVersion()
				: object instanceof Profile p ? p.getVersion() : object instanceof Standard s ? s.getVersion() : null;
		return version.equals(actual);
	}
}
