package org.iotsmm.dsl.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.iotsmm.dsl.scoping.CatalogOf;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.LevelDefinition;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.PlannedStep;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TopLevelElement;
import org.iotsmm.smm.Zone;

import com.google.inject.Inject;

/**
 * Checks of the .smm language. Each message says what is wrong and how to fix it; each carries a
 * stable code from {@link IssueCodes}.
 * <p>
 * Evidence rule: a finding that claims level 3 (consistent) or 4 (formalized) must cite at least
 * one evidence item, because those levels are defined by repeatable, measured practice that an
 * assessor can only confirm from records. Levels 0-2 may rest on interviews alone.
 */
public class SmmValidator extends AbstractSmmValidator {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	@Inject
	private ResourceDescriptionsProvider resourceDescriptions;
	/** Lowest level whose findings need evidence; see the class comment. */
	public static final int EVIDENCE_REQUIRED_FROM_LEVEL = 3;
	/** Deepest nesting of zones accepted; real trust boundaries nest a handful of levels. */
	public static final int MAX_ZONE_DEPTH = 64;

	// ------------------------------------------------------------------ levels

	@Check
	public void targetLevel(TargetEntry entry) {
		checkLevel(entry.getLevel(), 0, SMM.getTargetEntry_Level(), "target");
	}

	@Check
	public void findingLevel(Finding finding) {
		checkLevel(finding.getLevel(), 0, SMM.getFinding_Level(), "finding");
		if (finding.getLevel() >= EVIDENCE_REQUIRED_FROM_LEVEL && finding.getEvidence().isEmpty()) {
			error("A finding of level " + finding.getLevel() + " needs evidence: levels 3 and 4 describe repeatable, "
					+ "measured practice that only records can show. Add evidence \"...\" ref \"...\", or lower the level.",
					SMM.getFinding_Level(), IssueCodes.EVIDENCE_REQUIRED);
		}
	}

	@Check
	public void guidanceLevel(LevelGuidance guidance) {
		checkLevel(guidance.getLevel(), 1, SMM.getLevelGuidance_Level(), "guidance");
	}

	@Check
	public void levelDefinition(LevelDefinition definition) {
		checkLevel(definition.getLevel(), 0, SMM.getLevelDefinition_Level(), "level definition");
	}

	@Check
	public void stepLevel(PlannedStep step) {
		checkLevel(step.getToLevel(), 1, SMM.getPlannedStep_ToLevel(), "planned step");
	}

	@Check
	public void considerationLevel(Consideration consideration) {
		if (isSet(consideration, SMM.getConsideration_Level())) {
			checkLevel(consideration.getLevel(), 1, SMM.getConsideration_Level(), "consideration");
		}
	}

	private void checkLevel(int level, int lowest, EAttribute feature, String what) {
		if (level < lowest || level > 4) {
			error("Level " + level + " is out of range for a " + what + ": comprehensiveness levels run from " + lowest
					+ " to 4 (0 none, 1 minimum, 2 ad hoc, 3 consistent, 4 formalized).", feature,
					IssueCodes.LEVEL_OUT_OF_RANGE, Integer.toString(level), Integer.toString(lowest));
		}
	}

	private static boolean isSet(EObject object, EStructuralFeature feature) {
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty() || object.eIsSet(feature);
	}

	@Check
	public void componentCount(Component component) {
		if (component.getCount() < 1) {
			error("A component's count is the number of identical units and must be at least 1.",
					SMM.getComponent_Count(), IssueCodes.COUNT_NOT_POSITIVE);
		}
	}

	// ------------------------------------------------------------------ names

	@Check
	public void uniqueTopLevelNames(Model model) {
		Map<String, List<NamedElement>> byKey = new LinkedHashMap<>();
		for (TopLevelElement element : model.getElements()) {
			if (element.getName() != null) {
				String key = element.eClass().getName() + ":" + element.getName() + ":" + versionOf(element);
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(element);
			}
		}
		byKey.values().forEach(same -> duplicates(same, "file"));
	}

