package org.iotsmm.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.PracticeRef;
import org.iotsmm.report.Questionnaire.Answer;
import org.iotsmm.report.Questionnaire.Filled;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;

/**
 * Turns questionnaire answers into an {@code assessment} block in .smm syntax and inserts it before
 * the closing brace of the system, leaving every other character of the file as it was. Shared by
 * {@code smm import} and the workbench's Import Filled Questionnaire and New Assessment from Target.
 */
public final class AssessmentImport {

	private AssessmentImport() {
	}

	/** The offset of the system's closing brace in its file, from Xtext's node model. */
	public static int closingBrace(org.iotsmm.smm.System system) {
		ICompositeNode node = NodeModelUtils.getNode(system);
		if (node == null) {
			throw new IllegalArgumentException("system " + system.getName() + " has no source text to insert into");
		}
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k && "}".equals(k.getValue())) {
				last = leaf;
			}
		}
		if (last == null) {
			throw new IllegalArgumentException("system " + system.getName() + " has no closing brace");
		}
		return last.getOffset();
	}

	/** {@code original} with {@code block} inserted at {@code offset}. */
	public static String insert(String original, int offset, String block) {
		return original.substring(0, offset) + block + original.substring(offset);
	}

	/** The indentation unit of the file: a tab when its first indented line starts with one, else two spaces. */
	public static String indentUnit(String text) {
		for (String line : text.split("\n")) {
			if (line.startsWith("\t")) {
				return "\t";
			}
			if (line.startsWith(" ")) {
				int n = 0;
				while (n < line.length() && line.charAt(n) == ' ') {
					n++;
				}
				return " ".repeat(Math.max(1, Math.min(n, 8)));
			}
		}
		return "  ";
	}

	/**
	 * The assessment block, ending with a line break, to insert before the system's brace (which
	 * stays where it was). {@code elementName} maps an element path to the name the language accepts.
	 */
	public static String block(String name, String title, LocalDate date, String assessor, String kind, String against,
			List<Answer> answers, java.util.function.Function<String, String> elementName, String indent, String eol,
			boolean braceAtLineStart) {
		StringBuilder b = new StringBuilder();
		if (braceAtLineStart) {
			b.append(eol);
		} else {
			b.append(eol).append(eol);
		}
		b.append(indent).append("assessment ").append(name);
		if (title != null) {
			b.append(' ').append(string(title));
		}
		b.append(" date ").append(date);
		if (assessor != null) {
			b.append(" by ").append(assessor);
		}
		if (kind != null) {
			b.append(" kind ").append(kind);
		}
		if (against != null) {
			b.append(" against ").append(against);
		}
		b.append(" {").append(eol);
		String i2 = indent + indent;
		String i3 = i2 + indent;
		for (Answer a : answers) {
			String practice = a.practice().contains(".") ? a.practice().substring(a.practice().lastIndexOf('.') + 1) : a.practice();
			b.append(i2).append("practice ").append(practice).append(" level ").append(a.level());
			if (a.scope() != null) {
				b.append(" scope ").append(a.scope());
			}
			if (!a.element().isEmpty()) {
				b.append(" on ").append(elementName.apply(a.element()));
			}
			b.append(eol);
			if (a.evidence() != null || a.reference() != null || a.date() != null || a.kind() != null
					|| !a.indicators().isEmpty()) {
				b.append(i3).append("evidence ");
				if (a.kind() != null) {
					b.append(a.kind()).append(' ');
				}
				b.append(string(a.evidence() != null ? a.evidence() : "(see reference)"));
				if (a.reference() != null) {
					b.append(" ref ").append(string(a.reference()));
				}
				if (a.date() != null) {
					b.append(" dated ").append(a.date());
				}
				if (!a.indicators().isEmpty()) {
					b.append(a.indicators().size() == 1 ? " shows indicator " : " shows indicators ").append(
							String.join(", ", a.indicators().stream().map(String::valueOf).toList()));
				}
				b.append(eol);
			}
			if (a.note() != null) {
				b.append(i3).append("note ").append(string(a.note())).append(eol);
			}
		}
		b.append(indent).append('}').append(eol);
		if (!braceAtLineStart) {
			b.append(eol);
		}
		return b.toString();
	}

	/** A .smm string literal: one line, quotes and backslashes escaped. */
	public static String string(String text) {
		String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
		return '"' + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/**
	 * What in a filled questionnaire does not fit the system ({@code shape}: its analysis), as
	 * {@link #misfits(GapReport, Filled)}, and indicator numbers the {@code catalog} does not give for
	 * the practice at the level found.
	 */
	public static List<String> misfits(GapReport shape, Catalog catalog, Filled filled) {
		List<String> problems = misfits(shape, filled);
		for (Answer a : filled.answers()) {
			if (a.indicators().isEmpty() || shape.practice(a.practice()).isEmpty()) {
				continue;
			}
			PracticeRef ref = shape.practice(a.practice()).get();
			int available = indicatorCount(catalog, ref, a.level());
			for (int ordinal : a.indicators()) {
				if (ordinal > available) {
					problems.add("row " + a.row() + ": practice " + ref.qualifiedName() + " has "
							+ (available == 0 ? "no indicators" : "indicators 1 to " + available) + " at level " + a.level()
							+ "; there is no indicator " + ordinal);
				}
			}
		}
		return problems;
	}

	private static int indicatorCount(Catalog catalog, PracticeRef ref, int level) {
		if (catalog == null) {
			return Integer.MAX_VALUE; // cannot tell; the validation of the result still checks
		}
		for (Domain d : catalog.getDomains()) {
			if (!d.getName().equals(ref.domain())) {
				continue;
			}
			for (Subdomain s : d.getSubdomains()) {
				for (Practice p : s.getPractices()) {
					if (p.getName().equals(ref.name())) {
						for (LevelGuidance g : p.getGuidance()) {
							if (g.getLevel() == level) {
								return g.getIndicators().size();
							}
						}
						return 0;
					}
				}
			}
		}
		return Integer.MAX_VALUE;
	}

	/** What in a filled questionnaire does not fit the system ({@code shape}: its analysis): one message per row. */
	public static List<String> misfits(GapReport shape, Filled filled) {
		List<String> problems = new ArrayList<>();
		for (Answer a : filled.answers()) {
			if (shape.practice(a.practice()).isEmpty()) {
				problems.add("row " + a.row() + ": unknown practice '" + a.practice() + "'");
			}
			if (shape.element(a.element()).isEmpty()) {
				problems.add("row " + a.row() + ": system " + shape.system() + " has no element '" + a.element() + "'");
			}
		}
		return problems;
	}

	/** {@code base}, or {@code base_2}, {@code base_3} ... when the system already has an assessment of that name. */
	public static String uniqueName(org.iotsmm.smm.System system, String base) {
		List<String> taken = system.getAssessments().stream().map(a -> a.getName()).toList();
		String candidate = base;
		for (int i = 2; taken.contains(candidate); i++) {
			candidate = base + "_" + i;
		}
		return candidate;
	}
}
