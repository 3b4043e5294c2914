package org.iotsmm.dsl.ide.tests.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.iotsmm.dsl.ide.tests.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server under an editing storm: random incremental edits with a fixed seed on an
 * example model (insertions, deletions, replacements, ranges beyond the text, stale and duplicate
 * versions, the file closed while it is being validated and reopened), interleaved with
 * completion, hover, documentSymbol, definition and formatting requests, some cancelled by the
 * client. Afterwards the server's diagnostics must equal those of {@code smm validate} on the
 * client's text, every request must have been answered or cancelled, and the server's log must
 * hold no error or exception.
 * <p>
 * The normal run makes {@value #DEFAULT_EDITS} edits; the full storm is
 * {@code -Diotsmm.storm.edits=10000} (see docs/language-server.md).
 */
class EditingStormTest {

	static final long SEED = 20261201L;
	static final int DEFAULT_EDITS = 2000;
	/** Diagnostics are compared with the CLI's this often during the storm, and at its end. */
	static final int CHECKPOINT_EVERY = 500;

	private static final String EXAMPLE = "automotive-gateway";
	private static final String ODD_CHARACTERS = "{}\"\"\" ->:,.0123456789\u00e4\u00e9\u20ac\t";
	private static final Pattern TOKEN = Pattern.compile("\"[^\"\\n]*\"|\\w+|[^\\s\\w]");

	@TempDir
	Path workspace;

	@TempDir
	Path cliFolder;

	@Test
	void stormEndsWithTheDiagnosticsOfSmmValidate() throws Exception {
		int edits = Integer.getInteger("iotsmm.storm.edits", DEFAULT_EDITS);
		String original = Repo.example(EXAMPLE);
		Path file = workspace.resolve(EXAMPLE + ".smm");
		Files.writeString(file, original);
		String uri = file.toUri().toString();
		Storm storm = new Storm(new Random(SEED), original);
		long started = System.nanoTime();
		try (LspSession session = LspSession.start(workspace)) {
			storm.run(session, uri, edits);
			List<String> mismatches = storm.mismatches;
			long stormMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			storm.awaitRequests();
			System.out.println(storm.report(edits, stormMillis, session.log()));
			System.out.println(firstOf("failed requests", storm.failedRequests) + firstOf("unanswered", storm.unanswered)
					+ firstOf("mismatches", mismatches) + firstOf("kinds of server log problems", session.log().kindsOfProblems()));
			assertEquals(List.of(), storm.failedRequests, "requests answered with an error");
			assertEquals(List.of(), storm.unanswered, "requests neither answered nor cancelled");
			assertEquals(List.of(), mismatches, "server diagnostics differing from smm validate");
			assertEquals(List.of(), session.log().problems(), "errors and exceptions in the server log");
			assertTrue(storm.applied > edits / 2, "too few edits applied: " + storm.applied);
		}
	}

	private static String firstOf(String what, List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		return what + " (" + items.size() + "), the first: " + String.join("\n", items.subList(0, Math.min(6, items.size())))
				+ "\n";
	}

	/** One storm: the client's mirror of the text, the version, and what was sent and answered. */
	private final class Storm {
		final Random random;
		final String original;
		final List<String> vocabulary = new ArrayList<>();
		final List<String> originalLines;
		TextMirror mirror;
		int version = 1;
		boolean open;
		int applied;
		int invalidRanges;
		int stale;
		int closedWhileValidating;
		int changesToClosed;
		int checkpoints;
		int requestsSent;
		int answered;
		int cancelledByServer;
		int cancelledByClient;
		final List<Sent> requests = new ArrayList<>();
		final List<String> failedRequests = new ArrayList<>();
		final List<String> unanswered = new ArrayList<>();
		final List<String> mismatches = new ArrayList<>();

		Storm(Random random, String original) {
			this.random = random;
			this.original = original;
			this.mirror = new TextMirror(original);
			Matcher tokens = TOKEN.matcher(original);
			while (tokens.find()) {
				vocabulary.add(tokens.group());
			}
			originalLines = original.lines().toList();
		}

		void run(LspSession session, String uri, int edits) throws Exception {
			session.open(uri, version, mirror.text());
			open = true;
			for (int edit = 1; edit <= edits; edit++) {
				if (!open) {
					version = 1;
					session.open(uri, version, mirror.text());
					open = true;
				}
				int roll = random.nextInt(100);
				if (roll < 60) {
					validEdit(session, uri);
				} else if (roll < 72) {
					invalidRangeEdit(session, uri);
				} else if (roll < 80) {
					staleEdit(session, uri);
				} else if (roll < 82) {
					closeWhileValidating(session, uri);
				} else {
					validEdit(session, uri);
				}
				if (random.nextInt(100) < 35) {
					request(session, uri);
				}
				if (edit % CHECKPOINT_EVERY == 0 || edit == edits) {
					checkpoint(session, uri, edit);
				}
			}
		}

		/** 1 to 3 changes in one notification, each relative to the text the one before left. */
		void validEdit(LspSession session, String uri) {
			List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
			int count = 1 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				int length = mirror.length();
				int start = random.nextInt(length + 1);
				boolean shrink = length > 2 * original.length();
				boolean grow = length < original.length() / 2;
				int kind = random.nextInt(3); // 0 insert, 1 delete, 2 replace
				if (shrink) {
					kind = 1;
				} else if (grow) {
					kind = 0;
				}
				int end = kind == 0 ? start : Math.min(length, start + random.nextInt(shrink ? 400 : 40));
				String text = kind == 1 ? "" : snippet();
				Range range = new Range(mirror.positionAt(start), mirror.positionAt(end));
				mirror.apply(range, text);
				changes.add(new TextDocumentContentChangeEvent(range, text));
			}
			send(session, uri, changes);
		}

		/** A range past the end of its line or of the text, or one whose end comes before its start. */
		void invalidRangeEdit(LspSession session, String uri) {
			Range range = switch (random.nextInt(3)) {
			case 0 -> {
				Position beyond = new Position(mirror.lineCount() + random.nextInt(5), random.nextInt(10));
				yield new Range(beyond, beyond);
			}
			case 1 -> {
				int line = random.nextInt(mirror.lineCount());
				Position start = new Position(line, Math.max(0, mirror.lineLength(line) - random.nextInt(5)));
				yield new Range(start, new Position(line, mirror.lineLength(line) + 1 + random.nextInt(20)));
			}
			default -> {
				int a = random.nextInt(mirror.length() + 1);
				int b = Math.min(mirror.length(), a + random.nextInt(20));
				yield new Range(mirror.positionAt(b), mirror.positionAt(a));
			}
			};
			String text = random.nextBoolean() ? "" : snippet();
			mirror.apply(range, text);
			invalidRanges++;
			send(session, uri, List.of(new TextDocumentContentChangeEvent(range, text)));
		}

		/** A change carrying a version already seen (a duplicate or an older one): to be dropped. */
		void staleEdit(LspSession session, String uri) {
			int staleVersion = version - random.nextInt(Math.min(3, version));
			int start = random.nextInt(mirror.length() + 1);
			Position at = mirror.positionAt(start);
			session.change(uri, staleVersion, List.of(new TextDocumentContentChangeEvent(new Range(at, at), snippet())));
			stale++;
		}

		/** A change, then the close right away (its build is running), a change to the closed file, a request. */
		void closeWhileValidating(LspSession session, String uri) throws InterruptedException {
			validEdit(session, uri);
			Thread.sleep(random.nextInt(15));
			session.close(uri);
			open = false;
			closedWhileValidating++;
			if (random.nextBoolean()) {
				Position at = new Position(0, 0);
				session.change(uri, version + 1, List.of(new TextDocumentContentChangeEvent(new Range(at, at), "x")));
				changesToClosed++;
			}
			request(session, uri);
		}

		void send(LspSession session, String uri, List<TextDocumentContentChangeEvent> changes) {
			version++;
			session.change(uri, version, changes);
			applied++;
		}

		String snippet() {
			return switch (random.nextInt(6)) {
			case 0 -> originalLines.get(random.nextInt(originalLines.size())) + "\n";
			case 1 -> "\n" + " ".repeat(random.nextInt(6));
			case 2 -> String.valueOf(ODD_CHARACTERS.charAt(random.nextInt(ODD_CHARACTERS.length())));
			default -> {
				StringBuilder words = new StringBuilder();
				int count = 1 + random.nextInt(4);
				for (int i = 0; i < count; i++) {
					words.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
				}
				yield words.toString();
			}
			};
		}

		void request(LspSession session, String uri) {
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			Position at = random.nextInt(10) == 0 ? new Position(mirror.lineCount() + random.nextInt(10), random.nextInt(200))
					: mirror.positionAt(random.nextInt(mirror.length() + 1));
			String where = " at " + at.getLine() + ":" + at.getCharacter() + " (request " + (requestsSent + 1) + ")";
			Sent sent = switch (random.nextInt(5)) {
			case 0 -> new Sent("completion" + where, session.documents().completion(new CompletionParams(document, at)));
			case 1 -> new Sent("hover" + where, session.documents().hover(new HoverParams(document, at)));
			case 2 -> new Sent("documentSymbol" + where, session.documents().documentSymbol(new DocumentSymbolParams(document)));
			case 3 -> new Sent("definition" + where, session.documents().definition(new DefinitionParams(document, at)));
			default -> new Sent("formatting" + where,
					session.documents().formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))));
			};
			requestsSent++;
			int choice = random.nextInt(10);
			if (choice == 0) {
				sent.answer.cancel(true); // lsp4j sends $/cancelRequest
			} else if (choice == 1) {
				// the user pauses: the request runs to its end on the text as it is now
				try {
					sent.answer.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
				} catch (Exception e) {
					// counted with the others in awaitRequests
				}
			}
			requests.add(sent);
		}

		void checkpoint(LspSession session, String uri, int edit) throws Exception {
			if (!open) {
				version = 1;
				session.open(uri, version, mirror.text());
				open = true;
			}
			List<String> server = CliOracle.keys(session.settledDiagnostics(uri));
			List<String> cli = CliOracle.validate(cliFolder, EXAMPLE + ".smm", mirror.text());
			checkpoints++;
			if (!server.equals(cli)) {
				mismatches.add("after edit " + edit + ":\n  server: " + server + "\n  smm validate: " + cli
						+ "\n  text:\n" + mirror.text());
			}
		}

		/** Every request answered, cancelled, or failed; the wait is bounded for all of them together. */
		void awaitRequests() throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LspSession.WAIT_SECONDS);
			for (Sent sent : requests) {
				try {
					sent.answer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
					answered++;
				} catch (CancellationException e) {
					cancelledByClient++;
				} catch (TimeoutException e) {
					unanswered.add(sent.what);
				} catch (ExecutionException e) {
					if (e.getCause() instanceof ResponseErrorException error
							&& (error.getResponseError().getCode() == ResponseErrorCode.RequestCancelled.getValue()
									|| error.getResponseError().getCode() == ResponseErrorCode.ContentModified.getValue())) {
						cancelledByServer++;
					} else {
						failedRequests.add(sent.what + ": " + e.getCause());
					}
				}
			}
		}

		String report(int edits, long stormMillis, ServerLog log) {
			return String.format("""
					editing storm (seed %d, %s): %d edits sent in %d ms; %d applied (%d with ranges beyond the text \
					or reversed), %d stale versions dropped, %d closes while validating (%d changes to the closed file); \
					requests: %d sent, %d answered, %d cancelled by the server, %d cancelled by the client, %d failed, \
					%d unanswered; %d diagnostics checkpoints, %d mismatches with smm validate; server log: %d problems, \
					%d warnings; final text %d chars""", SEED, EXAMPLE, edits, stormMillis, applied, invalidRanges,
					stale, closedWhileValidating, changesToClosed, requestsSent, answered, cancelledByServer,
					cancelledByClient, failedRequests.size(), unanswered.size(), checkpoints, mismatches.size(),
					log.problems().size(), log.warnings().size(), mirror.length());
		}
	}

	private record Sent(String what, CompletableFuture<?> answer) {
	}
}
