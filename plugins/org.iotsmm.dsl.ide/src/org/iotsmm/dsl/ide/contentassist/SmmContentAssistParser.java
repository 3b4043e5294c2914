package org.iotsmm.dsl.ide.contentassist;

import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.iotsmm.dsl.ide.contentassist.antlr.SmmParser;

/**
 * The generated content assist parser, without the failure at the end of a datatype token (a
 * date, a version, a dotted name): there Xtext's context factory asks for the follow elements
 * of an entry rule that is not set, and the parser threw a NullPointerException, which the
 * factory logged as an error and then skipped. That context now yields no follow elements
 * directly, so the proposals are the same and the log stays clean.
 */
public class SmmContentAssistParser extends SmmParser {

	@Override
	protected Collection<FollowElement> getFollowElements(AbstractInternalContentAssistParser parser, AbstractRule rule) {
		if (rule == null || getRuleNames().getAntlrRuleName(rule) == null) {
			return List.of();
		}
		return super.getFollowElements(parser, rule);
	}
}
