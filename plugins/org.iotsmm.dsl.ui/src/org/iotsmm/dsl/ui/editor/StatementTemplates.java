package org.iotsmm.dsl.ui.editor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContext;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.TemplateVariable;
import org.eclipse.jface.text.templates.TemplateVariableResolver;
import org.eclipse.swt.graphics.Image;

/**
 * Whole statements offered by content assist where their first keyword fits and starts a line
 * (not {@code practice} after {@code step}, nor {@code template} after {@code from}), as JFace templates:
 * once inserted, the editor is in linked mode on the statement's fields (Tab and Shift+Tab move
 * between them, a field with choices such as a practice, a level or a priority lists them, Enter
 * leaves at the statement's end). Field syntax: {@code ${name}} inserts its name,
 * {@code ${name:values('a','b')}} inserts the first value and offers the others,
 * {@code ${name:today}} and {@code ${name:endOfYear}} an ISO date.
 */
public enum StatementTemplates {
	SYSTEM("system", "System skeleton", """
			system ${Name} "${title:values('Title')}" uses catalog SMM version 1.2 {
			  stakeholder ${Owner} "${ownerTitle:values('Owner')}" role ${role:values('business','technical','assessor')}
			  zone ${Site} "${siteTitle:values('Site')}" {
			    gateway ${Gateway} "${gatewayTitle:values('Gateway')}"
			  }
			}${cursor}"""),
	TARGET_SET("target", "Target set", """
			target ${Year1} "${title:values('Targets')}" {
			  practice ${practice:values('AccessControl')} level ${level:values('2','1','3','4')} because "${why:values('Why')}"
			}${cursor}"""),
	TARGET_ENTRY("practice", "Target entry",
			"practice ${practice:values('AccessControl')} level ${level:values('2','1','3','4')} on ${element:values('Element')}"
					+ " priority ${priority:values('high','critical','medium','low')} because \"${why:values('Why')}\"${cursor}"),
	FINDING("practice", "Finding with evidence", """
			practice ${practice:values('AccessControl')} level ${level:values('3','0','1','2','4')}
			  evidence "${what:values('What shows it')}" ref "${where:values('Where the record is')}" dated ${dated:today}${cursor}"""),
	PLAN_STEP("step", "Plan step",
			"step practice ${practice:values('AccessControl')} to level ${level:values('3','1','2','4')} due ${due:endOfYear}"
					+ " status ${status:values('planned','started','done','dropped')}${cursor}"),
	PROFILE("profile", "Profile skeleton", """
			profile ${Name} version ${version:values('1.0')} "${title:values('Title')}" extends catalog SMM version 1.2 {
			  industry "${industry:values('Industry')}"
			  consider ${practice:values('AccessControl')} level ${level:values('2','1','3','4')} \"""
			    ${meaning:values('What this level means in this industry')}
			  \"""
			}${cursor}"""),
	CONSIDERATION("consider", "Consideration", """
			consider ${practice:values('AccessControl')} level ${level:values('2','1','3','4')} \"""
			  ${meaning:values('What this level means in this industry')}
			\"""${cursor}"""),
	TARGET_TEMPLATE("template", "Target template", """
			template ${Name} "${title:values('Title')}" {
			  practice ${practice:values('AccessControl')} level ${level:values('2','1','3','4')} because "${why:values('Why')}"
			}${cursor}"""),
	RULE("rule", "Profile rule", """
			rule ${Name} "${title:values('Title')}" {
			  when zone property "${property:values('SL-T')}" >= ${value:values('3')}
			  expect target level >= ${level:values('3','2','4')} for ${practice:values('AccessControl')}
			}${cursor}""");

	private static final TemplateContextType CONTEXT = contextType();

	/** The keyword the statement starts with (content assist must propose it where the template goes). */
	final String keyword;
	final String label;
	private final String pattern;

	StatementTemplates(String keyword, String label, String pattern) {
		this.keyword = keyword;
		this.label = label;
		this.pattern = pattern;
	}

	/**
	 * The proposal that inserts this statement over {@code prefix} (typed before {@code offset}),
	 * each line after the first indented like the line it starts on; a field named in
	 * {@code choices} (such as {@code practice}: the names of the catalog in use) offers those
	 * values instead of its own, when there are any.
	 */
	ICompletionProposal proposal(IDocument document, int offset, String prefix, String indentation,
			Map<String, List<String>> choices, Image image) {
		String text = pattern.replace("\n", "\n" + indentation);
		for (Map.Entry<String, List<String>> field : choices.entrySet()) {
			if (!field.getValue().isEmpty()) {
				String values = String.join(",", field.getValue().stream().map(v -> "'" + v + "'").toList());
				text = text.replaceAll("\\$\\{" + field.getKey() + ":values\\([^)]*\\)\\}",
						Matcher.quoteReplacement("${" + field.getKey() + ":values(" + values + ")}"));
			}
		}
		Template template = new Template(keyword, label, CONTEXT.getId(), text, false);
		TemplateContext context = new DocumentTemplateContext(CONTEXT, document, offset - prefix.length(), prefix.length());
		return new TemplateProposal(template, context, new Region(offset - prefix.length(), prefix.length()), image) {
			@Override
			public String getDisplayString() {
				return label + " (template)";
			}
		};
	}

	private static TemplateContextType contextType() {
		TemplateContextType type = new TemplateContextType("org.iotsmm.dsl.ui.statements", ".smm statements");
		type.addResolver(new GlobalTemplateVariables.Cursor());
		type.addResolver(new Values());
		type.addResolver(new IsoDate("today", "Today's date", LocalDate::now));
		type.addResolver(new IsoDate("endOfYear", "The last day of this year", () -> LocalDate.now().withDayOfYear(LocalDate.now().lengthOfYear())));
		return type;
	}

	/** {@code ${name:values('a','b')}}: inserts {@code a}, and linked mode offers every value. */
	private static final class Values extends TemplateVariableResolver {
		Values() {
			super("values", "The first of the values given; the others are offered");
		}

		@Override
		public void resolve(TemplateVariable variable, TemplateContext context) {
			List<String> values = variable.getVariableType().getParams();
			if (values.isEmpty()) {
				super.resolve(variable, context);
				return;
			}
			variable.setValues(values.toArray(String[]::new));
			variable.setUnambiguous(false); // a field of the statement even with one value: Tab stops on it
			variable.setResolved(true);
		}
	}

	/** An ISO date ({@code 2026-12-31}), the form the language reads. */
	private static final class IsoDate extends TemplateVariableResolver {
		private final java.util.function.Supplier<LocalDate> date;

		IsoDate(String type, String description, java.util.function.Supplier<LocalDate> date) {
			super(type, description);
			this.date = date;
		}

		@Override
		protected String resolve(TemplateContext context) {
			return date.get().toString();
		}

		@Override
		protected boolean isUnambiguous(TemplateContext context) {
			return false; // still a field of the statement: Tab stops on it
		}
	}
}
