package org.iotsmm.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.AbstractScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.iotsmm.dsl.library.ShippedLibrary;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The usual global scope (files of the workspace or command line), then the shipped catalog and
 * profiles. A user's own file of the same name shadows the shipped one.
 */
public class SmmGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private ShippedLibrary library;

	@Override
	public IScope getScope(Resource context, EReference reference, Predicate<IEObjectDescription> filter) {
		IScope user = super.getScope(context, reference, filter);
		if (context == null || library.owns(context.getResourceSet())) {
			return user;
		}
		List<IEObjectDescription> shipped = new ArrayList<>();
		for (IResourceDescription description : library.descriptions()) {
			if (context.getURI().equals(description.getURI())) {
				continue;
			}
			for (IEObjectDescription object : description.getExportedObjectsByType(reference.getEReferenceType())) {
				if (filter == null || filter.apply(object)) {
					shipped.add(object);
				}
			}
		}
		if (shipped.isEmpty()) {
			return user;
		}
		return new UserFirstScope(new SimpleScope(shipped), user);
	}

	/** Puts an existing scope in front of a parent scope (scopes cannot be re-parented). */
	static final class UserFirstScope extends AbstractScope {
		private final IScope primary;

		UserFirstScope(IScope parent, IScope primary) {
			super(parent, false);
			this.primary = primary;
		}

		@Override
		protected Iterable<IEObjectDescription> getAllLocalElements() {
			return primary.getAllElements();
		}

		@Override
		protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
			return primary.getElements(name);
		}
	}
}