	/**
	 * Catalogs and profiles (with their version) and systems are found by name across every file
	 * loaded together (a folder, a workspace), so two files declaring the same one make every
	 * reference, and {@code smm report --system}, ambiguous. Both declarations get the error. The
	 * shipped library is not part of this: a user's catalog of the same name shadows it on purpose.
	 */
	@Check(CheckType.NORMAL)
	public void uniqueTopLevelNamesAcrossFiles(TopLevelElement element) {
		Resource resource = element.eResource();
		if (element.getName() == null || resource == null) {
			return;
		}
		for (IEObjectDescription other : topLevelExportsOfOtherFiles(resource)
				.getOrDefault(List.of(element.eClass(), QualifiedName.create(element.getName())), List.of())) {
			URI file = other.getEObjectURI().trimFragment();
			EObject declaration = other.getEObjectOrProxy();
			if (declaration.eIsProxy()) {
				declaration = EcoreUtil.resolve(declaration, element);
			}
			if (declaration.eIsProxy() || !(declaration instanceof TopLevelElement same)
					|| !Objects.equals(versionOf(same), versionOf(element))) {
				continue;
			}
			String kind = element.eClass().getName().toLowerCase();
			String version = versionOf(element).isEmpty() ? "" : " version " + versionOf(element);
			error("The " + kind + " '" + element.getName() + "'" + version + " is also declared in "
					+ (file.isFile() ? file.toFileString() : file.toString()) + " (line " + line(declaration)
					+ "). Catalogs and profiles (with their version) and systems need names that are unique across"
					+ " the files loaded together: rename one of them.", element, SMM.getNamedElement_Name(),
					IssueCodes.DUPLICATE_NAME, element.getName());
			return;
		}
	}

	/**
	 * The top-level elements other files export, by exact class and name, gathered once per
	 * validation of a resource: asking the index per element scanned every export each time, which
	 * a garbled file with tens of thousands of top-level elements turned into minutes.
	 */
	@SuppressWarnings("unchecked")
	private Map<List<Object>, List<IEObjectDescription>> topLevelExportsOfOtherFiles(Resource resource) {
		Map<Object, Object> context = getContext();
		String key = "org.iotsmm.dsl.topLevelExportsOfOtherFiles:" + resource.getURI();
		if (context != null && context.get(key) instanceof Map<?, ?> cached) {
			return (Map<List<Object>, List<IEObjectDescription>>) cached;
		}
		Map<List<Object>, List<IEObjectDescription>> exports = new HashMap<>();
		IResourceDescriptions index = resourceDescriptions.getResourceDescriptions(resource);
		for (org.eclipse.xtext.resource.IResourceDescription file : index.getAllResourceDescriptions()) {
			if (file.getURI().equals(resource.getURI())) {
				continue;
			}
			for (IEObjectDescription exported : file.getExportedObjects()) {
				if (SMM.getTopLevelElement().isSuperTypeOf(exported.getEClass())) {
					exports.computeIfAbsent(List.of(exported.getEClass(), exported.getName()), k -> new ArrayList<>())
							.add(exported);
				}
			}
		}
		if (context != null) {
			context.put(key, exports);
		}
		return exports;
	}

	private static String versionOf(TopLevelElement element) {
		return element instanceof Catalog c ? c.getVersion() : element instanceof Profile p ? p.getVersion() : "";
	}

