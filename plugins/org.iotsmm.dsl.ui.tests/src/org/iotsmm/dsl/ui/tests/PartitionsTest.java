package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextUtilities;
import org.iotsmm.dsl.ui.highlighting.SmmPartitions;
import org.junit.jupiter.api.Test;

/** The editor's colouring reads texts where the parser reads them. */
class PartitionsTest {

	/** Before, a text without its closing quote was coloured as plain words, though the parser reads it as a text to the line's end. */
	@Test
	void aTextWithoutItsClosingQuoteIsATextToTheLinesEnd() throws Exception {
		String text = "zone Office \"Office floor {\n  sensor S \"Sensors\" count 6\n}\n";
		IDocument document = new Document(text);
		new SmmPartitions().setup(document);
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("floor")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf("sensor")));
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("Sensors")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf("count")));
	}

	private static String type(IDocument document, int offset) throws Exception {
		return TextUtilities.getContentType(document, SmmPartitions.PARTITIONING, offset, false);
	}
}
