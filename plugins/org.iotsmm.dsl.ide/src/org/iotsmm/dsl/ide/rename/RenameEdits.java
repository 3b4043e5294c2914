package org.iotsmm.dsl.ide.rename;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.TopLevelElement;

/**
 * The edits of renaming one element, file by file, for the workbench's rename and the language
 * server's: its declared name and every reference to it, also where its name qualifies a reference
 * to something inside it ({@code Floor.Edge} when zone Floor is renamed, {@code Plant.Olga} when
 * system Plant is); and whether the new name can be given at all.
 */
public final class RenameEdits {

	/** The kinds that can be renamed: every element declared with an identifier (a requirement's name is a string). */
	public static final Set<String> RENAMEABLE = Set.of("Zone", "Component", "Stakeholder", "TargetSet", "System", "Catalog",
			"Domain", "Subdomain", "Practice", "Profile", "TargetTemplate", "Standard");
	/** Why the element under the caret cannot be renamed: not one of {@link #RENAMEABLE}. */
	public static final String NOT_RENAMEABLE = "Place the caret on the name of an element declared in your files: a zone, "
			+ "component, stakeholder, target set, system, catalog, domain, subdomain, practice, profile, template or standard.";
	/** Why an element of the shipped library cannot be renamed. */
	public static final String READ_ONLY = "This element is declared in the shipped library, which is read-only. "
			+ "To rename it, copy its file into your project.";
	private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";

	private RenameEdits() {
	}

	/** Null when {@code name} can be an element's name, else why not. */
	public static String checkName(String name, IGrammarAccess grammar) {
		if (!name.matches(ID)) {
			return "A name starts with a letter or _ and holds letters, digits and _.";
		}
		return GrammarUtil.getAllKeywords(grammar.getGrammar()).contains(name) ? "'" + name + "' is a keyword of the language." : null;
	}

	/** The element whose EMF URI is {@code target}, if {@code resource} declares it. */
	public static NamedElement declaredIn(Resource resource, String target) {
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && EcoreUtil.getURI(named).toString().equals(target)) {
				return named;
			}
		}
		return null;
	}

	/** The edits in {@code resource}: the declaration (if it is there) and the references to the target, in text order. */
	public static List<Fix> in(Resource resource, String target, String newName) {
		List<Fix> edits = new ArrayList<>();
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof NamedElement && EcoreUtil.getURI(object).toString().equals(target)) {
				for (INode name : NodeModelUtils.findNodesForFeature(object, SmmPackage.Literals.NAMED_ELEMENT__NAME)) {
					edits.add(new Fix("rename", name.getOffset(), name.getLength(), newName));
				}
			}
			referencesIn(object, target, newName, edits);
		}
		edits.sort(java.util.Comparator.comparingInt(Fix::offset));
		return edits;
	}

	/** The references from {@code object} to the target, or through it: each written segment naming the target. */
	private static void referencesIn(EObject object, String target, String newName, List<Fix> into) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
			Object value = object.eGet(reference, true);
			List<?> targets = value instanceof Collection<?> many ? new ArrayList<>(many) : java.util.Collections.singletonList(value);
			for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
				if (targets.get(i) instanceof EObject referenced && !referenced.eIsProxy()) {
					segmentsNaming(nodes.get(i), referenced, target, newName, into);
				}
			}
		}
	}

	/**
	 * The written segments of a reference ({@code Plant.Floor.Edge}) name the referenced element and
	 * then, outwards, some of its named containers: matched innermost first by name.
	 */
	private static void segmentsNaming(INode node, EObject referenced, String target, String newName, List<Fix> into) {
		List<ILeafNode> segments = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && !".".equals(leaf.getText())) {
				segments.add(leaf);
			}
		}
		EObject named = referenced;
		for (int i = segments.size() - 1; i >= 0 && named != null; i--) {
			String written = segments.get(i).getText();
			while (named != null && !(named instanceof NamedElement element && written.equals(element.getName()))) {
				named = named.eContainer();
			}
			if (named != null && EcoreUtil.getURI(named).toString().equals(target)) {
				into.add(new Fix("rename", segments.get(i).getOffset(), segments.get(i).getLength(), newName));
			}
			named = named == null ? null : named.eContainer();
		}
	}

	/**
	 * Why {@code newName} cannot be the element's name, or null: another element would have it
	 * where the validator wants names unique (the same list, zones and components of one container,
	 * the practices of a catalog, top-level elements of the same kind in {@code resources}).
	 */
	public static String clash(Iterable<? extends Resource> resources, NamedElement declared, String newName) {
		List<NamedElement> rivals = new ArrayList<>();
		EObject container = declared.eContainer() instanceof Model ? null : declared.eContainer();
		if (declared instanceof TopLevelElement || container == null) {
			for (Resource resource : resources) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Model model) {
						model.getElements().stream().filter(e -> e.eClass() == declared.eClass()).forEach(rivals::add);
					}
				}
			}
		} else if (declared instanceof Practice) {
			Catalog catalog = EcoreUtil2.getContainerOfType(declared, Catalog.class);
			if (catalog != null) {
				rivals.addAll(EcoreUtil2.getAllContentsOfType(catalog, Practice.class));
			}
		} else if (container != null) {
			for (EObject sibling : container.eContents()) {
				boolean sameList = sibling.eContainingFeature() == declared.eContainingFeature();
				boolean bothArchitecture = sibling instanceof ArchitectureElement && declared instanceof ArchitectureElement;
				if (sibling instanceof NamedElement named && (sameList || bothArchitecture)) {
					rivals.add(named);
				}
			}
		}
		for (NamedElement rival : rivals) {
			if (rival != declared && newName.equals(rival.getName())) {
				String where = rival.eContainer() instanceof NamedElement owner ? " in " + kindName(owner) + " " + owner.getName() : "";
				return "'" + newName + "' is already the name of " + kind(rival) + where + " (line "
						+ NodeModelUtils.getNode(rival).getStartLine() + " of " + rival.eResource().getURI().lastSegment() + ").";
			}
		}
		return null;
	}

	private static String kind(EObject object) {
		String name = kindName(object);
		return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

	/** "target set" for a TargetSet. */
	public static String kindName(EObject object) {
		return object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}
}