	@Check
	public void uniqueCatalogNames(Catalog catalog) {
		uniqueNames(catalog.getDomains(), "catalog");
		List<NamedElement> practices = new ArrayList<>();
		Map<String, Practice> codes = new HashMap<>();
		Set<Integer> levels = new HashSet<>();
		for (LevelDefinition level : catalog.getLevels()) {
			if (!levels.add(level.getLevel())) {
				error("Level " + level.getLevel() + " is defined twice in this catalog. Remove one definition.", level,
						SMM.getLevelDefinition_Level(), IssueCodes.DUPLICATE_NAME);
			}
		}
		for (Domain domain : catalog.getDomains()) {
			uniqueNames(domain.getSubdomains(), "domain " + domain.getName());
			for (Subdomain subdomain : domain.getSubdomains()) {
				for (Practice practice : subdomain.getPractices()) {
					practices.add(practice);
					if (practice.getCode() != null && codes.putIfAbsent(practice.getCode(), practice) != null) {
						error("Practice code '" + practice.getCode() + "' is already used by "
								+ codes.get(practice.getCode()).getName() + ". Give each practice its own code.",
								practice, SMM.getPractice_Code(), IssueCodes.DUPLICATE_NAME);
					}
				}
			}
		}
		uniqueNames(practices, "catalog (practice names are unique across a catalog)");
	}

	@Check
	public void uniqueGuidanceLevels(Practice practice) {
		Set<Integer> levels = new HashSet<>();
		for (LevelGuidance guidance : practice.getGuidance()) {
			if (!levels.add(guidance.getLevel())) {
				error("Practice " + practice.getName() + " already has guidance for level " + guidance.getLevel()
						+ ". Merge the two blocks.", guidance, SMM.getLevelGuidance_Level(),
						IssueCodes.DUPLICATE_GUIDANCE_LEVEL);
			}
		}
	}

	@Check
	public void uniqueProfileNames(Profile profile) {
		uniqueNames(profile.getTemplates(), "profile " + profile.getName());
	}

	@Check
	public void uniqueSystemNames(org.iotsmm.smm.System system) {
		String where = "system " + system.getName();
		uniqueNames(system.getStakeholders(), where);
		uniqueNames(system.getTargetSets(), where);
		uniqueNames(system.getAssessments(), where);
		uniqueNames(system.getPlans(), where);
		List<NamedElement> flows = new ArrayList<>();
		system.getFlows().stream().filter(f -> f.getName() != null).forEach(flows::add);
		uniqueNames(flows, where);
		List<NamedElement> top = new ArrayList<>(system.getZones());
		top.addAll(system.getComponents());
		uniqueNames(top, where);
	}

	@Check
	public void uniqueZoneNames(Zone zone) {
		List<NamedElement> children = new ArrayList<>(zone.getZones());
		children.addAll(zone.getComponents());
		uniqueNames(children, "zone " + zone.getName());
	}

	private void uniqueNames(List<? extends NamedElement> elements, String where) {
		Map<String, List<NamedElement>> byName = new LinkedHashMap<>();
		for (NamedElement element : elements) {
			if (element.getName() != null) {
				byName.computeIfAbsent(element.getName(), n -> new ArrayList<>()).add(element);
			}
		}
		byName.values().forEach(same -> duplicates(same, where));
	}

	/**
	 * Every declaration of a name used more than once gets the error, naming the lines of the others
	 * (the first {@value #OTHER_LINES_NAMED}, then how many more). Each line is looked up once: with
	 * thousands of duplicates (a garbled file) a lookup per pair took minutes.
	 */
	private void duplicates(List<? extends NamedElement> same, String where) {
		if (same.size() < 2) {
			return;
		}
		List<String> lines = same.stream().map(o -> Integer.toString(line(o))).toList();
		for (int i = 0; i < same.size(); i++) {
			NamedElement element = same.get(i);
			List<String> others = new ArrayList<>();
			for (int j = 0; j < same.size() && others.size() < OTHER_LINES_NAMED; j++) {
				if (j != i) {
					others.add(lines.get(j));
				}
			}
			int more = same.size() - 1 - others.size();
			error("The name '" + element.getName() + "' is used more than once in this " + where + " (also on line"
					+ (same.size() > 2 ? "s " : " ") + String.join(", ", others) + (more > 0 ? " and " + more + " more" : "")
					+ "). Rename one of them.", element, SMM.getNamedElement_Name(), IssueCodes.DUPLICATE_NAME,
					element.getName());
		}
	}

	/** Lines of the other declarations a duplicate-name message lists. */
	static final int OTHER_LINES_NAMED = 10;

