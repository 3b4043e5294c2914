package org.iotsmm.dsl.ide.fixes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.scoping.SmmLinkingDiagnosticMessageProvider;
import org.iotsmm.dsl.validation.IssueCodes;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;

/**
 * The quick fixes of an issue, worked out while the model is at hand (in the workbench with the
 * project lock held; in the language server as code actions, {@link SmmCodeActionService}): the
 * nearest names for an unknown reference, the qualified names for an ambiguous one, an evidence
 * skeleton for a level-3/4 finding without evidence, a free name for a duplicate, the nearest level
 * in range, today for a date in the future, a target set for an assessment without one, the
 * versions a catalog, profile or standard is available in, the catalog a profile extends, a
 * count of one, the removal of a control character; those of {@link EntryFixes} (duplicates and a
 * flow from a component to itself removed, evidence showing an indicator of the claimed level
 * added), of {@link GuidanceFixes} (guidance given twice for a level merged into one block), of
 * {@link CycleFixes} (the prerequisite or profile extension that closes a cycle cut), of
 * {@link CoverageFixes} (a component no target covers added to a target) and of {@link RuleFixes}
 * (a profile rule's subject or condition made to fit, a compared property's value made a number).
 */
public final class QuickFixes {

	private static final int SUGGESTIONS = 3;
	/** Fixes are worked out for this many fixable issues of a file; a text broken in thousands of places gets them for its first ones. */
	public static final int MAX_FIXED_ISSUES = 50;

	private static final Set<String> FIXABLE = Set.of(IssueCodes.UNKNOWN_REFERENCE, IssueCodes.AMBIGUOUS_REFERENCE,
			IssueCodes.EVIDENCE_REQUIRED, IssueCodes.DUPLICATE_NAME, IssueCodes.LEVEL_OUT_OF_RANGE, IssueCodes.FUTURE_DATE,
			IssueCodes.MISSING_TARGET_SET, IssueCodes.VERSION_MISMATCH, IssueCodes.COUNT_NOT_POSITIVE, IssueCodes.DUPLICATE_TARGET,
			IssueCodes.DUPLICATE_FINDING, IssueCodes.TARGET_WITHOUT_FINDING, IssueCodes.PROFILE_RULE,
			IssueCodes.PROFILE_CATALOG_MISMATCH, IssueCodes.UNKNOWN_REQUIREMENT, IssueCodes.DUPLICATE_REQUIREMENT,
			IssueCodes.UNKNOWN_INDICATOR, IssueCodes.CONTROL_CHARACTER, IssueCodes.FLOW_TO_ITSELF, IssueCodes.DUPLICATE_MAPPING,
			IssueCodes.DUPLICATE_GUIDANCE_LEVEL, IssueCodes.PROFILE_CYCLE, IssueCodes.REQUIRES_CYCLE,
			IssueCodes.NO_INDICATOR_EVIDENCED, IssueCodes.COMPONENT_NOT_COVERED, IssueCodes.PROFILE_RULE_INVALID,
			IssueCodes.PROFILE_RULE_PROPERTY_NOT_A_NUMBER);

	private QuickFixes() {
	}

	public static boolean hasFixes(String code) {
		return code != null && FIXABLE.contains(code);
	}

	/** The fixes of each issue, for the first {@link #MAX_FIXED_ISSUES} fixable ones. */
	public static List<List<Fix>> of(XtextResource resource, List<Issue> issues, org.eclipse.xtext.util.CancelIndicator cancel) {
		List<List<Fix>> result = new ArrayList<>(issues.size());
		int fixed = 0;
		for (Issue issue : issues) {
			boolean fixable = fixed < MAX_FIXED_ISSUES && !cancel.isCanceled() && issue.getOffset() != null && hasFixes(issue.getCode());
			result.add(fixable ? of(resource, issue) : List.of());
			fixed += fixable ? 1 : 0;
		}
		return result;
	}

