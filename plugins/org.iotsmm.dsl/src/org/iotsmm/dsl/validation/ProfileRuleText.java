package org.iotsmm.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.iotsmm.smm.CarriesCondition;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.smm.PropertyCondition;
import org.iotsmm.smm.RuleCondition;
import org.iotsmm.smm.TagCondition;

/** A profile rule's conditions and expectation written as the language writes them, for listings. */
public final class ProfileRuleText {

	private ProfileRuleText() {
	}

	/** {@code property "SL-T" >= 3 and tagged "x"}; empty when the rule has no condition. */
	public static String conditions(ProfileRule rule) {
		List<String> parts = new ArrayList<>();
		for (RuleCondition condition : rule.getConditions()) {
			if (condition instanceof PropertyCondition p) {
				parts.add("property \"" + p.getKey() + "\" " + p.getOperator().getLiteral() + " " + p.getValue());
			} else if (condition instanceof TagCondition t) {
				parts.add("tagged \"" + t.getTag() + "\"");
			} else if (condition instanceof CarriesCondition c) {
				parts.add("carries \"" + c.getDataClass() + "\"");
			}
		}
		return String.join(" and ", parts);
	}

	/** {@code target level >= 3 for A, B} or {@code encrypted authenticated}. */
	public static String expectation(ProfileRule rule) {
		if (!rule.getPractices().isEmpty()) {
			List<String> names = rule.getPractices().stream().map(ProfileRuleText::name).toList();
			String scope = rule.getMinimumScope() != null && rule.getMinimumScope().getValue() > 0
					? " scope " + rule.getMinimumScope().getLiteral() : "";
			return "target level >= " + rule.getMinimumLevel() + scope + " for " + String.join(", ", names);
		}
		List<String> flags = new ArrayList<>();
		if (rule.isExpectEncrypted()) {
			flags.add("encrypted");
		}
		if (rule.isExpectAuthenticated()) {
			flags.add("authenticated");
		}
		return String.join(" ", flags);
	}

	private static String name(Practice practice) {
		return practice == null || practice.eIsProxy() || practice.getName() == null ? "?" : practice.getName();
	}
}
