package org.iotsmm.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed .smm resource into its canonical layout (used by {@code smm format}). */
public class SmmFormatting {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	/**
	 * The canonical text of the resource.
	 *
	 * @throws IllegalArgumentException if the text has syntax errors: formatting it could move
	 *             text the parser did not understand, so it is refused.
	 */
	public String format(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalArgumentException(resource.getURI().lastSegment()
					+ " has syntax errors; fix them before formatting (smm validate shows them)");
		}
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
