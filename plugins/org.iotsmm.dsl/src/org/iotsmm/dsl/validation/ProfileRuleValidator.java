package org.iotsmm.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.CarriesCondition;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.smm.Property;
import org.iotsmm.smm.PropertyCondition;
import org.iotsmm.smm.RuleCondition;
import org.iotsmm.smm.RuleSubject;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.TagCondition;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.Zone;

/**
 * Applies the rules a profile states as data ({@code rule ... { when ... expect ... }}) to every
 * system that uses the profile or a profile extending it, and checks that the rules themselves
 * make sense. A broken rule is a warning and a prompt for review: the rules are the profile's own
 * heuristics, never an official equivalence between the SMM and another standard. Composed into
 * the language's validator (see {@code GenerateSmm.mwe2}).
 */
public class ProfileRuleValidator extends ComposedSmmValidator {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;
	/** Elements named in one message before the rest are only counted. */
	private static final int NAMED_IN_MESSAGE = 5;

	// ------------------------------------------------------------------ the rules themselves

	@Check
	public void ruleIsConsistent(ProfileRule rule) {
		boolean flowRule = rule.getSubject() == RuleSubject.FLOW;
		boolean targetExpectation = !rule.getPractices().isEmpty();
		if (flowRule && targetExpectation) {
			error("Rule " + rule.getName() + " is about flows, and flows have no targets: a flow rule expects "
					+ "'encrypted' and/or 'authenticated'. Write 'when zone' or 'when component' for a target expectation.",
					SMM.getProfileRule_Subject(), IssueCodes.PROFILE_RULE_INVALID);
		} else if (!flowRule && !targetExpectation) {
			error("Rule " + rule.getName() + " is about " + rule.getSubject().getLiteral() + "s, which are not encrypted "
					+ "or authenticated themselves: expect 'target level >= N for' practices, or write 'when flow'.",
					SMM.getProfileRule_Subject(), IssueCodes.PROFILE_RULE_INVALID);
		}
		if (targetExpectation && (rule.getMinimumLevel() < 1 || rule.getMinimumLevel() > 4)) {
			error("Rule " + rule.getName() + " expects level " + rule.getMinimumLevel()
					+ ": a rule's minimum target level runs from 1 to 4 (0 would ask for nothing).",
					SMM.getProfileRule_MinimumLevel(), IssueCodes.LEVEL_OUT_OF_RANGE,
					Integer.toString(rule.getMinimumLevel()), "1"); // the lowest level allowed, for the quick fix
		}
		for (RuleCondition condition : rule.getConditions()) {
			if (flowRule && !(condition instanceof CarriesCondition)) {
				error("Rule " + rule.getName() + " is about flows; flows have no properties or tags, only the data "
						+ "classes they carry: use 'carries \"...\"'.", condition, null, IssueCodes.PROFILE_RULE_INVALID);
			} else if (!flowRule && condition instanceof CarriesCondition) {
				error("Rule " + rule.getName() + " is about " + rule.getSubject().getLiteral() + "s; only flows carry "
						+ "data classes: use 'property' or 'tagged', or write 'when flow'.", condition, null,
						IssueCodes.PROFILE_RULE_INVALID);
			}
		}
	}

	@Check
	public void uniqueRuleNames(Profile profile) {
		Set<String> seen = new HashSet<>();
		for (ProfileRule rule : profile.getRules()) {
			if (rule.getName() != null && !seen.add(rule.getName())) {
				error("Profile " + profile.getName() + " already has a rule named " + rule.getName()
						+ ". Give each rule its own name.", rule, SMM.getNamedElement_Name(), IssueCodes.DUPLICATE_NAME,
						rule.getName());
			}
		}
	}

	// ------------------------------------------------------------------ applying them to systems

	@Check
	public void profileRules(org.iotsmm.smm.System system) {
		for (ProfileRule rule : rulesFor(system)) {
			if (rule.getSubject() == RuleSubject.FLOW) {
				if (rule.getPractices().isEmpty()) {
					system.getFlows().forEach(flow -> checkFlow(rule, flow));
				}
			} else if (!rule.getPractices().isEmpty()) {
				for (ArchitectureElement element : rule.getSubject() == RuleSubject.ZONE ? allZones(system)
						: allComponents(system)) {
					if (matches(rule, element)) {
						for (TargetSet set : system.getTargetSets()) {
							for (Practice practice : rule.getPractices()) {
								if (practice != null && !practice.eIsProxy()) {
									checkTargets(rule, element, set, practice);
								}
							}
						}
					}
				}
			}
		}
	}

