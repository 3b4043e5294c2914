package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ISetup;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.iotsmm.dsl.ide.SmmIdeSetup;
import org.iotsmm.dsl.ide.SmmLanguageServer;
import org.iotsmm.dsl.ide.tests.storm.LspSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher serves LSP over a pair of streams, as it does over stdin/stdout. */
class LanguageServerLaunchTest {

	@TempDir
	Path workspace;

	@Test
	void initializeOpenAndDiagnoseOverStreams() throws Exception {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		LaunchArgs args = new LaunchArgs();
		args.setIn(serverIn);
		args.setOut(serverOut);
		args.setValidate(true);
		Future<Void> server = SmmLanguageServer.start(args);

		Client client = new Client();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
		Future<Void> listening = launcher.startListening();
		LanguageServer remote = launcher.getRemoteProxy();
		try {
			InitializeParams params = new InitializeParams();
			params.setCapabilities(new ClientCapabilities());
			params.setRootUri(workspace.toUri().toString());
			InitializeResult result = remote.initialize(params).get(60, TimeUnit.SECONDS);
			ServerCapabilities capabilities = result.getCapabilities();
			assertNotNull(capabilities.getCompletionProvider(), "completion");
			assertTrue(capabilities.getHoverProvider().getLeft(), "hover");
			assertTrue(capabilities.getDocumentSymbolProvider().getLeft(), "document symbols");
			assertTrue(capabilities.getDocumentFormattingProvider().getLeft(), "formatting");
			assertNotNull(capabilities.getSemanticTokensProvider(), "semantic tokens");
			assertNotNull(capabilities.getCodeActionProvider(), "code actions (quick fixes)");
			remote.initialized(new InitializedParams());

			Path file = workspace.resolve("broken.smm");
			String text = """
					system Broken uses catalog SMM version 1.2 {
					  target T {
					    practice NoSuchPractice level 2
					  }
					}
					""";
			Files.writeString(file, text);
			remote.getTextDocumentService().didOpen(
					new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "smm", 1, text)));
			PublishDiagnosticsParams diagnostics;
			do {
				diagnostics = client.diagnostics.poll(60, TimeUnit.SECONDS);
				assertNotNull(diagnostics, "no diagnostics published for " + file);
			} while (!diagnostics.getUri().endsWith("broken.smm") || diagnostics.getDiagnostics().isEmpty());
			assertEquals(2, diagnostics.getDiagnostics().get(0).getRange().getStart().getLine(),
					diagnostics.getDiagnostics().toString());
			assertTrue(diagnostics.getDiagnostics().get(0).getMessage().toString().contains("NoSuchPractice"),
					diagnostics.getDiagnostics().toString());