	/**
	 * A {@code requires} cycle has no order that puts every practice after its prerequisites; the
	 * roadmap cuts it where it closes (docs/method.md). Each member is warned once, naming the
	 * members in catalog order.
	 */
	@Check
	public void requiresCycles(Catalog catalog) {
		List<Practice> practices = new ArrayList<>();
		catalog.getDomains().forEach(d -> d.getSubdomains().forEach(s -> practices.addAll(s.getPractices())));
		Map<Practice, Set<Practice>> reach = new HashMap<>();
		for (Practice practice : practices) {
			Set<Practice> reached = new HashSet<>();
			java.util.ArrayDeque<Practice> pending = new java.util.ArrayDeque<>(prerequisitesOf(practice));
			while (!pending.isEmpty()) {
				Practice next = pending.pop();
				if (reached.add(next)) {
					pending.addAll(prerequisitesOf(next));
				}
			}
			reach.put(practice, reached);
		}
		for (Practice practice : practices) {
			if (!reach.get(practice).contains(practice)) {
				continue;
			}
			List<String> members = practices.stream()
					.filter(other -> reach.get(practice).contains(other) && reach.get(other).contains(practice))
					.map(Practice::getName).toList();
			String cycle = members.size() == 1 ? "Practice " + practice.getName() + " requires itself"
					: "Practices " + String.join(", ", members) + " require each other in a cycle";
			warning(cycle + ", so no order puts each after its prerequisites; the roadmap cuts the cycle where it"
					+ " closes. Remove one of the 'requires' to give them an order.", practice,
					SMM.getPractice_Prerequisites(), IssueCodes.REQUIRES_CYCLE, members.toArray(String[]::new));
		}
	}

	private static List<Practice> prerequisitesOf(Practice practice) {
		return practice.getPrerequisites().stream().filter(p -> p != null && !p.eIsProxy()).toList();
	}

	// ------------------------------------------------------------------ architecture

	/** The component limit of docs/language.md ("Limits"): beyond it the analysis and reports are not measured. */
	@Check
	public void componentCount(org.iotsmm.smm.System system) {
		long count = system.getComponents().size();
		java.util.ArrayDeque<Zone> pending = new java.util.ArrayDeque<>(system.getZones());
		while (!pending.isEmpty()) {
			Zone zone = pending.pop();
			count += zone.getComponents().size();
			pending.addAll(zone.getZones());
		}
		if (count > org.iotsmm.dsl.loading.InputLimits.MAX_COMPONENTS) {
			error("System " + system.getName() + " has " + String.format("%,d", count) + " components; a system may have at most "
					+ String.format("%,d", org.iotsmm.dsl.loading.InputLimits.MAX_COMPONENTS)
					+ " (the largest measured end to end). Describe a fleet of alike devices as one component with a count,"
					+ " or split the system.", system, SMM.getNamedElement_Name(), IssueCodes.TOO_MANY_COMPONENTS);
		}
	}

	@Check
	public void zoneDepth(org.iotsmm.smm.System system) {
		java.util.ArrayDeque<Object[]> pending = new java.util.ArrayDeque<>();
		for (Zone zone : system.getZones()) {
			pending.push(new Object[] { zone, 1 });
		}
		while (!pending.isEmpty()) {
			Object[] next = pending.pop();
			Zone zone = (Zone) next[0];
			int depth = (Integer) next[1];
			if (depth > MAX_ZONE_DEPTH) {
				error("Zone " + zone.getName() + " is nested " + depth + " deep; zones may nest at most " + MAX_ZONE_DEPTH
						+ " levels. Flatten the zone hierarchy.", zone, SMM.getNamedElement_Name(),
						IssueCodes.ZONES_TOO_DEEP);
				return;
			}
			for (Zone inner : zone.getZones()) {
				pending.push(new Object[] { inner, depth + 1 });
			}
		}
	}

