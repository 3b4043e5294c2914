package org.iotsmm.dsl.ide.tests.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.iotsmm.dsl.ide.tests.Repo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the editing storm found, one case each, driven over LSP: the server's diagnostics must be
 * those of {@code smm validate} on the text the client holds, and the server's log must stay free
 * of errors.
 */
class StormRegressionTest {

	private static final String NAME = "getting-started.smm";
	/** A line that {@code smm validate} reports, so the diagnostics show whether it reached the server. */
	private static final String UNKNOWN_COMPONENT = "flow Late: RoomSensors -> NoSuchComponent\n";

	@TempDir
	Path workspace;

	@TempDir
	Path cliFolder;

	private LspSession session;
	private String uri;
	private TextMirror mirror;

	@BeforeEach
	void open() throws Exception {
		String text = Repo.example("getting-started");
		Path file = workspace.resolve(NAME);
		Files.writeString(file, text);
		uri = file.toUri().toString();
		mirror = new TextMirror(text);
		session = LspSession.start(workspace);
		session.open(uri, 1, text);
	}

	@AfterEach
	void close() throws Exception {
		session.close();
	}

	@Test
	void aChangeBeyondTheLastLineAppendsToTheText() throws Exception {
		Position beyond = new Position(mirror.lineCount() + 40, 3);
		change(2, new Range(beyond, beyond), "\n" + UNKNOWN_COMPONENT);
		assertDiagnosticsOfTheClientsText();
	}

	@Test
	void aCharacterBeyondItsLineMeansTheLineEnd() throws Exception {
		change(2, new Range(new Position(0, 5), new Position(0, 500)), "");
		change(3, new Range(new Position(7, 200), new Position(7, 300)), "\n  " + UNKNOWN_COMPONENT);
		assertDiagnosticsOfTheClientsText();
	}

	@Test
	void aReversedRangeCoversTheTextBetweenItsEnds() throws Exception {
		change(2, new Range(new Position(30, 0), new Position(20, 0)), "  " + UNKNOWN_COMPONENT);
		assertDiagnosticsOfTheClientsText();
	}

	@Test
	void requestsAtPositionsBeyondTheTextAreAnswered() throws Exception {
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position beyond = new Position(mirror.lineCount() + 100, 7);
		Position pastLineEnd = new Position(6, 900);
		for (Position at : List.of(beyond, pastLineEnd, new Position(-1, -1))) {
			LspSession.await(session.documents().hover(new HoverParams(document, at)), "hover at " + at);
			assertNotNull(LspSession.await(session.documents().completion(new CompletionParams(document, at)),
					"completion at " + at));
			assertNotNull(LspSession.await(session.documents().definition(new DefinitionParams(document, at)),
					"definition at " + at));
		}
		assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
	}

	@Test
	void aChangeWithAVersionAlreadySeenIsDropped() throws Exception {
		Position end = new Position(mirror.lineCount() - 1, 0);
		change(2, new Range(end, end), "// a comment\n");
		// the same version again (a resent message), then an older one: neither reaches the text
		session.change(uri, 2, List.of(new TextDocumentContentChangeEvent(new Range(end, end), UNKNOWN_COMPONENT)));
		session.change(uri, 1, List.of(new TextDocumentContentChangeEvent(new Range(end, end), "}}}")));
		List<String> server = assertDiagnosticsOfTheClientsText();
		assertTrue(server.stream().noneMatch(d -> d.contains("NoSuchComponent")), server.toString());
		assertTrue(session.log().warnings().stream().anyMatch(w -> w.contains("stale change")), session.log().warnings().toString());
		// a later version still applies
		change(5, new Range(end, end), UNKNOWN_COMPONENT);
		assertNotEquals(server, assertDiagnosticsOfTheClientsText());
	}

