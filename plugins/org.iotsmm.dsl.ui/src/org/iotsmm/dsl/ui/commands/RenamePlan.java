package org.iotsmm.dsl.ui.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.TopLevelElement;

/**
 * What renaming one element changes in a project's .smm files: its declared name and every
 * reference to it, also where its name qualifies a reference to something inside it
 * ({@code Floor.Edge} when zone Floor is renamed, {@code Plant.Olga} when system Plant is).
 * {@code clash} says why the rename cannot be done (the new name is taken), and then nothing is
 * to be changed.
 */
public record RenamePlan(String kind, String oldName, String newName, Map<IFile, List<Fix>> edits, Map<IFile, String> texts, String clash) {

	/** The kinds the handler renames: every element declared with an identifier (a requirement's name is a string). */
	static final Set<String> RENAMEABLE = Set.of("Zone", "Component", "Stakeholder", "TargetSet", "System", "Catalog",
			"Domain", "Subdomain", "Practice", "Profile", "TargetTemplate", "Standard");
	private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";

	public int changes() {
		return edits.values().stream().mapToInt(List::size).sum();
	}

	/** One line per change for the preview: {@code plant.smm, line 12: owner Olga} (the line as it reads now). */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		List<Map.Entry<IFile, List<Fix>>> files = new ArrayList<>(edits.entrySet());
		files.sort(Comparator.comparing(file -> file.getKey().getProjectRelativePath().toString()));
		for (Map.Entry<IFile, List<Fix>> file : files) {
			String text = texts.get(file.getKey());
			List<Fix> inOrder = new ArrayList<>(file.getValue());
			inOrder.sort(Comparator.comparingInt(Fix::offset));
			for (Fix fix : inOrder) {
				int lineStart = text.lastIndexOf('\n', fix.offset() - 1) + 1;
				int lineEnd = text.indexOf('\n', fix.offset());
				String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
				long number = text.substring(0, fix.offset()).chars().filter(c -> c == '\n').count() + 1;
				lines.add(file.getKey().getProjectRelativePath() + ", line " + number + ": " + line);
			}
		}
		return lines;
	}

	/** Null when {@code name} can be an element's name, else why not. */
	public static String checkName(String name) {
		if (!name.matches(ID)) {
			return "A name starts with a letter or _ and holds letters, digits and _.";
		}
		IGrammarAccess grammar = SmmLanguage.injector().getInstance(IGrammarAccess.class);
		return GrammarUtil.getAllKeywords(grammar.getGrammar()).contains(name) ? "'" + name + "' is a keyword of the language." : null;
	}

	/** Works out the rename of the element whose EMF URI is {@code target}; runs with the project's lock held. */
	static RenamePlan compute(ProjectModels project, String target, String newName) {
		Map<IFile, List<Fix>> edits = new LinkedHashMap<>();
		Map<IFile, String> texts = new LinkedHashMap<>();
		NamedElement declared = null;
		for (IFile file : project.files()) {
			XtextResource resource = project.resource(file);
			List<Fix> fileEdits = new ArrayList<>();
			for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof NamedElement named && EcoreUtil.getURI(object).toString().equals(target)) {
					declared = named;
					for (INode name : NodeModelUtils.findNodesForFeature(object, SmmPackage.Literals.NAMED_ELEMENT__NAME)) {
						fileEdits.add(new Fix("rename", name.getOffset(), name.getLength(), newName));
					}
				}
				referencesIn(object, target, newName, fileEdits);
			}
			if (!fileEdits.isEmpty()) {
				fileEdits.sort(Comparator.comparingInt(Fix::offset).reversed());
				edits.put(file, fileEdits);
				texts.put(file, resource.getParseResult().getRootNode().getText());
			}
		}
		String kind = declared == null ? null : kindName(declared);
		String oldName = declared == null ? null : declared.getName();
		String clash = declared == null ? "The element is not declared in this project's files." : clash(project, declared, newName);
		return clash == null ? new RenamePlan(kind, oldName, newName, edits, texts, null)
				: new RenamePlan(kind, oldName, newName, Map.of(), Map.of(), clash);
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
	 * the practices of a catalog, top-level elements of the same kind in the project).
	 */
	private static String clash(ProjectModels project, NamedElement declared, String newName) {
		List<NamedElement> rivals = new ArrayList<>();
		EObject container = declared.eContainer() instanceof Model ? null : declared.eContainer();
		if (declared instanceof TopLevelElement || container == null) {
			for (IFile file : project.files()) {
				for (EObject root : project.resource(file).getContents()) {
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
	private static String kindName(EObject object) {
		return object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}
}
