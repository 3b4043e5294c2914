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
		String text = "zone Office \"Office floor\" {\n  sensor S \"Sensors count 6\n}\n";
		IDocument document = partitioned(text);
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("floor")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf("sensor")));
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("Sensors")));
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("count")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf("}")));
	}

	/** Before, the brace of a block whose title had no closing quote was coloured as part of the title (the parser read it so too). */
	@Test
	void aTextLeftOpenInABlockHeaderEndsBeforeTheBrace() throws Exception {
		String text = "zone Office \"Office floor {\n  sensor S \"Sensors\" count 6\n}\n";
		IDocument document = partitioned(text);
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("floor")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf(" {")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf("{")));
		// closing the quote, then opening it again, re-partitions the line as a fresh scan would
		document.replace(text.indexOf(" {"), 0, "\"");
		assertEquals(SmmPartitions.STRING, type(document, document.get().indexOf("floor\"")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, document.get().indexOf("{")));
		document.replace(document.get().indexOf("floor\"") + 5, 1, "");
		assertEquals(text, document.get());
		assertEquals(SmmPartitions.STRING, type(document, text.indexOf("floor")));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, type(document, text.indexOf("{")));
		// an escaped brace is a character of the text
		IDocument escaped = partitioned("zone Office \"Office floor \\{\n}\n");
		assertEquals(SmmPartitions.STRING, type(escaped, escaped.get().indexOf("{")));
	}

	private static IDocument partitioned(String text) {
		IDocument document = new Document(text);
		new SmmPartitions().setup(document);
		return document;
	}

	private static String type(IDocument document, int offset) throws Exception {
		return TextUtilities.getContentType(document, SmmPartitions.PARTITIONING, offset, false);
	}
}
