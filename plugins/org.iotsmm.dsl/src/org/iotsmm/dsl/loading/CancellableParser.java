package org.iotsmm.dsl.loading;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.service.OperationCanceledError;
import org.iotsmm.dsl.parser.KeywordKeepingParser;
import org.iotsmm.dsl.parser.antlr.SmmParser;
import org.iotsmm.dsl.parser.antlr.internal.InternalSmmParser;

/**
 * The generated parser, which the workbench's reconcile can stop like the linker
 * ({@link CancellableLinker#cancellableBy}) while it parses an edit: some half-typed statements
 * make the parser re-read the whole file (a word that ends the block for it), 1-2 s with the file's
 * thousand follow-on errors at 10,000 components, which went on after the next keystroke had made
 * it stale. The lexer and the parser check the reconcile's cancel indicator every
 * {@link #TOKENS_PER_CHECK} tokens made or looked at. Only the parse of an edit ({@link SmmResource#update}) is
 * stopped: every such parse finishes before it changes the model (BlockReparsing parses before
 * it unloads), so a stopped one leaves the model as it was. A load or a whole-file
 * {@code reparse}, which clears the model first, runs to the end as before. It parses with the
 * recovery of {@link KeywordKeepingParser}.
 */
public class CancellableParser extends SmmParser {

	/** Tokens the lexer makes, and looks the parser takes at tokens, between two checks. */
	static final int TOKENS_PER_CHECK = 1024;

	/**
	 * Xtext calls the parser's rule by reflection and wraps what it throws, twice (a
	 * RuntimeException in a ParseException), which Xtext's partial parsing swallows and the editor
	 * answers with a whole-file parse: the stop is unwrapped so that it reaches the reconcile.
	 */
	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
		try {
			return super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
		} catch (RuntimeException e) {
			for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
				if (cause instanceof OperationCanceledError stop) {
					throw stop;
				}
			}
			throw e;
		}
	}

	@Override
	protected InternalSmmParser createParser(XtextTokenStream stream) {
		return new KeywordKeepingParser(stream, getGrammarAccess());
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		if (!ReplacedPart.isOpen() || !CancellableLinker.isCancellable()) {
			return super.createTokenStream(tokenSource);
		}
		TokenSource lexing = new TokenSource() { // the stream lexes the whole text before the first token is parsed
			private int tokens;

			@Override
			public Token nextToken() {
				if (++tokens % TOKENS_PER_CHECK == 0) {
					CancellableLinker.stopIfCanceled();
				}
				return tokenSource.nextToken();
			}

			@Override
			public String getSourceName() {
				return tokenSource.getSourceName();
			}
		};
		return new XtextTokenStream(lexing, getTokenDefProvider()) {
			private int looks;

			@Override
			public int LA(int i) { // the parser looks at every token one or more times (its predictions more)
				if (++looks % TOKENS_PER_CHECK == 0) {
					CancellableLinker.stopIfCanceled();
				}
				return super.LA(i);
			}
		};
	}
}
