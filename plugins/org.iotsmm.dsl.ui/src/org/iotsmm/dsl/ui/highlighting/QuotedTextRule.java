package org.iotsmm.dsl.ui.highlighting;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.iotsmm.dsl.parser.OpenTexts;

/**
 * A quoted text as the parser reads it: to its closing quote, or without one to its line's end,
 * but not over a block's opening brace that ends the line ({@link OpenTexts}).
 */
final class QuotedTextRule implements IPredicateRule {

	private final char quote;
	private final IToken token;

	QuotedTextRule(char quote, IToken token) {
		this.quote = quote;
		this.token = token;
	}

	@Override
	public IToken getSuccessToken() {
		return token;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		return evaluate(scanner, false);
	}

	/**
	 * Never resumes inside a text: the scanner then reads the partition again from its start, a
	 * text being one line at most.
	 */
	@Override
	public IToken evaluate(ICharacterScanner scanner, boolean resume) {
		if (resume) {
			return Token.UNDEFINED;
		}
		int c = scanner.read();
		if (c != quote) {
			scanner.unread();
			return Token.UNDEFINED;
		}
		StringBuilder matched = new StringBuilder().append(quote);
		while (true) {
			c = scanner.read();
			if (c == ICharacterScanner.EOF || c == '\n' || c == '\r') {
				scanner.unread();
				break;
			}
			matched.append((char) c);
			if (c == '\\') {
				int escaped = scanner.read();
				if (escaped == ICharacterScanner.EOF || escaped == '\n' || escaped == '\r') {
					scanner.unread();
					break;
				}
				matched.append((char) escaped);
			} else if (c == quote) {
				return token;
			}
		}
		for (int extra = matched.length() - OpenTexts.length(matched); extra > 0; extra--) {
			scanner.unread();
		}
		return token;
	}
}