			remote.shutdown().get(30, TimeUnit.SECONDS);
		} finally {
			clientOut.close();
			serverOut.close();
			server.cancel(true);
			listening.cancel(true);
		}
	}

	/**
	 * The quick fixes reach an LSP editor as code actions, through the JSON of a real connection
	 * (the issue's data comes back as a JSON array): did-you-mean for a misspelt practice, the
	 * nearest level for one out of range (for a consideration, whose lowest level is 1, only the
	 * issue's data tells).
	 */
	@Test
	void quickFixesAreCodeActions() throws Exception {
		try (LspSession session = LspSession.start(workspace)) {
			Path file = workspace.resolve("typos.smm");
			String text = """
					system Typos uses catalog SMM version 1.2 {
					  target T {
					    practice AccesControl level 2
					    practice ThreatModeling level 7
					  }
					}
					profile Typo version 1.0 "Typos" extends catalog SMM version 1.2 {
					  consider ThreatModeling level 0 "Below the lowest level of a consideration"
					}
					""";
			Files.writeString(file, text);
			String uri = file.toUri().toString();
			session.open(uri, 1, text);
			List<Diagnostic> diagnostics = session.settledDiagnostics(uri);
			CodeActionParams request = new CodeActionParams(new TextDocumentIdentifier(uri),
					new Range(new Position(0, 0), new Position(9, 0)), new CodeActionContext(diagnostics));
			List<String> edits = new ArrayList<>();
			for (Either<Command, CodeAction> action : LspSession.await(session.documents().codeAction(request), "codeAction")) {
				CodeAction fix = action.getRight();
				TextEdit edit = fix.getEdit().getChanges().get(uri).get(0);
				edits.add(fix.getTitle() + " @" + edit.getRange().getStart().getLine() + ":" + edit.getRange().getStart().getCharacter()
						+ " -> " + edit.getNewText());
			}
			String codes = diagnostics.stream().map(d -> d.getCode().getLeft()).toList().toString();
			assertTrue(edits.contains("Change to 'AccessControl' @2:13 -> AccessControl"), edits + " for " + codes);
			assertTrue(edits.contains("Change to level 4 @3:34 -> 4"), edits.toString());
			// the lowest level of a consideration is 1: known only from the issue's data, sent back by the client
			assertTrue(edits.contains("Change to level 1 @7:32 -> 1"), edits.toString());
		}
	}

	/**
	 * Renaming a zone over LSP changes its references too, also where it qualifies a component.
	 * Xtext's own rename changed the declaration only (zones are not in the index). A taken name
	 * is refused.
	 */
	@Test
	void renameOfAZoneChangesItsReferences() throws Exception {
		Path other = workspace.resolve("other.smm"); // not open: the server knows it from the workspace
		Files.writeString(other, """
				system Other uses catalog SMM version 1.2 {
				  target X owner Zones.Olga {
				    practice AccessControl level 1
				  }
				}
				""");
		try (LspSession session = LspSession.start(workspace)) {
			Path file = workspace.resolve("zones.smm");
			String text = """
					system Zones uses catalog SMM version 1.2 {
					  zone Floor {
					    gateway Edge
					  }
					  controller PLC
					  flow Up: PLC -> Floor.Edge
					  target T {
					    practice AccessControl level 2 on Floor
					  }
					  stakeholder Olga role business
					}
					""";
			Files.writeString(file, text);
			String uri = file.toUri().toString();
			session.open(uri, 1, text);
			session.settledDiagnostics(uri);
			WorkspaceEdit edit = LspSession.await(session.documents().rename(new RenameParams(new TextDocumentIdentifier(uri),
					new Position(1, 8), "Hall")), "rename");
			assertEquals(1, edit.getChanges().size(), edit.toString());
			List<String> edits = edit.getChanges().values().iterator().next().stream()
					.map(e -> e.getRange().getStart().getLine() + ":" + e.getRange().getStart().getCharacter() + "-"
							+ e.getRange().getEnd().getCharacter() + " " + e.getNewText())
					.toList();
			assertEquals(List.of("1:7-12 Hall", "5:18-23 Hall", "7:38-43 Hall"), edits);

			CompletableFuture<WorkspaceEdit> taken = session.documents().rename(new RenameParams(new TextDocumentIdentifier(uri),
					new Position(4, 14), "Floor"));
			Throwable refused = assertThrows(Throwable.class, () -> LspSession.await(taken, "rename to a taken name"));
			String messages = java.util.stream.Stream.iterate(refused, t -> t != null, Throwable::getCause).map(Throwable::getMessage)
					.toList().toString();
			assertTrue(messages.contains("'Floor' is already the name of a zone in system Zones"), messages);

			// a stakeholder is referenced from the other file, qualified by its system
			WorkspaceEdit olga = LspSession.await(session.documents().rename(new RenameParams(new TextDocumentIdentifier(uri),
					new Position(9, 16), "Oksana")), "rename of a stakeholder");
			assertEquals(List.of(uri, other.toUri().toString()), List.copyOf(olga.getChanges().keySet()), olga.toString());
			TextEdit inOther = olga.getChanges().get(other.toUri().toString()).get(0);
			assertEquals("1:23 Oksana", inOther.getRange().getStart().getLine() + ":" + inOther.getRange().getStart().getCharacter()
					+ " " + inOther.getNewText());
		}
	}

	@Test
	void initializeWithoutAWorkspaceRoot() throws Exception {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		LaunchArgs args = new LaunchArgs();
		args.setIn(serverIn);
		args.setOut(serverOut);
		Future<Void> server = SmmLanguageServer.start(args);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
		Future<Void> listening = launcher.startListening();
		try {
			InitializeParams params = new InitializeParams();
			params.setCapabilities(new ClientCapabilities());
			InitializeResult result = launcher.getRemoteProxy().initialize(params).get(60, TimeUnit.SECONDS);
			assertNotNull(result.getCapabilities().getHoverProvider());
		} finally {
			clientOut.close();
			serverOut.close();
			server.cancel(true);
			listening.cancel(true);
		}
	}

	/** What a shell pipe does: one framed request, then the end of the input. */
	@Test
	void answersARequestFollowedByTheEndOfInput() throws Exception {
		String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
				+ "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}";
		byte[] body = request.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		input.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		input.writeBytes(body);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		LaunchArgs args = new LaunchArgs();
		args.setIn(new ByteArrayInputStream(input.toByteArray()));
		args.setOut(output);
		SmmLanguageServer.serve(args);
		String response = output.toString(StandardCharsets.UTF_8);
		assertTrue(response.startsWith("Content-Length: "), response);
		assertTrue(response.contains("\"id\":\"1\"") || response.contains("\"id\":1"), response);
		assertTrue(response.contains("\"hoverProvider\":true"), response);
	}

	@Test
	void setupIsRegisteredForXtextsGenericLauncher() {
		List<String> setups = ServiceLoader.load(ISetup.class, SmmIdeSetup.class.getClassLoader()).stream()
				.map(p -> p.type().getName()).toList();
		assertEquals(List.of(SmmIdeSetup.class.getName()), setups);
	}

	static final class Client implements LanguageClient {
		final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}
}