	/** The rules of the system's profile and of every profile it extends, the system's own profile first. */
	public static List<ProfileRule> rulesFor(org.iotsmm.smm.System system) {
		List<ProfileRule> rules = new ArrayList<>();
		Set<Profile> seen = new HashSet<>();
		for (Profile p = system.getProfile(); p != null && !p.eIsProxy() && seen.add(p); p = p.getBase()) {
			rules.addAll(p.getRules());
		}
		return rules;
	}

	private boolean matches(ProfileRule rule, ArchitectureElement element) {
		for (RuleCondition condition : rule.getConditions()) {
			if (condition instanceof TagCondition tag) {
				if (element.getTags().stream().noneMatch(t -> t.equalsIgnoreCase(tag.getTag()))) {
					return false;
				}
			} else if (condition instanceof PropertyCondition compare) {
				Property property = element.getProperties().stream()
						.filter(p -> p.getKey() != null && p.getKey().trim().equalsIgnoreCase(compare.getKey().trim()))
						.findFirst().orElse(null);
				if (property == null) {
					return false;
				}
				Integer value = wholeNumber(property.getValue());
				if (value == null) {
					warning("Rule " + rule.getName() + " of profile " + profileName(rule) + " compares property \""
							+ compare.getKey() + "\" as a whole number, but " + element.getName() + " has \""
							+ property.getValue() + "\", so the rule cannot tell whether it applies here. Write the value "
							+ "as a number (for example \"3\").", property, SMM.getProperty_Value(),
							IssueCodes.PROFILE_RULE_PROPERTY_NOT_A_NUMBER, rule.getName());
					return false;
				}
				if (!compares(value, compare)) {
					return false;
				}
			} else {
				return false; // a data class condition on a zone or component: reported on the rule
			}
		}
		return true;
	}

	private static Integer wholeNumber(String text) {
		if (text == null || !text.trim().matches("[0-9]{1,9}")) {
			return null;
		}
		return Integer.valueOf(text.trim());
	}

	private static boolean compares(int value, PropertyCondition condition) {
		int limit = condition.getValue();
		return switch (condition.getOperator()) {
		case AT_LEAST -> value >= limit;
		case ABOVE -> value > limit;
		case AT_MOST -> value <= limit;
		case BELOW -> value < limit;
		case EQUAL -> value == limit;
		};
	}

	private void checkTargets(ProfileRule rule, ArchitectureElement element, TargetSet set, Practice practice) {
		List<ArchitectureElement> checked = new ArrayList<>();
		checked.add(element);
		if (element instanceof Zone zone) {
			checked.addAll(inside(zone));
		}
		List<String> shortfalls = new ArrayList<>();
		EffectiveTarget.Result located = null;
		for (ArchitectureElement inner : checked) {
			EffectiveTarget.Result target = EffectiveTarget.of(set, practice, inner);
			if (target == null) {
				shortfalls.add("no target on " + inner.getName());
			} else if (target.level() < rule.getMinimumLevel() || rank(target.scope()) < rank(rule.getMinimumScope())) {
				shortfalls.add("level " + target.level() + " " + target.scope().getLiteral() + " on " + inner.getName()
						+ " (line " + EffectiveTarget.line(target.entry()) + ")");
				if (located == null && target.ownEntry() && target.entry().getAppliesTo().stream().anyMatch(checked::contains)) {
					located = target;
				}
			}
		}
		if (shortfalls.isEmpty()) {
			return;
		}
		String wanted = "level " + rule.getMinimumLevel()
				+ (rank(rule.getMinimumScope()) > 0 ? " in " + rule.getMinimumScope().getLiteral() + " scope" : "");
		String listed = shortfalls.size() <= NAMED_IN_MESSAGE ? String.join("; ", shortfalls)
				: String.join("; ", shortfalls.subList(0, NAMED_IN_MESSAGE)) + "; and " + (shortfalls.size() - NAMED_IN_MESSAGE)
						+ " more";
		String message = "For review: " + ruleLabel(rule) + " says that a " + rule.getSubject().getLiteral() + " "
				+ conditionText(rule) + " should have targets of at least " + wanted + " for " + practice.getName()
				+ ". " + kindOf(element) + " " + element.getName() + " qualifies, but target set " + set.getName()
				+ " has " + listed + ". This is the profile's own heuristic, not an official IIC equivalence: raise the "
				+ "target, or check the " + rule.getSubject().getLiteral() + "'s properties and tags.";
		String[] data = { rule.getName(), practice.getName(), element.getName(), set.getName() };
		if (located != null) {
			warning(message, located.entry(), SMM.getTargetEntry_Level(), IssueCodes.PROFILE_RULE, data);
		} else {
			warning(message, element, SMM.getNamedElement_Name(), IssueCodes.PROFILE_RULE, data);
		}
	}

