package org.iotsmm.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Xtext's conversion of a quoted text, which keeps the value of a text without its closing quote
 * (the lexer ends such a text at its line's end) and reports it in the words of the language.
 */
public class QuotedTexts extends STRINGValueConverter {

	@Override
	protected String getStringNotClosedMessage() {
		return "This text has no closing quote; a quoted text ends on its line (write a \"\"\"text block\"\"\" for several lines)";
	}
}
