package org.iotsmm.dsl.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.TopLevelElement;

/** The result of loading .smm files: the resources, their problems, and their systems. */
public record LoadedModels(XtextResourceSet resourceSet, Map<Path, Resource> resources, List<Problem> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}

	public List<Problem> errors() {
		return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
	}

	public List<Problem> warnings() {
		return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
	}

	public List<org.iotsmm.smm.System> systems() {
		return elements(org.iotsmm.smm.System.class);
	}

	public Optional<org.iotsmm.smm.System> system(String name) {
		return systems().stream().filter(s -> name.equals(s.getName())).findFirst();
	}

	public <T extends TopLevelElement> List<T> elements(Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Resource resource : resources.values()) {
			for (Object root : resource.getContents()) {
				if (root instanceof Model model) {
					for (TopLevelElement element : model.getElements()) {
						if (type.isInstance(element)) {
							result.add(type.cast(element));
						}
					}
				}
			}
		}
		return result;
	}
}