	@Check
	public void flowToItself(DataFlow flow) {
		if (flow.getSource() != null && !flow.getSource().eIsProxy() && flow.getSource() == flow.getTarget()) {
			error("A flow from " + flow.getSource().getName() + " to itself says nothing about data crossing a boundary. "
					+ "Point it at the component that receives the data.", SMM.getDataFlow_Target(),
					IssueCodes.FLOW_TO_ITSELF);
		}
	}

	// ------------------------------------------------------------------ catalogs and profiles

	@Check
	public void catalogVersion(org.iotsmm.smm.System system) {
		Catalog catalog = system.getCatalog();
		if (catalog != null && !catalog.eIsProxy() && system.getCatalogVersion() != null
				&& !system.getCatalogVersion().equals(catalog.getVersion())) {
			error("Catalog " + catalog.getName() + " is available in version " + catalog.getVersion() + ", not "
					+ system.getCatalogVersion() + ".", SMM.getSystem_CatalogVersion(), IssueCodes.VERSION_MISMATCH);
		}
		Profile profile = system.getProfile();
		if (profile != null && !profile.eIsProxy()) {
			if (system.getProfileVersion() != null && !system.getProfileVersion().equals(profile.getVersion())) {
				error("Profile " + profile.getName() + " is available in version " + profile.getVersion() + ", not "
						+ system.getProfileVersion() + ".", SMM.getSystem_ProfileVersion(), IssueCodes.VERSION_MISMATCH);
			}
			Catalog profileCatalog = CatalogOf.profile(profile);
			if (catalog != null && !catalog.eIsProxy() && profileCatalog != null && profileCatalog != catalog) {
				error("Profile " + profile.getName() + " extends catalog " + profileCatalog.getName() + " "
						+ profileCatalog.getVersion() + ", but this system uses " + catalog.getName() + " "
						+ catalog.getVersion() + ". Use the catalog the profile extends.", SMM.getSystem_Profile(),
						IssueCodes.PROFILE_CATALOG_MISMATCH);
			}
		}
	}

	@Check
	public void profileCycle(Profile profile) {
		Set<Profile> seen = new LinkedHashSet<>();
		for (Profile p = profile; p != null && !p.eIsProxy(); p = p.getBase()) {
			if (!seen.add(p)) {
				List<String> chain = seen.stream().map(Profile::getName).toList();
				if (p == profile) {
					error("Profile " + profile.getName() + " extends itself through " + String.join(" -> ", chain)
							+ " -> " + profile.getName() + ". Make one of them extend the catalog instead.",
							SMM.getProfile_Base(), IssueCodes.PROFILE_CYCLE);
				}
				return;
			}
		}
	}

	// ------------------------------------------------------------------ dates

	@Check
	public void futureDate(TargetSet set) {
		checkNotFuture(set.getDate(), SMM.getTargetSet_Date(), "target set");
	}

	@Check
	public void futureDate(Assessment assessment) {
		checkNotFuture(assessment.getDate(), SMM.getAssessment_Date(), "assessment");
	}

	@Check
	public void futureDate(Evidence evidence) {
		checkNotFuture(evidence.getDate(), SMM.getEvidence_Date(), "evidence item");
	}

	private void checkNotFuture(LocalDate date, EAttribute feature, String what) {
		LocalDate today = today();
		if (date != null && date.isAfter(today)) {
			error("The " + what + " is dated " + date + ", after today (" + today
					+ "). Record what has happened: use the date it took place.", feature, IssueCodes.FUTURE_DATE,
					date.toString());
		}
	}

	/** Today's date; a seam for tests. */
	protected LocalDate today() {
		return LocalDate.now();
	}

	// ------------------------------------------------------------------ targets and assessments

