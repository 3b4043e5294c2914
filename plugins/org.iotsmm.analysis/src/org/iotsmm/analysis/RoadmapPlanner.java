package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.smm.ImprovementPlan;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.PlannedStep;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.TargetSet;

/**
 * docs/method.md, "Roadmap": the steps that close the gaps, with covered rows under the step of
 * the element around them, in priority / level gap / prerequisite / catalog / element / level
 * order, merged with the steps of the model's improvement plans.
 */
final class RoadmapPlanner {

	private RoadmapPlanner() {
	}

	private record Draft(GapRow row, List<String> covers, int level, boolean scopeOnly, int depth,
			LevelGuidance guidance) {
	}

	/** The roadmap; plan steps that match no computed step are added to {@code unmatched}. */
	static List<RoadmapStep> of(AnalysedSystem s, List<GapRow> rows, TargetSet targets, List<Planned> unmatched) {
		int n = s.size();
		// Each gap row belongs to its root: the highest ancestor reached through gap rows whose
		// steps close it (sameCause). covers[root] lists the rows it covers; roots in row order.
		@SuppressWarnings("unchecked")
		List<String>[] covers = new List[rows.size()];
		List<Integer> roots = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			GapRow row = rows.get(i);
			if (row.status() != Status.GAP) {
				continue;
			}
			int practiceBase = i - row.element().order();
			int root = i;
			while (true) {
				int up = s.parent[rows.get(root).element().order()];
				GapRow parent = up < 0 ? null : rows.get(practiceBase + up);
				if (parent != null && parent.status() == Status.GAP && sameCause(parent, rows.get(root))) {
					root = practiceBase + up;
				} else {
					break;
				}
			}
			if (covers[root] == null) {
				covers[root] = new ArrayList<>();
				roots.add(root);
			}
			if (root != i) {
				covers[root].add(row.element().path());
			}
		}
		PrerequisiteDepth depth = new PrerequisiteDepth(s.practices);
		List<Draft> drafts = new ArrayList<>();
		for (int root : roots) {
			GapRow row = rows.get(root);
			List<String> covered = covers[root];
			Practice practice = s.practices.get(row.practice().order());
			int d = depth.of(practice);
			int from = row.achieved().level();
			int to = row.target().level();
			if (row.levelGap() == 0) {
				drafts.add(new Draft(row, covered, to, true, d, guidance(practice, to)));
			} else {
				for (int level = from + 1; level <= to; level++) {
					drafts.add(new Draft(row, covered, level, false, d, guidance(practice, level)));
				}
			}
		}
		drafts.sort(Comparator.<Draft>comparingInt(d -> -GapAnalysis.rank(d.row().target().priority()))
				.thenComparingInt(d -> -d.row().levelGap())
				.thenComparingInt(Draft::depth)
				.thenComparingInt(d -> d.row().practice().order())
				.thenComparingInt(d -> d.row().element().order())
				.thenComparingInt(Draft::level));

		Map<String, Planned> plannedByKey = plannedSteps(s, targets, unmatched);
		List<RoadmapStep> steps = new ArrayList<>();
		for (Draft d : drafts) {
			GapRow row = d.row();
			Planned planned = plannedByKey.remove(key(row.practice().qualifiedName(), row.element().path(), d.level()));
			LevelGuidance g = d.guidance();
			String guidance = g == null ? null : g.getDescription();
			List<String> actions = g == null ? List.of() : g.getActions();
			List<String> indicators = g == null ? List.of() : g.getIndicators();
			if (d.scopeOnly()) {
				ScopeStep scope = new ScopeStep(s.system.getCatalog(), row);
				guidance = scope.guidance();
				actions = scope.actions();
				indicators = scope.indicators();
			}
			steps.add(new RoadmapStep(steps.size() + 1, row.practice(), row.element(), d.covers(),
					row.achieved().level(), d.level(), row.target().level(), row.target().scope(), d.scopeOnly(),
					row.target().priority(), row.levelGap(), d.depth(), guidance, actions, indicators,
					row.target().origin(), planned));
		}
		unmatched.addAll(plannedByKey.values());
		return steps;
	}

	/**
	 * Steps of the plans for this target set (or for none), by practice, element and level; of
	 * duplicates the first written is kept and the later ones go to {@code unmatched}.
	 */
	private static Map<String, Planned> plannedSteps(AnalysedSystem s, TargetSet targets, List<Planned> unmatched) {
		Map<String, Planned> plannedByKey = new LinkedHashMap<>();
		for (ImprovementPlan plan : s.system.getPlans()) {
			if (plan.getTarget() != null && plan.getTarget() != targets) {
				continue;
			}
			for (PlannedStep step : plan.getSteps()) {
				PracticeRef practice = s.practice(step.getPractice(), step, "Plan step");
				int element = step.getElement() == null ? 0 : s.own(step.getElement(), step, "Plan step");
				Planned planned = new Planned(plan.getName(), practice.qualifiedName(),
						s.elementRefs.get(element).path(), step.getToLevel(),
						step.getOwner() == null || step.getOwner().eIsProxy() ? null : step.getOwner().getName(),
						step.getDue(), step.getStatus(), step.getNote(), s.locator.locate(step));
				if (plannedByKey.putIfAbsent(key(planned.practice(), planned.element(), planned.toLevel()), planned) != null) {
					unmatched.add(planned);
				}
			}
		}
		return plannedByKey;
	}

	private static String key(String practice, String element, int level) {
		return practice + "@" + element + "#" + level;
	}

	/**
	 * The parent's steps close the child's gap: same target entry, and the same finding or a
	 * parent state derived from the elements inside it (never above the child's level or scope).
	 */
	private static boolean sameCause(GapRow parent, GapRow child) {
		return parent.target().origin().entry() == child.target().origin().entry()
				&& (parent.isDerived() || parent.achieved().finding() == child.achieved().finding());
	}

	private static LevelGuidance guidance(Practice practice, int level) {
		return practice.getGuidance().stream().filter(g -> g.getLevel() == level).findFirst().orElse(null);
	}
}
