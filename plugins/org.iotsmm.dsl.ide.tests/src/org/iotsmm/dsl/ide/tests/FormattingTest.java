package org.iotsmm.dsl.ide.tests;

import org.junit.jupiter.api.Test;

/** textDocument/formatting applies the language's formatter. */
class FormattingTest extends SmmLanguageServerTest {

	@Test
	void messySystemIsFormatted() throws Exception {
		String messy = Repo.fixture("formatting/messy.smm");
		String expected = Repo.fixture("formatting/messy.formatted.smm");
		testFormatting(it -> {
			it.setModel(messy);
			it.setExpectedText(expected);
		});
	}

	@Test
	void formattedExampleStaysAsItIs() throws Exception {
		String formatted = Repo.fixture("formatting/messy.formatted.smm");
		testFormatting(it -> {
			it.setModel(formatted);
			it.setExpectedText(formatted);
		});
	}
}