	@Check
	public void duplicateTargets(TargetSet set) {
		Map<List<Object>, TargetEntry> seen = new HashMap<>();
		for (TargetEntry entry : set.getEntries()) {
			if (entry.getSubject() == null || entry.getSubject().eIsProxy()) {
				continue;
			}
			List<EObject> elements = entry.getAppliesTo().isEmpty() ? List.of(set.eContainer())
					: new ArrayList<>(entry.getAppliesTo());
			for (EObject element : elements) {
				List<Object> key = List.of(entry.getSubject(), element);
				TargetEntry first = seen.putIfAbsent(key, entry);
				if (first != null && first != entry) {
					error("Target set " + set.getName() + " already sets a target for " + entry.getSubject().getName()
							+ " on " + nameOf(element) + " (line " + line(first)
							+ "). Keep one entry per practice and element.", entry, SMM.getTargetEntry_Subject(),
							IssueCodes.DUPLICATE_TARGET);
					break;
				}
			}
		}
	}

	@Check
	public void duplicateFindings(Assessment assessment) {
		Map<List<Object>, Finding> seen = new HashMap<>();
		for (Finding finding : assessment.getFindings()) {
			if (finding.getPractice() == null || finding.getPractice().eIsProxy()) {
				continue;
			}
			List<EObject> elements = finding.getAppliesTo().isEmpty() ? List.of(assessment.eContainer())
					: new ArrayList<>(finding.getAppliesTo());
			for (EObject element : elements) {
				Finding first = seen.putIfAbsent(List.of(finding.getPractice(), element), finding);
				if (first != null && first != finding) {
					error("Assessment " + assessment.getName() + " already has a finding for "
							+ finding.getPractice().getName() + " on " + nameOf(element) + " (line " + line(first)
							+ "). Keep one finding per practice and element.", finding, SMM.getFinding_Practice(),
							IssueCodes.DUPLICATE_FINDING);
					break;
				}
			}
		}
	}

	@Check
	public void assessmentHasTarget(Assessment assessment) {
		if (assessment.getAgainst() == null) {
			org.iotsmm.smm.System system = (org.iotsmm.smm.System) assessment.eContainer();
			String known = system.getTargetSets().isEmpty() ? "This system has no target set yet: add one."
					: "Add: against " + system.getTargetSets().get(0).getName() + ".";
			error("Assessment " + assessment.getName() + " does not say which target set it measures against. " + known,
					SMM.getNamedElement_Name(), IssueCodes.MISSING_TARGET_SET);
		}
	}

	/**
	 * The newest assessment as the gap analysis chooses it: by date (undated first), then by name
	 * (docs/method.md, "Which assessment").
	 */
	static Assessment newest(org.iotsmm.smm.System system) {
		return system.getAssessments().stream()
				.max(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
						.thenComparing(a -> Objects.toString(a.getName(), "")))
				.orElse(null);
	}

	/** The target set the gap report measures against: the newest assessment's, else the system's only one, else null. */
	public static TargetSet reportedTargetSet(org.iotsmm.smm.System system) {
		Assessment newest = newest(system);
		return newest != null && newest.getAgainst() != null ? newest.getAgainst()
				: system.getTargetSets().size() == 1 ? system.getTargetSets().get(0) : null;
	}

	/** Warns when the newest assessment leaves a targeted practice without a finding. */
	@Check(CheckType.NORMAL)
	public void targetsWithoutFindings(org.iotsmm.smm.System system) {
		Assessment newest = newest(system);
		if (newest == null || newest.getAgainst() == null || newest.getAgainst().eIsProxy()) {
			return;
		}
		Set<Practice> assessed = new HashSet<>();
		for (Finding finding : newest.getFindings()) {
			assessed.add(finding.getPractice());
		}
		Set<Practice> reported = new HashSet<>();
		for (TargetEntry entry : entriesOf(newest.getAgainst())) {
			for (Practice practice : practicesOf(entry.getSubject())) {
				if (!assessed.contains(practice) && reported.add(practice)) {
					warning("The newest assessment, " + newest.getName() + ", has no finding for " + practice.getName()
							+ ", which target set " + newest.getAgainst().getName() + " targets. Assess it, or record level 0 with a note.",
							newest, SMM.getNamedElement_Name(), IssueCodes.TARGET_WITHOUT_FINDING, practice.getName());
				}
			}
		}
	}

