package org.iotsmm.dsl.loading;

/**
 * The largest input the .smm tools accept, checked on the raw text before the parser sees it, so
 * that an oversized or pathologically nested file gets one located error instead of exhausting the
 * heap or the stack of the parser, linker, validator, formatter or serializer. The figures are
 * stated in docs/language.md ("Limits"); the sizes measured below them are in docs/performance.md.
 */
public final class InputLimits {

	/** 32 MiB per file: the generated 100,000-component system is 17.7 MB and validates in about 1 GB. */
	public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

	/** Braces may nest 256 deep (zones 64, see the zones-too-deep check); deeper is refused unparsed. */
	public static final int MAX_BLOCK_DEPTH = 256;

	/** A string, text block or name holds at most 1 MiB of characters. */
	public static final int MAX_TOKEN_CHARS = 1024 * 1024;

	/** Components (with those in zones) per system: the largest size measured end to end (docs/performance.md). */
	public static final int MAX_COMPONENTS = 100_000;

	/** A limit the text goes beyond: where (offset, 1-based line and column) and what. */
	public record Exceeded(int offset, int line, int column, String message, String code) {
	}

	private InputLimits() {
	}

	/** The error for a file of {@code bytes} bytes, above {@link #MAX_FILE_BYTES}. */
	public static Exceeded fileTooLarge(long bytes) {
		return new Exceeded(0, 1, 1, "The file has " + String.format("%,d", bytes) + " bytes; a .smm file may have at most "
				+ String.format("%,d", MAX_FILE_BYTES) + " bytes (32 MiB). Split the model over several files.",
				org.iotsmm.dsl.validation.IssueCodes.FILE_TOO_LARGE);
	}

	/**
	 * The first limit the text goes beyond, or null. A light scan that knows comments, strings and
	 * text blocks (so braces inside them do not count); everything else is left to the parser.
	 */
	public static Exceeded check(CharSequence text) {
		Exceeded control = controlCharacter(text);
		if (control != null) {
			return control;
		}
		int length = text.length();
		int depth = 0;
		int line = 1;
		int lineStart = 0;
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
				i++;
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				while (i < length && text.charAt(i) != '\n') {
					i++;
				}
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				int end = indexOf(text, "*/", i + 2);
				int stop = end < 0 ? length : end + 2;
				for (int j = i; j < stop; j++) {
					if (text.charAt(j) == '\n') {
						line++;
						lineStart = j + 1;
					}
				}
				i = stop;
			} else if (c == '"' || c == '\'') {
				boolean block = c == '"' && i + 2 < length && text.charAt(i + 1) == '"' && text.charAt(i + 2) == '"';
				int start = i;
				int startLine = line;
				int startColumn = i - lineStart + 1;
				int contentStart = i + (block ? 3 : 1);
				int j = contentStart;
				boolean closed = false;
				while (j < length) {
					char d = text.charAt(j);
					if (block ? d == '"' && j + 2 < length && text.charAt(j + 1) == '"' && text.charAt(j + 2) == '"' : d == c) {
						closed = true;
						break;
					}
					if (!block && d == '\\') {
						j++;
					}
					if (j < length && text.charAt(j) == '\n') {
						line++;
						lineStart = j + 1;
					}
					j++;
					if (j - contentStart > MAX_TOKEN_CHARS) {
						return new Exceeded(start, startLine, startColumn, (block ? "This text block" : "This string")
								+ " is longer than " + String.format("%,d", MAX_TOKEN_CHARS)
								+ " characters, the most a string or text block may hold (1 MiB). Keep long documents outside the model and refer to them.",
								org.iotsmm.dsl.validation.IssueCodes.STRING_TOO_LONG);
					}
				}
				i = closed ? j + (block ? 3 : 1) : length;
			} else if (Character.isLetterOrDigit(c) || c == '_' || c == '^') {
				int start = i;
				while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '^')) {
					i++;
				}
				if (i - start > MAX_TOKEN_CHARS) {
					return new Exceeded(start, line, start - lineStart + 1, "This name is longer than "
							+ String.format("%,d", MAX_TOKEN_CHARS) + " characters, the most a name or number may have.",
							org.iotsmm.dsl.validation.IssueCodes.STRING_TOO_LONG);
				}
			} else {
				if (c == '{' && ++depth > MAX_BLOCK_DEPTH) {
					return new Exceeded(i, line, i - lineStart + 1, "Blocks nest more than " + MAX_BLOCK_DEPTH
							+ " levels deep here; the file is not read. Flatten the zone hierarchy (zones may nest at most "
							+ org.iotsmm.dsl.validation.SmmValidator.MAX_ZONE_DEPTH + " levels).",
							org.iotsmm.dsl.validation.IssueCodes.NESTING_TOO_DEEP);
				}
				if (c == '}' && depth > 0) {
					depth--;
				}
				i++;
			}
		}
		return null;
	}

	/**
	 * The first control character other than tab, line feed and carriage return: the text of a model
	 * ends up in reports (HTML, PDF, XML-based XLSX) that cannot carry them, so it is refused here,
	 * located, rather than failing a writer later.
	 */
	private static Exceeded controlCharacter(CharSequence text) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
			} else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
				return new Exceeded(i, line, i - lineStart + 1, String.format("The control character U+%04X is not allowed in"
						+ " .smm text; the file is not read. Remove it (an editor may show it as a box or not at all).", (int) c),
						org.iotsmm.dsl.validation.IssueCodes.CONTROL_CHARACTER);
			}
		}
		return null;
	}

	private static int indexOf(CharSequence text, String what, int from) {
		for (int i = from; i + what.length() <= text.length(); i++) {
			boolean match = true;
			for (int k = 0; k < what.length() && match; k++) {
				match = text.charAt(i + k) == what.charAt(k);
			}
			if (match) {
				return i;
			}
		}
		return -1;
	}
}
