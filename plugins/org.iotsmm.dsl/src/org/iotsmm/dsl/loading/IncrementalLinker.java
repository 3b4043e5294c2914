package org.iotsmm.dsl.loading;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.iotsmm.smm.NamedElement;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;

/**
 * After an edit inside a system, links the part the edit replaced and only those references
 * elsewhere in the file that the edit can have changed, instead of every reference of the file.
 * <p>
 * Xtext links the whole file after every partial parse: each reference gets a new proxy, which
 * the validation then resolves again through the scopes. In a file of 10,000 components that is
 * most of a reconcile, for an edit that touched one statement. A reference outside the replaced
 * part keeps its target when it can only resolve as before: its target is still in the model (not
 * the replaced part, which was unloaded) and the edit neither declared nor removed anything of the
 * target's name (a name declared again can make a reference ambiguous or point it elsewhere).
 * Unresolved references are linked again too (their proxies refer to positions in the old text).
 * <p>
 * Inside a system, scopes depend only on names (zones and components by path or simple name,
 * stakeholders, target sets) and on the system's own catalog and profile references, which an
 * edit below the system does not replace. Every other edit (a catalog, a profile, a system's
 * header, the whole file re-parsed, a load) is linked whole, as by Xtext.
 */
public class IncrementalLinker extends CancellableLinker {

	@Override
	public void linkModel(EObject model, IDiagnosticConsumer consumer) {
		ReplacedPart part = ReplacedPart.of(model);
		if (part == null || EcoreUtil2.getContainerOfType(part.container(), org.iotsmm.smm.System.class) == null) {
			super.linkModel(model, consumer);
			return;
		}
		stopIfCanceled(); // the parse before took its time too
		// the proxies' lazy-link information goes; every proxy left is made again below. Resolved
		// references kept keep the names they imported (an extra name only costs a rebuild).
		if (model.eResource() instanceof LazyLinkingResource resource) {
			resource.clearLazyProxyInformation();
		}
		linkAffected(model, part, consumer);
		afterModelLinked(model, consumer);
	}

	private void linkAffected(EObject model, ReplacedPart part, IDiagnosticConsumer consumer) {
		Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
		LinkingDiagnosticProducer producer = new LinkingDiagnosticProducer(consumer);
		EObject replacement = part.replacement();
		Set<String> changedNames = new HashSet<>(part.names());
		if (replacement != null) {
			ReplacedPart.collectNames(replacement, changedNames);
		}
		getCache().execWithoutCacheClear(model.eResource(), new IUnitOfWork.Void<Resource>() {
			@Override
			public void process(Resource resource) {
				installAffectedProxies(model, replacement, changedNames, producer, settingsToLink);
			}
		});
		installQueuedLinks(settingsToLink);
	}

	private void installAffectedProxies(EObject model, EObject replacement, Set<String> changedNames, LinkingDiagnosticProducer producer,
			Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
		TreeIterator<EObject> all = getAllLinkableContents(model);
		while (all.hasNext()) {
			EObject object = all.next();
			if (object == replacement) {
				for (TreeIterator<EObject> inside = getAllLinkableContents(object); inside.hasNext();) {
					link(inside.next(), producer, settingsToLink);
				}
				all.prune();
			} else if (mayResolveDifferently(object, changedNames)) {
				link(object, producer, settingsToLink);
			}
		}
	}

	private void link(EObject object, LinkingDiagnosticProducer producer, Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
		clearReferences(object);
		installProxies(object, producer, settingsToLink);
	}

	/** Whether a reference of an object outside the replaced part must be linked again. */
	private static boolean mayResolveDifferently(EObject object, Set<String> changedNames) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
					|| reference.isTransient() || !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (value instanceof InternalEList<?> targets) {
				for (Object target : targets.basicList()) { // not resolving: a proxy here is stale
					if (isStale((EObject) target, changedNames)) {
						return true;
					}
				}
			} else if (isStale((EObject) value, changedNames)) {
				return true;
			}
		}
		return false;
	}

	/** A target that is gone, was never found, or has a name the edit declared or removed. */
	private static boolean isStale(EObject target, Set<String> changedNames) {
		return target == null || target.eIsProxy() || target.eResource() == null
				|| target instanceof NamedElement named && (named.getName() == null || changedNames.contains(named.getName()));
	}
}
