package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.Zone;

/**
 * The system as one analysis run walks it (docs/method.md, "Elements"): its elements in element
 * order, each with its report name, enclosing element and elements inside (by index, so the other
 * steps work on arrays instead of maps), and the catalog's practices in catalog order. An element's
 * index is its {@link ElementRef#order()}, a practice's its {@link PracticeRef#order()}; the rows of
 * a report are practice-major, so the row of practice p on element e is {@code rows.get(p * size() + e)}.
 */
final class AnalysedSystem {

	final org.iotsmm.smm.System system;
	/** Locates each model object once per run: many rows share a target entry or a finding. */
	final SourceLocator locator;
	final List<ArchitectureElement> elements = new ArrayList<>();
	final List<ElementRef> elementRefs = new ArrayList<>();
	final Map<ArchitectureElement, ElementRef> refs = new IdentityHashMap<>();
	final List<Practice> practices = new ArrayList<>();
	final List<PracticeRef> practiceRefs = new ArrayList<>();
	final Map<Practice, PracticeRef> practiceRefOf = new IdentityHashMap<>();
	/** Index of the enclosing zone or system; -1 for the system. */
	final int[] parent;
	/** Indexes of the components and zones directly inside; empty for a component. */
	final int[][] children;

	AnalysedSystem(org.iotsmm.smm.System system, SourceLocator locator) {
		if (system == null) {
			throw new IllegalArgumentException("No system given to analyse.");
		}
		this.system = system;
		Map<EObject, SourceLocator.SourceLocation> located = new IdentityHashMap<>();
		this.locator = object -> located.computeIfAbsent(object, locator::locate);
		Catalog catalog = system.getCatalog();
		if (catalog == null || catalog.eIsProxy()) {
			throw new IllegalArgumentException("System " + system.getName()
					+ " does not name a catalog that could be loaded ('uses catalog ...'); fix its errors first.");
		}
		List<Integer> parents = new ArrayList<>();
		add(system, -1, "", parents);
		for (Component c : system.getComponents()) {
			add(c, 0, "", parents);
		}
		for (Zone z : system.getZones()) {
			addZone(z, 0, "", parents);
		}
		int n = elements.size();
		parent = new int[n];
		int[] inside = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = parents.get(i);
			if (parent[i] >= 0) {
				inside[parent[i]]++;
			}
		}
		children = new int[n][];
		for (int i = 0; i < n; i++) {
			children[i] = new int[inside[i]];
			inside[i] = 0;
		}
		for (int i = 1; i < n; i++) {
			children[parent[i]][inside[parent[i]]++] = i;
		}
		for (Domain d : catalog.getDomains()) {
			for (Subdomain s : d.getSubdomains()) {
				for (Practice p : s.getPractices()) {
					PracticeRef ref = new PracticeRef(d.getName() + "." + p.getName(), p.getCode(), p.getName(),
							p.getTitle(), d.getName(), s.getName(), practices.size());
					practiceRefOf.put(p, ref);
					practiceRefs.add(ref);
					practices.add(p);
				}
			}
		}
	}

	private void addZone(Zone zone, int parent, String prefix, List<Integer> parents) {
		int index = elements.size();
		String path = add(zone, parent, prefix, parents);
		for (Component c : zone.getComponents()) {
			add(c, index, path, parents);
		}
		for (Zone z : zone.getZones()) {
			addZone(z, index, path, parents);
		}
	}

	private String add(ArchitectureElement element, int parent, String prefix, List<Integer> parents) {
		String kind = element instanceof org.iotsmm.smm.System ? ElementRef.SYSTEM
				: element instanceof Zone ? ElementRef.ZONE : ElementRef.COMPONENT;
		String path = parent < 0 ? "" : prefix.isEmpty() ? element.getName() : prefix + "." + element.getName();
		ElementRef ref = new ElementRef(path, kind, element.getName(), element.getTitle(),
				parent < 0 ? null : elementRefs.get(parent).path(), elements.size());
		refs.put(element, ref);
		elementRefs.add(ref);
		elements.add(element);
		parents.add(parent);
		return path;
	}

	/** Number of elements (the system included). */
	int size() {
		return elements.size();
	}

	/** The index of one of this system's elements; IllegalArgumentException naming the user otherwise. */
	int own(ArchitectureElement element, EObject user, String what) {
		ElementRef ref = element == null || element.eIsProxy() ? null : refs.get(element);
		if (ref == null) {
			throw new IllegalArgumentException(what + " at " + locator.locate(user) + " names an element "
					+ (element == null || element.eIsProxy() ? "that could not be resolved"
							: element.getName() + " of another system")
					+ "; fix the model's errors before analysing.");
		}
		return ref.order();
	}

	/** The practice's reference; IllegalArgumentException naming the user when it is not in the catalog. */
	PracticeRef practice(Practice practice, EObject user, String what) {
		PracticeRef ref = practice == null || practice.eIsProxy() ? null : practiceRefOf.get(practice);
		if (ref == null) {
			throw new IllegalArgumentException(what + " at " + locator.locate(user)
					+ " names a practice that is not in catalog " + system.getCatalog().getName()
					+ "; fix the model's errors first.");
		}
		return ref;
	}

	void requireOwn(EObject object, String what) {
		if (object == null) {
			return;
		}
		String name = object instanceof org.iotsmm.smm.NamedElement n ? n.getName() : "?";
		EObject owner = object.eContainer();
		if (owner != system) {
			String other = owner instanceof org.iotsmm.smm.System s ? "system " + s.getName() : "no system";
			throw new IllegalArgumentException(what + " " + name + " belongs to " + other + ", not to system "
					+ system.getName() + ": analyse it with its own system.");
		}
	}

	void checkLevel(int level, EObject user, String what) {
		if (level < 0 || level > 4) {
			throw new IllegalArgumentException(what + " at " + locator.locate(user) + " has level " + level
					+ "; levels run from 0 to 4. Fix the model's errors before analysing.");
		}
	}
}
