package org.iotsmm.dsl.ide.tests;

import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.TextDocumentPositionConfiguration;
import org.iotsmm.dsl.ide.SmmLanguageServer;

import com.google.inject.Module;

/** Runs Xtext's in-process language server test harness with the .smm server module. */
public abstract class SmmLanguageServerTest extends AbstractLanguageServerTest {

	/** Marks the cursor position in inline snippets. */
	protected static final String CURSOR = "<|>";

	protected SmmLanguageServerTest() {
		super("smm");
	}

	@Override
	protected Module getServerModule() {
		return SmmLanguageServer.serverModule();
	}

	/** Puts the snippet without its cursor mark into the configuration, and the cursor position. */
	protected static void atCursor(TextDocumentPositionConfiguration configuration, String snippet) {
		int offset = snippet.indexOf(CURSOR);
		if (offset < 0) {
			throw new IllegalArgumentException("no " + CURSOR + " in the snippet");
		}
		String before = snippet.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		configuration.setModel(before + snippet.substring(offset + CURSOR.length()));
		configuration.setLine(line);
		configuration.setColumn(offset - (before.lastIndexOf('\n') + 1));
	}
}
