package org.iotsmm.dsl.conversion;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-line text between triple quotes. As with Java text blocks, the indentation common to
 * all non-blank lines is removed, so authors can indent text with the surrounding model.
 */
public class TextBlocks {

	private static final String QUOTES = "\"\"\"";

	public String toValue(String text) {
		String body = text.substring(QUOTES.length(), text.length() - QUOTES.length());
		List<String> lines = new ArrayList<>(List.of(body.split("\r?\n", -1)));
		if (lines.size() > 1 && lines.get(0).isBlank()) {
			lines.remove(0);
		}
		if (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		int indent = Integer.MAX_VALUE;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!line.isBlank() && !(i == 0 && !body.startsWith("\n") && !body.startsWith("\r"))) {
				indent = Math.min(indent, line.length() - line.stripLeading().length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean firstInline = i == 0 && !body.startsWith("\n") && !body.startsWith("\r");
			if (firstInline) {
				line = line.strip();
			} else if (indent != Integer.MAX_VALUE && line.length() >= indent) {
				line = line.substring(indent);
			} else {
				line = line.strip();
			}
			if (i > 0) {
				out.append('\n');
			}
			out.append(line.stripTrailing());
		}
		return out.toString().strip();
	}

	public String toText(String value) {
		return QUOTES + value + QUOTES;
	}
}
