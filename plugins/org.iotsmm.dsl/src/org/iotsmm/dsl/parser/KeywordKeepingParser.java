package org.iotsmm.dsl.parser;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.iotsmm.dsl.parser.antlr.internal.InternalSmmParser;
import org.iotsmm.dsl.services.SmmGrammarAccess;

/**
 * The generated parser, recovering from a half-typed statement at the next keyword. When the
 * parser does not find the token it expects and meets a keyword that the statement can go on with
 * ({@code level} after {@code practice}, the opening brace after {@code assessment Check},
 * {@code by} where the date is left out) or that starts the next statement of an enclosing block
 * ({@code practice} on the line after a half-typed {@code on }), the expected token is reported
 * missing and the parse goes on from the keyword (in a half-typed statement such a keyword comes
 * after where the typing stopped; it is rarely a word typed too many).
 * <p>
 * ANTLR instead deletes the keyword when the token after it is the one expected, or skips tokens
 * up to one that an enclosing rule can take and ends the rule there: after {@code on } the next
 * line's {@code practice} was deleted and its practice taken as the element, the rest of that
 * line ended the target set and then the system, and every statement below became an error (a
 * thousand at 10,000 components, which also made the editor re-parse the whole file).
 */
public class KeywordKeepingParser extends InternalSmmParser {

	private final Map<AbstractRule, Set<String>> keywordsOfRule = new HashMap<>();

	public KeywordKeepingParser(TokenStream input, SmmGrammarAccess grammarAccess) {
		super(input, grammarAccess);
	}

	@Override
	protected Object recoverFromMismatchedToken(IntStream input, int expected, BitSet follow) throws RecognitionException {
		int found = input.LA(1);
		String keyword = keyword(found);
		if (keyword != null && (mismatchIsMissingToken(input, follow) || computeErrorRecoverySet().member(found)
				|| keywordsOfCurrentRule().contains(keyword))) {
			Object inserted = getMissingSymbol(input, null, expected, follow);
			// reported after the insertion, as ANTLR does; until a token matches, the tokens missing after it are not reported again
			reportError(new MissingTokenException(expected, input, inserted));
			return null;
		}
		return super.recoverFromMismatchedToken(input, expected, follow);
	}

	/** The keyword a token type stands for, or null for names, numbers, texts and the end of the file. */
	private String keyword(int tokenType) {
		String[] names = getTokenNames();
		if (tokenType <= 0 || tokenType >= names.length || !names[tokenType].startsWith("'")) {
			return null;
		}
		String quoted = names[tokenType];
		return quoted.substring(1, quoted.length() - 1);
	}

	/** The keywords of the rule being parsed and of the rules it calls (those of its evidence for a finding). */
	private Set<String> keywordsOfCurrentRule() {
		EObject element = getCurrentNode() == null ? null : getCurrentNode().getGrammarElement();
		AbstractRule rule = element instanceof RuleCall call ? call.getRule()
				: element instanceof AbstractRule itself ? itself : element == null ? null : GrammarUtil.containingRule(element);
		if (rule == null) {
			return Set.of();
		}
		return keywordsOfRule.computeIfAbsent(rule, r -> Stream
				.concat(Stream.of(r), GrammarUtil.containedRuleCalls(r).stream().map(RuleCall::getRule))
				.flatMap(each -> GrammarUtil.containedKeywords(each).stream()).map(Keyword::getValue).collect(Collectors.toSet()));
	}
}