	private void checkFlow(ProfileRule rule, DataFlow flow) {
		for (RuleCondition condition : rule.getConditions()) {
			if (!(condition instanceof CarriesCondition carries)
					|| flow.getDataClasses().stream().noneMatch(c -> c.equalsIgnoreCase(carries.getDataClass()))) {
				return;
			}
		}
		List<String> missing = new ArrayList<>();
		if (rule.isExpectEncrypted() && !flow.isEncrypted()) {
			missing.add("encrypted");
		}
		if (rule.isExpectAuthenticated() && !flow.isAuthenticated()) {
			missing.add("authenticated");
		}
		if (missing.isEmpty()) {
			return;
		}
		String name = flow.getName() != null ? "Flow " + flow.getName()
				: "The flow from " + nameOf(flow.getSource()) + " to " + nameOf(flow.getTarget());
		warning("For review: " + ruleLabel(rule) + " says that a flow " + conditionText(rule) + " should be "
				+ String.join(" and ", expectedFlags(rule)) + ". " + name + " is not marked " + String.join(" or ", missing)
				+ ". This is the profile's own heuristic: protect the flow and mark it, or check what it carries.", flow,
				flow.getName() != null ? SMM.getNamedElement_Name() : SMM.getDataFlow_Source(), IssueCodes.PROFILE_RULE,
				rule.getName(), Objects.toString(flow.getName()));
	}

	private static List<String> expectedFlags(ProfileRule rule) {
		List<String> flags = new ArrayList<>();
		if (rule.isExpectEncrypted()) {
			flags.add("encrypted");
		}
		if (rule.isExpectAuthenticated()) {
			flags.add("authenticated");
		}
		return flags;
	}

	private static String ruleLabel(ProfileRule rule) {
		return "the " + profileName(rule) + " profile's rule " + rule.getName()
				+ (rule.getTitle() != null ? " (\"" + rule.getTitle() + "\")" : "");
	}

	private static String profileName(ProfileRule rule) {
		return rule.eContainer() instanceof Profile profile ? profile.getName() : "?";
	}

	/** The conditions as the rule writes them, for messages. */
	static String conditionText(ProfileRule rule) {
		List<String> parts = new ArrayList<>();
		for (RuleCondition condition : rule.getConditions()) {
			if (condition instanceof PropertyCondition p) {
				parts.add("whose property \"" + p.getKey() + "\" is " + p.getOperator().getLiteral() + " " + p.getValue());
			} else if (condition instanceof TagCondition t) {
				parts.add("tagged \"" + t.getTag() + "\"");
			} else if (condition instanceof CarriesCondition c) {
				parts.add("carrying \"" + c.getDataClass() + "\"");
			}
		}
		return parts.isEmpty() ? "(any)" : String.join(" and ", parts);
	}

	private static int rank(Scope scope) {
		return scope == null ? 0 : scope.getValue();
	}

	private static String kindOf(ArchitectureElement element) {
		return element instanceof Zone ? "Zone" : "Component";
	}

	private static String nameOf(EObject element) {
		return element instanceof ArchitectureElement named && named.getName() != null ? named.getName() : "?";
	}

	private static List<Zone> allZones(org.iotsmm.smm.System system) {
		List<Zone> zones = new ArrayList<>();
		List<Zone> pending = new ArrayList<>(system.getZones());
		while (!pending.isEmpty()) {
			Zone zone = pending.remove(0);
			zones.add(zone);
			pending.addAll(0, zone.getZones());
		}
		return zones;
	}

	private static List<Component> allComponents(org.iotsmm.smm.System system) {
		List<Component> components = new ArrayList<>(system.getComponents());
		allZones(system).forEach(zone -> components.addAll(zone.getComponents()));
		return components;
	}

	/** Every zone and component inside the zone, at any depth, in written order. */
	private static List<ArchitectureElement> inside(Zone zone) {
		Set<ArchitectureElement> result = new LinkedHashSet<>();
		for (Component component : zone.getComponents()) {
			result.add(component);
		}
		for (Zone inner : zone.getZones()) {
			result.add(inner);
			result.addAll(inside(inner));
		}
		return new ArrayList<>(result);
	}
}