	public static List<Fix> of(XtextResource resource, Issue issue) {
		if (issue.getOffset() == null || !hasFixes(issue.getCode())) {
			return List.of();
		}
		try {
			return switch (issue.getCode()) {
			case IssueCodes.UNKNOWN_REFERENCE -> didYouMean(resource, issue);
			case IssueCodes.AMBIGUOUS_REFERENCE -> qualify(resource, issue);
			case IssueCodes.EVIDENCE_REQUIRED -> evidence(resource, issue);
			case IssueCodes.DUPLICATE_NAME -> rename(resource, issue);
			case IssueCodes.LEVEL_OUT_OF_RANGE -> levelInRange(resource, issue);
			case IssueCodes.FUTURE_DATE -> List.of(new Fix("Change to today (" + LocalDate.now() + ")", issue.getOffset(),
					issue.getLength(), LocalDate.now().toString()));
			case IssueCodes.MISSING_TARGET_SET -> against(resource, issue);
			case IssueCodes.VERSION_MISMATCH -> otherVersions(resource, issue);
			case IssueCodes.COUNT_NOT_POSITIVE -> List.of(new Fix("Change the count to 1", issue.getOffset(), issue.getLength(), "1"));
			case IssueCodes.DUPLICATE_TARGET -> EntryFixes.removeDuplicate(resource, issue, TargetEntry.class, "target");
			case IssueCodes.DUPLICATE_FINDING -> EntryFixes.removeDuplicate(resource, issue, Finding.class, "finding");
			case IssueCodes.TARGET_WITHOUT_FINDING -> EntryFixes.missingFinding(resource, issue);
			case IssueCodes.PROFILE_RULE -> EntryFixes.raiseToRule(resource, issue);
			case IssueCodes.PROFILE_CATALOG_MISMATCH -> catalogOfProfile(resource, issue);
			case IssueCodes.UNKNOWN_REQUIREMENT -> nearNames(resource, issue);
			case IssueCodes.DUPLICATE_REQUIREMENT -> issue.getData() == null || issue.getData().length == 0 ? List.of()
					: EntryFixes.removeDuplicate(resource, issue, org.iotsmm.smm.Requirement.class, "requirement");
			case IssueCodes.UNKNOWN_INDICATOR -> EntryFixes.indicatorInRange(resource, issue);
			case IssueCodes.CONTROL_CHARACTER -> List.of(new Fix("Remove the control character", issue.getOffset(), 1, ""));
			case IssueCodes.FLOW_TO_ITSELF -> EntryFixes.removeFlow(resource, issue);
			case IssueCodes.DUPLICATE_MAPPING -> EntryFixes.removeDuplicateMapping(resource, issue);
			case IssueCodes.DUPLICATE_GUIDANCE_LEVEL -> GuidanceFixes.mergeOrRemove(resource, issue);
			case IssueCodes.PROFILE_CYCLE -> CycleFixes.extendCatalog(resource, issue);
			case IssueCodes.REQUIRES_CYCLE -> CycleFixes.removePrerequisite(resource, issue);
			case IssueCodes.NO_INDICATOR_EVIDENCED -> EntryFixes.evidenceShowingIndicator(resource, issue);
			case IssueCodes.COMPONENT_NOT_COVERED -> CoverageFixes.addToTarget(resource, issue);
			case IssueCodes.PROFILE_RULE_INVALID -> RuleFixes.invalid(resource, issue);
			case IssueCodes.PROFILE_RULE_PROPERTY_NOT_A_NUMBER -> RuleFixes.number(resource, issue);
			default -> List.of();
			};
		} catch (RuntimeException e) {
			return List.of(); // a fix is a convenience; a model too broken to offer one offers none
		}
	}

	private static List<Fix> didYouMean(XtextResource resource, Issue issue) {
		List<Fix> fixes = new ArrayList<>(nearNames(resource, issue));
		Reference at = referenceAt(resource, issue);
		if (at != null) {
			fixes.addAll(otherVersions(resource, at.object(), at.reference()));
		}
		return fixes;
	}

	private static List<Fix> nearNames(XtextResource resource, Issue issue) {
		String text = text(resource, issue);
		// a requirement is referenced by its identifier as a string: compare and write it quoted
		String quote = text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? "\"" : "";
		String written = quote.isEmpty() ? text : text.substring(1, text.length() - 1);
		int limit = Math.max(2, written.length() / 3);
		java.util.Map<String, Integer> near = new java.util.HashMap<>();
		for (String name : candidates(resource, issue)) {
			if (name.contains(".") && !written.contains(".")) {
				continue;
			}
			int distance = SmmLinkingDiagnosticMessageProvider.distance(written.toLowerCase(), name.toLowerCase());
			if (distance <= limit) {
				near.put(name, distance);
			}
		}
		return near.entrySet().stream()
				.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
				.limit(SUGGESTIONS)
				.map(e -> new Fix("Change to '" + e.getKey() + "'", issue.getOffset(), issue.getLength(), quote + e.getKey() + quote))
				.toList();
	}

	private static List<Fix> qualify(XtextResource resource, Issue issue) {
		String written = text(resource, issue);
		List<Fix> fixes = new ArrayList<>();
		for (String name : candidates(resource, issue)) {
			if (name.endsWith("." + written)) {
				fixes.add(new Fix("Qualify as '" + name + "'", issue.getOffset(), issue.getLength(), name));
			}
		}
		return fixes;
	}

