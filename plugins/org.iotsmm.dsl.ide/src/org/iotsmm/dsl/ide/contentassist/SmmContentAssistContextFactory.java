package org.iotsmm.dsl.ide.contentassist;

import org.apache.log4j.Logger;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;

/**
 * Xtext's context factory, with its extra context "the cursor is at the end of a datatype token"
 * (a date, a version, a dotted name) skipped when computing it fails: on some half-typed texts
 * Xtext computes a negative offset there and threw, and the factory logged that as an error
 * before going on with the other contexts. The proposals come from those other contexts either
 * way; the log now stays clean.
 */
public class SmmContentAssistContextFactory extends ContentAssistContextFactory {

	private static final Logger LOG = Logger.getLogger(SmmContentAssistContextFactory.class);

	@Override
	protected void handleLastCompleteNodeIsAtEndOfDatatypeNode() {
		try {
			super.handleLastCompleteNodeIsAtEndOfDatatypeNode();
		} catch (RuntimeException e) {
			LOG.debug("skipped the context at the end of a datatype token: " + e);
		}
	}
}
