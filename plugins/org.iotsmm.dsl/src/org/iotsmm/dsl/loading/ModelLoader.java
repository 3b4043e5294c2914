package org.iotsmm.dsl.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads .smm files (and folders of them) into one resource set, links them against each other
 * and the shipped catalog, and validates them. Used by the command line, tests and benchmarks.
 */
public class ModelLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Every .smm file of the given files and folders, folders searched recursively, sorted. */
	public static List<Path> expand(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> p.toString().endsWith(".smm") && Files.isRegularFile(p)).sorted().forEach(files::add);
				}
			} else {
				files.add(path);
			}
		}
		return files;
	}

	/**
	 * Loads and validates. Files that cannot be read raise {@link IOException} naming the file;
	 * everything wrong inside a file becomes a {@link Problem}.
	 */
	public LoadedModels load(List<Path> paths) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<Path, Resource> resources = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (Path file : expand(paths)) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!Files.isReadable(absolute) || Files.isDirectory(absolute)) {
				throw new IOException(file + ": cannot read the file (missing or not readable)");
			}
			Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
			try {
				resource.load(resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IOException(file + ": cannot read the file: " + e.getMessage(), e);
			} catch (StackOverflowError e) {
				// the parser descends once per nested block; refuse the file rather than crash
				resourceSet.getResources().remove(resource);
				problems.add(tooDeep(file));
				continue;
			}
			resources.put(file, resource);
		}
		EcoreUtil.resolveAll(resourceSet);
		for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
			problems.addAll(validate(entry.getKey(), entry.getValue()));
		}
		return new LoadedModels(resourceSet, resources, problems);
	}

	/** Syntax, linking and validation problems of one loaded resource, in line order. */
	public List<Problem> validate(Path file, Resource resource) {
		List<Problem> problems = new ArrayList<>();
		List<Issue> issues;
		try {
			issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (StackOverflowError e) {
			problems.add(tooDeep(file));
			return problems;
		}
		for (Issue issue : issues) {
			problems.add(new Problem(file, value(issue.getLineNumber()), value(issue.getColumn()), severity(issue.getSeverity()),
					issue.getMessage(), issue.getCode()));
		}
		problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
		return problems;
	}

	private static Problem tooDeep(Path file) {
		return new Problem(file, 1, 1, Problem.Severity.ERROR,
				"The file nests blocks too deeply to be read; flatten the zone hierarchy (at most "
						+ org.iotsmm.dsl.validation.SmmValidator.MAX_ZONE_DEPTH + " levels).",
				org.iotsmm.dsl.validation.IssueCodes.ZONES_TOO_DEEP);
	}

	private static int value(Integer number) {
		return number == null ? 1 : number;
	}

	private static Problem.Severity severity(Severity severity) {
		return switch (severity) {
		case ERROR -> Problem.Severity.ERROR;
		case WARNING -> Problem.Severity.WARNING;
		default -> Problem.Severity.INFO;
		};
	}
}