	private static List<Fix> evidence(XtextResource resource, Issue issue) {
		Finding finding = EcoreUtil2.getContainerOfType(objectAt(resource, issue.getOffset()), Finding.class);
		if (finding == null) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(finding);
		String indent = indentOf(text(resource), node.getOffset());
		int end = node.getEndOffset();
		List<INode> note = NodeModelUtils.findNodesForFeature(finding, SmmPackage.Literals.FINDING__NOTE);
		for (ILeafNode leaf : note.isEmpty() ? List.<ILeafNode>of() : node.getLeafNodes()) {
			if (leaf.getOffset() >= note.get(0).getOffset()) {
				break;
			}
			if (!leaf.isHidden() && !"note".equals(leaf.getText())) {
				end = leaf.getEndOffset(); // evidence goes before the note: after it, the text would not parse
			}
		}
		return List.of(new Fix("Add an evidence skeleton", end, 0, evidenceSkeleton(indent + "  ", "What shows the practice at this level")));
	}

	/** A new line of evidence for the assessor to fill in, dated today. */
	static String evidenceSkeleton(String indent, String what) {
		return "\n" + indent + "evidence \"" + what + "\" ref \"Where the record is\" dated " + LocalDate.now();
	}

	private static List<Fix> rename(XtextResource resource, Issue issue) {
		String written = text(resource, issue);
		EObject object = objectAt(resource, issue.getOffset());
		if (!(object instanceof NamedElement) || object.eContainer() == null) {
			return List.of();
		}
		Set<String> taken = new LinkedHashSet<>();
		for (EObject sibling : EcoreUtil2.eAllContents(EcoreUtil2.getRootContainer(object))) {
			if (sibling instanceof NamedElement named && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		String base = written.replaceAll("\\d+$", "");
		for (int i = 2;; i++) {
			if (!taken.contains(base + i)) {
				return List.of(new Fix("Rename to '" + base + i + "'", issue.getOffset(), issue.getLength(), base + i));
			}
		}
	}

	/**
	 * The nearest level in range. The issue's data are the level and, where the validator gives
	 * it, the lowest level allowed (a consideration starts at 1, a target or finding at 0).
	 */
	private static List<Fix> levelInRange(XtextResource resource, Issue issue) {
		String[] data = issue.getData();
		int written = Integer.parseInt(text(resource, issue).strip());
		int lowest = data != null && data.length > 1 ? Integer.parseInt(data[1]) : 0;
		int nearest = Math.max(lowest, Math.min(4, written));
		return nearest == written ? List.of()
				: List.of(new Fix("Change to level " + nearest, issue.getOffset(), issue.getLength(), Integer.toString(nearest)));
	}

	/** {@code against} each target set of the assessment's system, written before the assessment's brace. */
	private static List<Fix> against(XtextResource resource, Issue issue) {
		Assessment assessment = EcoreUtil2.getContainerOfType(objectAt(resource, issue.getOffset()), Assessment.class);
		if (assessment == null || !(assessment.eContainer() instanceof org.iotsmm.smm.System system)) {
			return List.of();
		}
		ILeafNode brace = null;
		for (ILeafNode candidate : NodeModelUtils.getNode(assessment).getLeafNodes()) {
			if (!candidate.isHidden() && "{".equals(candidate.getText())) {
				brace = candidate;
				break;
			}
		}
		if (brace == null) {
			return List.of();
		}
		List<Fix> fixes = new ArrayList<>();
		for (TargetSet targets : system.getTargetSets()) {
			if (targets.getName() != null && fixes.size() < SUGGESTIONS) {
				fixes.add(new Fix("Add 'against " + targets.getName() + "'", brace.getOffset(), 0, "against " + targets.getName() + " "));
			}
		}
		return fixes;
	}

	/**
	 * The versions the catalog, profile or standard is available in, for a version it is not
	 * available in: the issue is on the version ({@code version-mismatch}, when the element was
	 * not loaded while linking) or on the name (the scope leaves out other versions, so it is an
	 * unknown reference).
	 */
	private static List<Fix> otherVersions(XtextResource resource, EObject object, EReference reference) {
		EStructuralFeature versionFeature = object.eClass().getEStructuralFeature(reference.getName() + "Version");
		List<INode> names = NodeModelUtils.findNodesForFeature(object, reference);
		List<INode> versions = versionFeature == null ? List.of() : NodeModelUtils.findNodesForFeature(object, versionFeature);
		if (names.isEmpty() || versions.isEmpty()) {
			return List.of();
		}
		INode version = versions.get(0);
		String written = NodeModelUtils.getTokenText(version);
		QualifiedName name = resource.getResourceServiceProvider().get(IQualifiedNameConverter.class)
				.toQualifiedName(NodeModelUtils.getTokenText(names.get(0)));
		IGlobalScopeProvider global = resource.getResourceServiceProvider().get(IGlobalScopeProvider.class);
		Set<String> available = new java.util.TreeSet<>();
		for (IEObjectDescription description : global.getScope(resource, reference, null).getElements(name)) {
			EObject found = EcoreUtil.resolve(description.getEObjectOrProxy(), resource);
			String other = found instanceof Catalog c ? c.getVersion() : found instanceof Profile p ? p.getVersion()
					: found instanceof Standard standard ? standard.getVersion() : null;
			if (other != null && !other.equals(written)) {
				available.add(other);
			}
		}
		return available.stream().map(v -> new Fix("Change to version " + v, version.getOffset(), version.getLength(), v)).toList();
	}

	/** The system's catalog (name and version) replaced by the one its profile extends. */
	private static List<Fix> catalogOfProfile(XtextResource resource, Issue issue) {
		EObject object = objectAt(resource, issue.getOffset());
		if (!(object instanceof org.iotsmm.smm.System system) || system.getProfile() == null || system.getProfile().eIsProxy()) {
			return List.of();
		}
		Catalog catalog = org.iotsmm.dsl.scoping.CatalogOf.profile(system.getProfile());
		List<INode> name = NodeModelUtils.findNodesForFeature(system, SmmPackage.Literals.SYSTEM__CATALOG);
		List<INode> version = NodeModelUtils.findNodesForFeature(system, SmmPackage.Literals.SYSTEM__CATALOG_VERSION);
		if (catalog == null || name.isEmpty()) {
			return List.of();
		}
		int start = name.get(0).getOffset();
		int end = version.isEmpty() ? name.get(0).getEndOffset() : version.get(0).getEndOffset();
		String replacement = catalog.getName() + " version " + catalog.getVersion();
		return List.of(new Fix("Use catalog " + replacement + ", which profile " + system.getProfile().getName() + " extends",
				start, end - start, replacement));
	}

	private static List<Fix> otherVersions(XtextResource resource, Issue issue) {
		EObject object = objectAt(resource, issue.getOffset());
		for (EStructuralFeature feature : object == null ? List.<EStructuralFeature>of() : object.eClass().getEAllStructuralFeatures()) {
			boolean onIt = NodeModelUtils.findNodesForFeature(object, feature).stream().anyMatch(n -> n.getOffset() == issue.getOffset());
			if (onIt && feature.getName().endsWith("Version")
					&& object.eClass().getEStructuralFeature(feature.getName().replaceAll("Version$", "")) instanceof EReference reference) {
				return otherVersions(resource, object, reference);
			}
		}
		return List.of();
	}

	/** The innermost model object at the offset. */
	static EObject objectAt(XtextResource resource, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}

	/** The white space before the first token of the line holding the offset. */
	static String indentOf(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		String line = text.substring(lineStart, offset);
		return line.substring(0, line.length() - line.stripLeading().length());
	}

	private static String text(XtextResource resource, Issue issue) {
		return text(resource).substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}

	private record Reference(EObject object, EReference reference) {
	}

	/** The cross-reference the issue is on, or null. */
	private static Reference referenceAt(XtextResource resource, Issue issue) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		if (leaf == null) {
			return null;
		}
		Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
		for (org.eclipse.xtext.nodemodel.INode n = leaf; assignment == null && n != null; n = n.getParent()) {
			assignment = GrammarUtil.containingAssignment(n.getGrammarElement());
		}
		EObject object = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (assignment == null || object == null) {
			return null;
		}
		return object.eClass().getEStructuralFeature(assignment.getFeature()) instanceof EReference reference
				? new Reference(object, reference) : null;
	}

	/** The names the scope offers for the cross-reference at the issue. */
	private static Set<String> candidates(XtextResource resource, Issue issue) {
		Reference at = referenceAt(resource, issue);
		if (at == null) {
			return Set.of();
		}
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		Set<String> names = new LinkedHashSet<>();
		for (IEObjectDescription description : scopes.getScope(at.object(), at.reference()).getAllElements()) {
			names.add(description.getName().toString());
			if (names.size() > 5000) {
				break;
			}
		}
		return names;
	}
}
