package org.iotsmm.dsl.parser;

import java.util.Map;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Says "expecting a number" where the parser would say "expecting RULE_INT". */
public class SmmSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKENS = Map.of(
			"RULE_INT", "a whole number",
			"RULE_ID", "a name",
			"RULE_STRING", "a quoted \"text\"",
			"RULE_TEXT_BLOCK", "a \"\"\"text block\"\"\"",
			"RULE_DATE", "a date written YYYY-MM-DD",
			"EOF", "the end of the file");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(readable(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	static String readable(String message) {
		if (message == null) {
			return null;
		}
		String result = message;
		for (Map.Entry<String, String> token : TOKENS.entrySet()) {
			result = result.replace("expecting " + token.getKey(), "expecting " + token.getValue())
					.replace("missing " + token.getKey(), "missing " + token.getValue());
		}
		return result.replace("'<EOF>'", "the end of the file");
	}
}
