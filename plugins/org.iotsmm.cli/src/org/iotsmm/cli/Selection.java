package org.iotsmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.analysis.SourceLocator;
import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.TargetSet;

/** Loading a model for the analysis commands and picking its system, target set and assessment by name. */
final class Selection {

	private Selection() {
	}

	/** Loads MODEL (a file or folder); Failure 2 when it cannot be read, 1 (errors listed on err) when it has errors. */
	static LoadedModels loadClean(Path model, PrintWriter err, boolean quiet) throws IOException {
		if (!Files.exists(model)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, model + ": no such file or folder");
		}
		if (!Files.isReadable(model)) {
			throw new Failure(SmmCommand.USAGE_OR_IO, model + ": cannot read (permission denied)");
		}
		LoadedModels models = Models.load(List.of(model), err, quiet);
		if (models.resources().isEmpty()) {
			throw new Failure(SmmCommand.USAGE_OR_IO, model + ": no .smm file found");
		}
		if (models.hasErrors()) {
			for (Problem problem : models.errors()) {
				err.println(problem.format());
			}
			throw new Failure(SmmCommand.MODEL_ERRORS, "the model has " + models.errors().size()
					+ " error(s), listed above; fix them first (smm validate " + model + ")");
		}
		return models;
	}

	static org.iotsmm.smm.System system(LoadedModels models, String name) {
		List<org.iotsmm.smm.System> systems = models.systems();
		if (systems.isEmpty()) {
			throw new Failure(SmmCommand.USAGE_OR_IO, "the model describes no system");
		}
		if (name == null) {
			if (systems.size() > 1) {
				throw new Failure(SmmCommand.USAGE_OR_IO, "the model describes " + systems.size()
						+ " systems; choose one with --system NAME; available: " + names(systems.stream().map(s -> s.getName())));
			}
			return systems.get(0);
		}
		return systems.stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new Failure(SmmCommand.USAGE_OR_IO, "unknown system '" + name + "'; available: "
						+ names(systems.stream().map(s -> s.getName()))));
	}

	static TargetSet targetSet(org.iotsmm.smm.System system, String name) {
		if (name == null) {
			return null;
		}
		return system.getTargetSets().stream().filter(t -> name.equals(t.getName())).findFirst()
				.orElseThrow(() -> new Failure(SmmCommand.USAGE_OR_IO, "unknown target set '" + name + "' in system "
						+ system.getName() + "; available: " + names(system.getTargetSets().stream().map(TargetSet::getName))));
	}

	static Assessment assessment(org.iotsmm.smm.System system, String name) {
		if (name == null) {
			return null;
		}
		return system.getAssessments().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new Failure(SmmCommand.USAGE_OR_IO, "unknown assessment '" + name + "' in system "
						+ system.getName() + "; available: " + names(system.getAssessments().stream().map(Assessment::getName))));
	}

	/** The newest assessment by date (then name), or null. */
	static Assessment newest(org.iotsmm.smm.System system) {
		return system.getAssessments().stream().max(Comparator
				.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
				.thenComparing(a -> Objects.toString(a.getName(), ""))).orElse(null);
	}

	static String names(java.util.stream.Stream<String> names) {
		String list = names.collect(Collectors.joining(", "));
		return list.isEmpty() ? "none" : list;
	}

	/** File (relative to the working folder when inside it) and line from Xtext's node model. */
	static SourceLocator locator() {
		Path here = Path.of("").toAbsolutePath();
		return object -> {
			ICompositeNode node = NodeModelUtils.getNode(object);
			String file = SourceLocator.fileOf(object);
			if (!file.isEmpty()) {
				Path p = Path.of(file);
				if (p.isAbsolute() && p.startsWith(here)) {
					file = here.relativize(p).toString();
				}
			}
			return new SourceLocation(file, node == null ? 0 : node.getStartLine());
		};
	}

	/** True when {@code output} is one of the loaded model files. */
	static boolean isInput(LoadedModels models, Path output) {
		Path out = output.toAbsolutePath().normalize();
		for (Path input : models.resources().keySet()) {
			Path in = input.toAbsolutePath().normalize();
			try {
				if (in.equals(out) || (Files.exists(out) && Files.isSameFile(in, out))) {
					return true;
				}
			} catch (IOException e) {
				return true; // cannot tell: do not risk the input
			}
		}
		return false;
	}
}
