package org.iotsmm.dsl.parser;

import org.antlr.runtime.RecognitionException;
import org.iotsmm.dsl.parser.antlr.internal.InternalSmmLexer;

/** The generated lexer, ending a text left open in a block's header before the block's brace ({@link OpenTexts}). */
public class SmmLexer extends InternalSmmLexer {

	@Override
	public void mTokens() throws RecognitionException {
		int start = input.index();
		super.mTokens();
		if (state.type == RULE_STRING) {
			OpenTexts.endBeforeBlockBrace(input, start);
		}
	}
}
