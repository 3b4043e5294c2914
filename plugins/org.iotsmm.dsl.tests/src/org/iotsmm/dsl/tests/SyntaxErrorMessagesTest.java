package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Syntax errors speak the user's language, not the parser's token names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class SyntaxErrorMessagesTest {

	@Inject
	private ModelLoader loader;

	@Test
	void missingNumberIsCalledANumber() throws Exception {
		LoadedModels models = loader.load(List.of(Repo.fixture("validation/syntax-error-fails.smm")));
		String messages = models.errors().stream().map(Problem::format).collect(Collectors.joining("\n"));
		assertTrue(messages.contains("a whole number"), messages);
		assertFalse(messages.contains("RULE_"), messages);
		assertTrue(models.errors().get(0).line() == 5, "the error is on the line after 'count': " + messages);
	}
}
