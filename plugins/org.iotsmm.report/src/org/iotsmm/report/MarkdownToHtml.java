package org.iotsmm.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset of the method text (headings, paragraphs, numbered and bulleted lists,
 * {@code **bold**}, {@code `code`}) as XHTML. Every piece of text is escaped first.
 */
final class MarkdownToHtml {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private MarkdownToHtml() {
	}

	/** {@code headingOffset} shifts heading levels (# becomes h(1+offset)). */
	static String convert(String markdown, int headingOffset) {
		StringBuilder out = new StringBuilder();
		String list = null; // "ul" or "ol" while inside a list
		StringBuilder paragraph = null;
		StringBuilder item = null;
		for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
			String line = raw.stripTrailing();
			boolean blank = line.isBlank();
			java.util.regex.Matcher heading = Pattern.compile("^(#{1,6})\\s+(.*)$").matcher(line);
			java.util.regex.Matcher bullet = Pattern.compile("^[-*]\\s+(.*)$").matcher(line);
			java.util.regex.Matcher number = Pattern.compile("^\\d+\\.\\s+(.*)$").matcher(line);
			if (blank || heading.matches() || bullet.matches() || number.matches()) {
				if (paragraph != null) {
					out.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
					paragraph = null;
				}
				if (item != null && (blank || heading.matches() || bullet.matches() || number.matches())) {
					out.append("<li>").append(inline(item.toString())).append("</li>\n");
					item = null;
				}
			}
			if (blank) {
				continue;
			}
			if (heading.matches()) {
				if (list != null) {
					out.append("</").append(list).append(">\n");
					list = null;
				}
				int level = Math.min(6, heading.group(1).length() + headingOffset);
				out.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level)
						.append(">\n");
			} else if (bullet.matches() || number.matches()) {
				String kind = bullet.matches() ? "ul" : "ol";
				if (!kind.equals(list)) {
					if (list != null) {
						out.append("</").append(list).append(">\n");
					}
					out.append('<').append(kind).append(">\n");
					list = kind;
				}
				item = new StringBuilder(bullet.matches() ? bullet.group(1) : number.group(1));
			} else if (item != null && raw.startsWith(" ")) {
				item.append(' ').append(line.strip());
			} else {
				if (list != null && item == null) {
					out.append("</").append(list).append(">\n");
					list = null;
				}
				if (paragraph == null) {
					paragraph = new StringBuilder(line.strip());
				} else {
					paragraph.append(' ').append(line.strip());
				}
			}
		}
		if (paragraph != null) {
			out.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
		}
		if (item != null) {
			out.append("<li>").append(inline(item.toString())).append("</li>\n");
		}
		if (list != null) {
			out.append("</").append(list).append(">\n");
		}
		return out.toString();
	}

	private static String inline(String text) {
		String escaped = Text.html(text);
		Matcher code = CODE.matcher(escaped);
		escaped = code.replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
		Matcher bold = BOLD.matcher(escaped);
		return bold.replaceAll(m -> Matcher.quoteReplacement("<strong>" + m.group(1) + "</strong>"));
	}
}
