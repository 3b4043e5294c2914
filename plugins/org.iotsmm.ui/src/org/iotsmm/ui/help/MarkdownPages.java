package org.iotsmm.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the guide's Markdown (docs/user-guide.md, docs/language.md, the analysis method) into the
 * HTML pages of the help at build time, so the guide has one source. Plain JDK on purpose: the
 * build runs it with {@code java -cp target/classes} before packaging. Handles what those files use:
 * headings, paragraphs, lists, fenced code, tables, {@code `code`}, {@code **bold**}, links.
 */
public final class MarkdownPages {

	private static final String GUIDE = "user-guide.md";
	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
	private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
	private static final Pattern NUMBER = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");

	private MarkdownPages() {
	}

	/**
	 * Usage: MarkdownPages IN_DIR OUT_DIR TOC_FILE; converts every IN_DIR/*.md to OUT_DIR/*.html and
	 * writes the help system's table of contents (org.eclipse.help.toc) to TOC_FILE: one book, a
	 * topic per page (the guide first, then the others by name) and below it a topic per chapter.
	 */
	public static void main(String[] args) throws IOException {
		Path in = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		StringBuilder topics = new StringBuilder();
		try (var files = Files.list(in)) {
			List<Path> pages = files.filter(p -> p.toString().endsWith(".md"))
					.sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().equals(GUIDE)).thenComparing(Path::toString))
					.toList();
			for (Path md : pages) {
				String name = md.getFileName().toString().replaceFirst("\\.md$", ".html");
				String markdown = Files.readString(md, StandardCharsets.UTF_8);
				Files.writeString(out.resolve(name), page(markdown), StandardCharsets.UTF_8);
				topics.append(tocTopic(out.getFileName() + "/" + name, markdown));
			}
		}
		Files.writeString(Path.of(args[2]), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n"
				+ "<!-- GENERATED at build time by MarkdownPages from docs/*.md and the analysis method. -->\n"
				+ "<toc label=\"IoT SMM User Guide\" topic=\"" + out.getFileName() + "/" + GUIDE.replace(".md", ".html") + "\">\n"
				+ topics + "</toc>\n", StandardCharsets.UTF_8);
	}

	/** The page's topic (labelled by its title) with a topic for each chapter (## heading). */
	static String tocTopic(String href, String markdown) {
		StringBuilder topic = new StringBuilder("   <topic label=\"").append(escape(title(markdown))).append("\" href=\"")
				.append(href).append("\">\n");
		boolean code = false;
		for (String line : markdown.replace("\r\n", "\n").lines().toList()) {
			code ^= line.startsWith("```");
			if (!code && line.startsWith("## ")) {
				String chapter = line.substring(3).trim();
				topic.append("      <topic label=\"").append(escape(plain(chapter))).append("\" href=\"").append(href)
						.append('#').append(anchor(chapter)).append("\"/>\n");
			}
		}
		return topic.append("   </topic>\n").toString();
	}

	/** The id a heading gets in the page: lower case, runs of other characters as one '-'. */
	static String anchor(String heading) {
		return plain(heading).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/** A heading's text without Markdown marks (for labels). */
	static String plain(String heading) {
		return heading.replaceAll("[`*]", "").replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
	}

	private static String title(String markdown) {
		return markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> plain(l.substring(2).trim())).orElse("IoT SMM");
	}

	public static String page(String markdown) {
		String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse("IoT SMM");
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
				+ "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;line-height:1.45}"
				+ "code,pre{background:#f4f4f4}pre{padding:.6em;overflow:auto}table{border-collapse:collapse}"
				+ "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style></head><body>\n" + body(markdown)
				+ "</body></html>\n";
	}

	static String body(String markdown) {
		StringBuilder out = new StringBuilder();
		List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
		String list = null;
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher h = HEADING.matcher(line);
			Matcher b = BULLET.matcher(line);
			Matcher n = NUMBER.matcher(line);
			boolean block = line.isBlank() || h.matches() || line.startsWith("```") || line.startsWith("|") || b.matches() || n.matches();
			if (block || (list != null && !line.startsWith(" "))) {
				flush(out, paragraph);
			}
			if (list != null && (line.isBlank() || h.matches() || line.startsWith("```") || line.startsWith("|")
					|| (!b.matches() && !n.matches() && !line.startsWith(" ")))) {
				out.append("</li></").append(list).append(">\n");
				list = null;
			}
			if (line.isBlank()) {
				continue;
			}
			if (h.matches()) {
				int level = h.group(1).length();
				out.append("<h").append(level).append(" id=\"").append(anchor(h.group(2))).append("\">").append(inline(h.group(2)))
						.append("</h").append(level).append(">\n");
			} else if (line.startsWith("```")) {
				out.append("<pre><code>");
				for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
					out.append(escape(lines.get(i))).append('\n');
				}
				out.append("</code></pre>\n");
			} else if (line.startsWith("|")) {
				out.append("<table>\n");
				boolean header = true;
				for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
					String row = lines.get(i).trim();
					if (row.matches("\\|[-:| ]+\\|")) {
						continue;
					}
					out.append("<tr>");
					for (String cell : row.substring(1, row.length() - 1).split("(?<!\\\\)\\|")) {
						out.append(header ? "<th>" : "<td>").append(inline(cell.trim())).append(header ? "</th>" : "</td>");
					}
					out.append("</tr>\n");
					header = false;
				}
				i--;
				out.append("</table>\n");
			} else if (b.matches() || n.matches()) {
				String kind = b.matches() ? "ul" : "ol";
				if (list == null) {
					out.append('<').append(kind).append(">\n<li>");
					list = kind;
				} else {
					out.append("</li>\n<li>");
				}
				out.append(inline(b.matches() ? b.group(1) : n.group(1)));
			} else if (list != null) {
				out.append(' ').append(inline(line.trim()));
			} else {
				paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.trim());
			}
		}
		flush(out, paragraph);
		if (list != null) {
			out.append("</li></").append(list).append(">\n");
		}
		return out.toString();
	}

	private static void flush(StringBuilder out, StringBuilder paragraph) {
		if (paragraph.length() > 0) {
			out.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
			paragraph.setLength(0);
		}
	}

	static String inline(String text) {
		StringBuilder out = new StringBuilder();
		String[] parts = text.split("`", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i % 2 == 1 && i < parts.length - 1) {
				out.append("<code>").append(escape(parts[i])).append("</code>");
			} else {
				String s = escape(i % 2 == 1 ? "`" + parts[i] : parts[i]);
				s = s.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("(?<![*\\w])\\*([^*]+)\\*(?![*\\w])", "<i>$1</i>");
				s = s.replaceAll("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)", "<a href=\"$2\">$1</a>");
				out.append(s);
			}
		}
		return out.toString().replace("\\|", "|");
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
