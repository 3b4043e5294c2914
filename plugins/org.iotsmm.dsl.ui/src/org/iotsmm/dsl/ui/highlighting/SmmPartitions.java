package org.iotsmm.dsl.ui.highlighting;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a .smm document into comments, text blocks, strings and the rest, so that colouring after
 * an edit re-scans only the partitions it touched (a document setup participant for the .smm
 * content type).
 */
public class SmmPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "org.iotsmm.dsl.ui.partitioning";
	public static final String COMMENT = "__smm_comment";
	public static final String TEXT_BLOCK = "__smm_text_block";
	public static final String STRING = "__smm_string";
	public static final String[] TYPES = { COMMENT, TEXT_BLOCK, STRING };

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			FastPartitioner partitioner = new FastPartitioner(scanner(), TYPES);
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token textBlock = new Token(TEXT_BLOCK);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true), new MultiLineRule("\"\"\"", "\"\"\"", textBlock, (char) 0, true),
				// a text without its closing quote ends at the line's end (or a block's brace), as the parser reads it
				new QuotedTextRule('"', string), new QuotedTextRule('\'', string) });
		return scanner;
	}
}
