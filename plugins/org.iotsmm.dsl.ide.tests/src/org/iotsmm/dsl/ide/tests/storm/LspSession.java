package org.iotsmm.dsl.ide.tests.storm;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.iotsmm.dsl.ide.SmmLanguageServer;

/**
 * A language client talking JSON-RPC over a pair of pipes to the .smm language server started as
 * {@code ./smm-language-server} starts it ({@link SmmLanguageServer#start}). Every wait is
 * bounded and fails with what was awaited.
 */
public final class LspSession implements AutoCloseable {

	/** The longest wait for one answer; a server that takes longer is taken to hang. */
	public static final long WAIT_SECONDS = 60;

	private final PipedOutputStream clientOut;
	private final PipedOutputStream serverOut;
	private final Future<Void> serverRunning;
	private final Future<Void> clientListening;
	private final LanguageServer server;
	private final Map<String, List<Diagnostic>> latestDiagnostics = new ConcurrentHashMap<>();
	private final ServerLog log = new ServerLog();

	private LspSession(Path workspace) throws Exception {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		serverOut = new PipedOutputStream(clientIn);
		LaunchArgs args = new LaunchArgs();
		args.setIn(serverIn);
		args.setOut(serverOut);
		args.setValidate(true);
		serverRunning = SmmLanguageServer.start(args);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
		clientListening = launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		params.setRootUri(workspace.toUri().toString());
		await(server.initialize(params), "initialize");
		server.initialized(new InitializedParams());
	}

	/** Starts a server whose workspace is the given folder, and initializes it. */
	public static LspSession start(Path workspace) throws Exception {
		return new LspSession(workspace);
	}

	public TextDocumentService documents() {
		return server.getTextDocumentService();
	}

	public ServerLog log() {
		return log;
	}

	public void open(String uri, int version, String text) {
		documents().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "smm", version, text)));
	}

	public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
		documents().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
	}

	public void close(String uri) {
		documents().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	/**
	 * The diagnostics of the document once the server has handled everything sent before: a read
	 * request runs after the writes queued before it, and the server sends a build's
	 * diagnostics before it answers the next request, on the same ordered stream.
	 */
	public List<Diagnostic> settledDiagnostics(String uri) {
		await(documents().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))),
				"documentSymbol to settle " + uri);
		List<Diagnostic> diagnostics = latestDiagnostics.get(uri);
		if (diagnostics == null) {
			throw new AssertionError("the server published no diagnostics for " + uri);
		}
		return diagnostics;
	}

	/** The answer, or an AssertionError naming the request when none comes within the bound. */
	public static <T> T await(CompletableFuture<T> answer, String what) {
		try {
			return answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError("no answer to " + what + " within " + WAIT_SECONDS + " s: the server hangs", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for " + what, e);
		} catch (ExecutionException e) {
			throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
		}
	}

	@Override
	public void close() throws IOException {
		try {
			server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (Exception e) {
			// closing the streams below ends the server anyway
		} finally {
			clientOut.close();
			serverOut.close();
			serverRunning.cancel(true);
			clientListening.cancel(true);
			log.close();
		}
	}

	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			latestDiagnostics.put(params.getUri(), params.getDiagnostics());
		}

		@Override
		public void telemetryEvent(Object object) {
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
