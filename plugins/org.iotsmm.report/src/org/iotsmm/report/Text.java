package org.iotsmm.report;

import java.util.Locale;

import org.iotsmm.analysis.Achieved;
import org.iotsmm.analysis.EffectiveTarget;
import org.iotsmm.analysis.ElementRef;
import org.iotsmm.analysis.Status;
import org.iotsmm.smm.Scope;

/** Escaping and the few phrases every writer shares. */
public final class Text {

	private Text() {
	}

	/** HTML/XML text and attribute escaping (the output is also well-formed XHTML for the PDF). */
	public static String html(Object value) {
		if (value == null) {
			return "";
		}
		String s = value.toString();
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
					b.append(' '); // not allowed in XML
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}

	/** A Markdown table cell or inline text: HTML-escaped, pipes and emphasis characters escaped, one line. */
	public static String md(Object value) {
		if (value == null) {
			return "";
		}
		String s = html(value).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			if ("\\`*_[]|#".indexOf(c) >= 0) {
				b.append('\\');
			}
			b.append(c);
		}
		return b.toString();
	}

	public static String element(ElementRef e) {
		return e.isSystem() ? "(system)" : e.path();
	}

	public static String scope(Scope scope) {
		return scope == null ? "" : scope.getLiteral();
	}

	public static String target(EffectiveTarget t) {
		return t == null ? "-" : t.level() + " " + t.scope().getLiteral();
	}

	/** {@code 2 general}; a zone's or the system's level derived from the elements inside says so (method.md). */
	public static String achieved(Achieved a) {
		if (a == null) {
			return "not assessed";
		}
		return a.level() + " " + a.scope().getLiteral() + (a.derived() ? " (derived)" : "");
	}

	public static String status(Status s) {
		return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	public static String status2(org.iotsmm.analysis.Trend.Change c) {
		return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
