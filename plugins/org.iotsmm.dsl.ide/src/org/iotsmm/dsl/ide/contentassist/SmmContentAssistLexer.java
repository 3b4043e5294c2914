package org.iotsmm.dsl.ide.contentassist;

import org.antlr.runtime.RecognitionException;
import org.iotsmm.dsl.ide.contentassist.antlr.internal.InternalSmmLexer;
import org.iotsmm.dsl.parser.OpenTexts;

/** The generated content-assist lexer, reading a text left open in a block's header as the runtime lexer does ({@link OpenTexts}). */
public class SmmContentAssistLexer extends InternalSmmLexer {

	@Override
	public void mTokens() throws RecognitionException {
		int start = input.index();
		super.mTokens();
		if (state.type == RULE_STRING) {
			OpenTexts.endBeforeBlockBrace(input, start);
		}
	}
}