	@Test
	void staleChangesRightAfterAnEditLeaveTheDiagnosticsOfThatEdit() throws Exception {
		Position end = new Position(mirror.lineCount() - 1, 0);
		change(2, new Range(end, end), "// the last line\n" + UNKNOWN_COMPONENT);
		// each dropped change cancels the validation still running for the edit before it
		for (int i = 0; i < 20; i++) {
			session.change(uri, 2, List.of(new TextDocumentContentChangeEvent(new Range(end, end), "}")));
		}
		assertDiagnosticsOfTheClientsText();
	}

	@Test
	void aChangeToAClosedDocumentIsDroppedWithoutAnError() throws Exception {
		session.close(uri);
		Position start = new Position(0, 0);
		session.change(uri, 2, List.of(new TextDocumentContentChangeEvent(new Range(start, start), "}}}")));
		// the closed document is the file on disk again, unchanged
		assertEquals(CliOracle.validate(cliFolder, NAME, mirror.text()), CliOracle.keys(session.settledDiagnostics(uri)));
		assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
		// reopened, it is edited as usual
		session.open(uri, 1, mirror.text());
		change(2, new Range(start, start), UNKNOWN_COMPONENT);
		assertDiagnosticsOfTheClientsText();
	}

	@Test
	void requestsForAClosedUnsavedDocumentAreAnswered() throws Exception {
		String unsaved = workspace.resolve("unsaved.smm").toUri().toString();
		session.open(unsaved, 1, mirror.text());
		session.close(unsaved);
		TextDocumentIdentifier document = new TextDocumentIdentifier(unsaved);
		Position at = new Position(6, 10);
		LspSession.await(session.documents().hover(new HoverParams(document, at)), "hover on a closed unsaved document");
		LspSession.await(session.documents().completion(new CompletionParams(document, at)),
				"completion on a closed unsaved document");
		LspSession.await(session.documents().documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(document)),
				"documentSymbol on a closed unsaved document");
		assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
	}

	@Test
	void formattingATextWithSyntaxErrorsGivesNoEdits() throws Exception {
		String messy = Repo.fixture("formatting/messy.smm");
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		session.close(uri);
		session.open(uri, 1, messy);
		List<? extends org.eclipse.lsp4j.TextEdit> edits = LspSession.await(session.documents().formatting(
				new org.eclipse.lsp4j.DocumentFormattingParams(document, new org.eclipse.lsp4j.FormattingOptions(2, true))),
				"formatting the messy fixture");
		assertTrue(!edits.isEmpty(), "the fixture parses and needs formatting");
		// a stray token with a comment after it, inside the system: the parser cannot place either
		Position inZone = new Position(4, 0);
		change(2, new Range(inZone, inZone), "  -> ?? // a comment the parser could not place\n");
		session.settledDiagnostics(uri);
		edits = LspSession.await(session.documents().formatting(
				new org.eclipse.lsp4j.DocumentFormattingParams(document, new org.eclipse.lsp4j.FormattingOptions(2, true))),
				"formatting a text with syntax errors");
		assertEquals(List.of(), edits, "a text with syntax errors is left as it is, as smm format leaves it");
		assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
	}

	@Test
	void completionAtTheEndOfDatesVersionsAndDottedNamesLogsNoError() throws Exception {
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		java.util.regex.Matcher tokens = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d+\\.\\d+|\\w+\\.\\w+")
				.matcher(mirror.text());
		int asked = 0;
		while (tokens.find()) {
			Position end = mirror.positionAt(tokens.end());
			LspSession.await(session.documents().completion(new CompletionParams(document, end)), "completion at " + end);
			asked++;
		}
		assertTrue(asked > 3, "the example has dates, versions and dotted names: " + asked);
		assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
	}

	private void change(int version, Range range, String text) {
		mirror.apply(range, text);
		session.change(uri, version, List.of(new TextDocumentContentChangeEvent(range, text)));
	}

	private List<String> assertDiagnosticsOfTheClientsText() throws Exception {
		List<String> server = CliOracle.keys(session.settledDiagnostics(uri));
		assertEquals(CliOracle.validate(cliFolder, NAME, mirror.text()), server,
				"server diagnostics differ from smm validate on the client's text");
		assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
		return server;
	}
}
