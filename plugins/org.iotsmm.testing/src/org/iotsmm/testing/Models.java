package org.iotsmm.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.analysis.SourceLocator;
import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.smm.Assessment;

/** Model loading shared by the test bundles. */
public final class Models {

	/** File and line from Xtext's node model: what the command line and the workbench supply. */
	public static final SourceLocator NODE_MODEL = object -> {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return new SourceLocation(SourceLocator.fileOf(object), node == null ? 0 : node.getStartLine());
	};

	private Models() {
	}

	/** Loads the files or folders, requires them to be free of errors and to hold one system. */
	public static org.iotsmm.smm.System system(ModelLoader loader, Path... paths) throws Exception {
		LoadedModels models = loader.load(List.of(paths));
		String errors = models.errors().stream().map(Problem::format).collect(Collectors.joining("\n"));
		if (!errors.isEmpty()) {
			throw new AssertionError("model must load without errors:\n" + errors);
		}
		if (models.systems().size() != 1) {
			throw new AssertionError("one system expected, found " + models.systems().size());
		}
		return models.systems().get(0);
	}

	public static Assessment assessment(org.iotsmm.smm.System system, String name) {
		return system.getAssessments().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no assessment " + name));
	}
}
