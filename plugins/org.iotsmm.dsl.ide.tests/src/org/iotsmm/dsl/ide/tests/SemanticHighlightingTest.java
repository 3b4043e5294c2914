package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** textDocument/semanticTokens/full classifies practices, levels, dates, component kinds and the rest. */
class SemanticHighlightingTest extends SmmLanguageServerTest {

	private static final String MODEL = """
			// comment
			system Demo "Demo" uses catalog SMM version 1.2 {
			  stakeholder Ana role business
			  zone Plant {
			    gateway Gw
			  }
			  target Year1 owner Ana date 2025-09-15 {
			    practice ThreatModeling level 3 on Plant.Gw priority high
			  }
			}
			""";

	/** "line:column text" of each token, mapped to its type and modifiers. */
	private Map<String, String> tokens;

	@BeforeEach
	void highlight() throws Exception {
		InitializeResult initialized = initialize();
		List<String> types = initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<String> modifiers = initialized.getCapabilities().getSemanticTokensProvider().getLegend()
				.getTokenModifiers();
		String uri = writeFile("demo.smm", MODEL);
		open(uri, MODEL);
		SemanticTokens result = languageServer
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		String[] lines = MODEL.split("\n", -1);
		tokens = new HashMap<>();
		List<Integer> data = result.getData();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			String text = lines[line].substring(column, column + data.get(i + 2));
			List<String> style = new ArrayList<>();
			style.add(data.get(i + 3) >= 0 ? types.get(data.get(i + 3)) : "?");
			for (int bit = 0; bit < modifiers.size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					style.add(modifiers.get(bit));
				}
			}
			tokens.put(line + ":" + column + " " + text, String.join("+", style));
		}
	}

	private String style(int line, String text) {
		String[] lines = MODEL.split("\n", -1);
		int column = lines[line].indexOf(text);
		return tokens.get(line + ":" + column + " " + text);
	}

	@Test
	void practicesLevelsDatesAndKinds() {
		Assertions.assertEquals("class", style(7, "ThreatModeling"));
		Assertions.assertEquals("number", style(7, "3"));
		Assertions.assertEquals("number", style(6, "2025-09-15"));
		Assertions.assertEquals("type", style(4, "gateway"));
	}

	@Test
	void referencesAndDeclarations() {
		Assertions.assertEquals("variable", style(7, "Plant"));
		Assertions.assertEquals("variable", style(7, "Gw"));
		assertNotNull(style(7, "Plant"));
		Assertions.assertEquals("parameter", style(6, "Ana"));
		Assertions.assertEquals("parameter+declaration", style(2, "Ana"));
		Assertions.assertEquals("variable+declaration", style(4, "Gw"));
		Assertions.assertEquals("namespace", style(1, "SMM"));
		Assertions.assertEquals("enumMember", style(7, "high"));
		Assertions.assertEquals("enumMember", style(2, "business"));
	}

	@Test
	void keywordsStringsAndComments() {
		Assertions.assertEquals("keyword", style(1, "system"));
		Assertions.assertEquals("keyword", style(7, "practice"));
		Assertions.assertEquals("keyword", style(7, "level"));
		Assertions.assertEquals("string", style(1, "\"Demo\""));
		Assertions.assertEquals("comment", style(0, "// comment"));
		assertFalse(tokens.containsKey("1:" + MODEL.split("\n")[1].indexOf('{') + " {"), "punctuation is not a token");
	}
}
