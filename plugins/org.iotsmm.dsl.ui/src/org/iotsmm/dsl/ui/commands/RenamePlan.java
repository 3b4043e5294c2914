package org.iotsmm.dsl.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.dsl.ide.rename.RenameEdits;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.internal.model.ProjectModels;
import org.iotsmm.smm.NamedElement;

/**
 * What renaming one element changes in a project's .smm files ({@link RenameEdits}: its declared
 * name and every reference, also where its name qualifies another reference). {@code clash} says
 * why the rename cannot be done (the new name is taken), and then nothing is to be changed.
 */
public record RenamePlan(String kind, String oldName, String newName, Map<IFile, List<Fix>> edits, Map<IFile, String> texts, String clash) {

	/** {@code line 12: owner Olga}: the line of {@code text} at {@code offset}, with its number. */
	public static String line(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int lineEnd = text.indexOf('\n', offset);
		long number = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		return "line " + number + ": " + text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
	}

	/** Null when {@code name} can be an element's name, else why not. */
	public static String checkName(String name) {
		return RenameEdits.checkName(name, SmmLanguage.injector().getInstance(IGrammarAccess.class));
	}

	/** Works out the rename of the element whose EMF URI is {@code target}; runs with the project's lock held. */
	static RenamePlan compute(ProjectModels project, String target, String newName) {
		Map<IFile, List<Fix>> edits = new LinkedHashMap<>();
		Map<IFile, String> texts = new LinkedHashMap<>();
		List<XtextResource> resources = new ArrayList<>();
		NamedElement declared = null;
		for (IFile file : project.files()) {
			XtextResource resource = project.resource(file);
			resources.add(resource);
			declared = declared != null ? declared : RenameEdits.declaredIn(resource, target);
			List<Fix> fileEdits = new ArrayList<>(RenameEdits.in(resource, target, newName));
			if (!fileEdits.isEmpty()) {
				edits.put(file, fileEdits);
				texts.put(file, resource.getParseResult().getRootNode().getText());
			}
		}
		String kind = declared == null ? null : RenameEdits.kindName(declared);
		String oldName = declared == null ? null : declared.getName();
		String clash = declared == null ? "The element is not declared in this project's files."
				: RenameEdits.clash(resources, declared, newName);
		return clash == null ? new RenamePlan(kind, oldName, newName, edits, texts, null)
				: new RenamePlan(kind, oldName, newName, Map.of(), Map.of(), clash);
	}
}
