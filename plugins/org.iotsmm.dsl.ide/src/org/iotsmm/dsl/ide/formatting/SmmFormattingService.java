package org.iotsmm.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting in the editor, refused (no edits) while the text has syntax errors, as
 * {@code smm format} refuses such files: formatting could move text the parser did not
 * understand, and Xtext's formatter fails outright on a comment inside text it could not parse.
 * The syntax errors themselves are already shown as diagnostics.
 */
public class SmmFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		return super.format(resource, document, offset, length, options);
	}
}
