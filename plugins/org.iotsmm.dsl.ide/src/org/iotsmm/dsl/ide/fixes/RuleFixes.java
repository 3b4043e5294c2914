package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.smm.CarriesCondition;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.smm.Property;
import org.iotsmm.smm.RuleCondition;
import org.iotsmm.smm.RuleSubject;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.TagCondition;

/**
 * Fixes of profile rules that cannot apply as written ({@code ProfileRuleValidator}), where the
 * repair is mechanical: the subject the rule's expectation and conditions fit ({@code when zone} or
 * {@code when component} for a target expectation, {@code when flow} for {@code encrypted}/
 * {@code authenticated}), a tag condition of a flow rule written as the data class the flow carries
 * and the other way round; and the whole number a property's value holds, when a rule compares it
 * as a number and the value has exactly one. No fix: a property condition on a flow rule (flows
 * have no properties and a data class is no number), a subject whose conditions would then not fit
 * it either, a value without one clear whole number in it ("high", "3.5", "2-3").
 */
final class RuleFixes {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;
	/** One run of digits, not preceded by a minus sign that starts the value or a word. */
	private static final Pattern DIGITS = Pattern.compile("(?<![0-9])(?<!(?:^|\\s)-)[0-9]+(?![0-9])");
	private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten");

	private RuleFixes() {
	}

	/** The issue is on the rule's subject (it does not fit the expectation) or on a condition (it does not fit the subject). */
	static List<Fix> invalid(XtextResource resource, Issue issue) {
		EObject object = QuickFixes.objectAt(resource, issue.getOffset());
		RuleCondition condition = EcoreUtil2.getContainerOfType(object, RuleCondition.class);
		if (condition != null) {
			return condition(resource, condition);
		}
		return object instanceof ProfileRule rule ? subject(rule) : List.of();
	}

	/** The subjects the rule's expectation fits, those its conditions fit too. */
	private static List<Fix> subject(ProfileRule rule) {
		List<INode> subject = NodeModelUtils.findNodesForFeature(rule, SMM.getProfileRule_Subject());
		if (subject.isEmpty()) {
			return List.of();
		}
		boolean carries = rule.getConditions().stream().anyMatch(CarriesCondition.class::isInstance);
		boolean other = rule.getConditions().stream().anyMatch(c -> !(c instanceof CarriesCondition));
		List<RuleSubject> fitting = new ArrayList<>();
		if (rule.getSubject() == RuleSubject.FLOW && !rule.getPractices().isEmpty() && !carries) {
			fitting.addAll(List.of(RuleSubject.ZONE, RuleSubject.COMPONENT));
		} else if (rule.getSubject() != RuleSubject.FLOW && rule.getPractices().isEmpty() && !other) {
			fitting.add(RuleSubject.FLOW);
		}
		INode at = subject.get(0);
		return fitting.stream().map(s -> new Fix("Change to 'when " + s.getLiteral() + "'", at.getOffset(), at.getLength(), s.getLiteral()))
				.toList();
	}

	/** {@code tagged "X"} on a flow rule becomes {@code carries "X"}, {@code carries "X"} on a zone or component rule {@code tagged "X"}. */
	private static List<Fix> condition(XtextResource resource, RuleCondition condition) {
		if (!(condition.eContainer() instanceof ProfileRule rule)) {
			return List.of();
		}
		boolean flowRule = rule.getSubject() == RuleSubject.FLOW;
		String keyword;
		String name;
		List<INode> value;
		if (flowRule && condition instanceof TagCondition tag) {
			keyword = "carries";
			name = tag.getTag();
			value = NodeModelUtils.findNodesForFeature(condition, SMM.getTagCondition_Tag());
		} else if (!flowRule && condition instanceof CarriesCondition carries) {
			keyword = "tagged";
			name = carries.getDataClass();
			value = NodeModelUtils.findNodesForFeature(condition, SMM.getCarriesCondition_DataClass());
		} else {
			return List.of(); // a property condition on a flow rule: flows have no properties, and a data class is no number
		}
		if (value.isEmpty() || name == null) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(condition);
		String written = QuickFixes.text(resource).substring(value.get(0).getOffset(), value.get(0).getEndOffset());
		// the label quotes the name as the message does; the text keeps it as written (quotes, escapes)
		return List.of(new Fix("Change to '" + keyword + " \"" + name + "\"'", node.getOffset(), node.getLength(), keyword + " " + written));
	}

	/** The property's value replaced by the one whole number it holds (the issue's data name the rule that compares it). */
	static List<Fix> number(XtextResource resource, Issue issue) {
		Property property = EcoreUtil2.getContainerOfType(QuickFixes.objectAt(resource, issue.getOffset()), Property.class);
		List<INode> value = property == null ? List.of() : NodeModelUtils.findNodesForFeature(property, SMM.getProperty_Value());
		Integer number = value.isEmpty() || property.getValue() == null ? null : wholeNumberIn(property.getValue());
		if (number == null) {
			return List.of();
		}
		String[] data = issue.getData();
		String rule = data != null && data.length > 0 && data[0] != null ? " (rule " + data[0] + " compares it as a number)" : "";
		INode at = value.get(0);
		return List.of(new Fix("Change the value to \"" + number + "\"" + rule, at.getOffset(), at.getLength(), "\"" + number + "\""));
	}

	/** The one whole number in the text ("SL 3", "3 (high)", "three"), or null when it holds none, several or a negative one. */
	static Integer wholeNumberIn(String text) {
		int word = NUMBER_WORDS.indexOf(text.strip().toLowerCase(java.util.Locale.ROOT));
		if (word >= 0) {
			return word;
		}
		Matcher digits = DIGITS.matcher(text);
		if (!digits.find()) {
			return null;
		}
		String found = digits.group();
		if (digits.find() || text.replace(found, "").matches("(?s).*[0-9].*") || found.replaceFirst("^0+(?=.)", "").length() > 9) {
			return null; // two numbers (or a negative one beside the match): which one is meant is not clear
		}
		return Integer.valueOf(found.replaceFirst("^0+(?=.)", ""));
	}
}