	/**
	 * Warns about components that no entry of the report's target set covers: the same target set
	 * and the same rule as the coverage section of the gap report (docs/method.md, "Coverage"), so
	 * that validate and report agree. The report's target set is the one the newest assessment
	 * measures against, or the system's only target set.
	 */
	@Check(CheckType.NORMAL)
	public void componentsWithoutTargets(org.iotsmm.smm.System system) {
		Assessment newest = newest(system);
		TargetSet reported = reportedTargetSet(system);
		if (reported == null || reported.eIsProxy()) {
			return;
		}
		String why = newest != null && newest.getAgainst() == reported
				? "the gap report's target set (the newest assessment, " + newest.getName() + ", measures against it)"
				: "the system's only target set, which the gap report measures against";
		Map<TargetSet, Set<EObject>> coveredBy = new LinkedHashMap<>();
		for (TargetSet set : system.getTargetSets()) {
			coveredBy.put(set, coveredElements(set));
		}
		coveredBy.putIfAbsent(reported, coveredElements(reported));
		for (Component component : allComponents(system)) {
			if (isCovered(component, coveredBy.get(reported))) {
				continue;
			}
			List<String> others = coveredBy.entrySet().stream()
					.filter(e -> e.getKey() != reported && isCovered(component, e.getValue()))
					.map(e -> e.getKey().getName()).toList();
			warning("No target of target set " + reported.getName() + ", " + why + ", covers component "
					+ component.getName() + ". Add a target entry on it or on its zone, or a system-wide entry."
					+ (others.isEmpty() ? "" : " (Target set" + (others.size() > 1 ? "s " : " ") + String.join(", ", others)
							+ " cover" + (others.size() > 1 ? "" : "s") + " it, but the report measures against "
							+ reported.getName() + ".)"),
					component, SMM.getNamedElement_Name(), IssueCodes.COMPONENT_NOT_COVERED, component.getName());
		}
	}

	/** The elements a target set's entries (with its template's) name; the system for a system-wide entry. */
	private static Set<EObject> coveredElements(TargetSet set) {
		Set<EObject> covered = new HashSet<>();
		for (TargetEntry entry : entriesOf(set)) {
			if (entry.getAppliesTo().isEmpty()) {
				covered.add(set.eContainer());
			}
			covered.addAll(entry.getAppliesTo());
		}
		return covered;
	}

	private static boolean isCovered(Component component, Set<EObject> covered) {
		for (EObject e = component; e != null; e = e.eContainer()) {
			if (covered.contains(e)) {
				return true;
			}
			if (e instanceof org.iotsmm.smm.System) {
				return false;
			}
		}
		return false;
	}

	private static List<Component> allComponents(org.iotsmm.smm.System system) {
		List<Component> result = new ArrayList<>(system.getComponents());
		List<Zone> pending = new ArrayList<>(system.getZones());
		while (!pending.isEmpty()) {
			Zone zone = pending.remove(pending.size() - 1);
			result.addAll(zone.getComponents());
			pending.addAll(zone.getZones());
		}
		return result;
	}

	private static List<TargetEntry> entriesOf(TargetSet set) {
		List<TargetEntry> entries = new ArrayList<>(set.getEntries());
		if (set.getTemplate() != null && !set.getTemplate().eIsProxy()) {
			entries.addAll(set.getTemplate().getEntries());
		}
		return entries;
	}

	private static List<Practice> practicesOf(CatalogElement subject) {
		if (subject instanceof Practice practice) {
			return List.of(practice);
		}
		if (subject instanceof Subdomain subdomain) {
			return subdomain.getPractices();
		}
		if (subject instanceof Domain domain) {
			return domain.getSubdomains().stream().flatMap(s -> s.getPractices().stream()).toList();
		}
		return List.of();
	}

	private static String nameOf(EObject element) {
		if (element instanceof org.iotsmm.smm.System) {
			return "the whole system";
		}
		return element instanceof NamedElement named ? Objects.toString(named.getName()) : "?";
	}

	private static int line(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
