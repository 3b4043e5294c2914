package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every bundled example parses, links and validates with no error and no warning. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class ExamplesTest {

	@Inject
	private ModelLoader loader;

	static List<Path> examples() throws Exception {
		return Repo.exampleFolders();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleValidatesCleanly(Path folder) throws Exception {
		LoadedModels models = loader.load(List.of(folder));
		assertFalse(models.resources().isEmpty(), "no .smm file in " + folder);
		assertEquals("", models.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
		assertEquals(1, models.systems().size(), "one system per example");
	}
}
