package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iotsmm.analysis.RequirementStatus.MappedPractice;
import org.iotsmm.analysis.RequirementStatus.State;
import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;

/**
 * The status of each requirement of a standard, from the rows of a {@link GapReport} and the
 * practice mappings to that standard. Nothing here re-derives a gap: it reads the row statuses.
 * <p>
 * The rule: a mapped practice is read over its rows that have a target or a finding. A row
 * without a finding is <em>not assessed</em>; a row with a finding is <em>met</em> when its
 * status meets the target (level and scope) and its achieved level is at least the mapping's
 * level, otherwise it is a <em>gap</em>. A practice with no such row is not assessed. The
 * practice's state is its worst row; the requirement's state is the worst of its mapped practices
 * (gap &gt; not assessed &gt; met), and <em>not mapped</em> when no practice maps to it. "Met" says
 * the mapped practices reach their targets; it is no certificate of the requirement, least of all
 * where the mapping is only partial.
 */
public final class StandardStatuses {

	private StandardStatuses() {
	}

	/** Every requirement of the standard, in its order, with the mappings that target it. */
	public static List<RequirementStatus> of(GapReport report, Standard standard, List<StandardMapping> mappings) {
		Map<String, List<PracticeMapping>> byRequirement = new LinkedHashMap<>();
		for (StandardMapping mapping : mappings) {
			if (!sameStandard(mapping.getStandard(), standard)) {
				continue;
			}
			for (PracticeMapping entry : mapping.getEntries()) {
				for (Requirement requirement : entry.getRequirements()) {
					if (!requirement.eIsProxy() && requirement.getName() != null) {
						byRequirement.computeIfAbsent(requirement.getName(), k -> new ArrayList<>()).add(entry);
					}
				}
			}
		}
		List<RequirementStatus> result = new ArrayList<>();
		Map<String, State> practiceStates = new java.util.HashMap<>(); // one pass over the rows per practice and level
		for (Requirement requirement : standard.getRequirements()) {
			List<MappedPractice> mapped = new ArrayList<>();
			State state = State.NOT_MAPPED;
			for (PracticeMapping entry : byRequirement.getOrDefault(requirement.getName(), List.of())) {
				Optional<PracticeRef> practice = entry.getPractice() == null || entry.getPractice().eIsProxy()
						? Optional.empty()
						: report.practice(entry.getPractice().getName());
				if (practice.isEmpty()) {
					continue;
				}
				PracticeRef ref = practice.get();
				State practiceState = practiceStates.computeIfAbsent(ref.qualifiedName() + "@" + entry.getLevel(),
						k -> practiceState(report, ref, entry.getLevel()));
				mapped.add(new MappedPractice(practice.get(), entry.getLevel(), entry.getRelation(), practiceState));
				state = state == State.NOT_MAPPED ? practiceState : State.worst(state, practiceState);
			}
			result.add(new RequirementStatus(requirement.getName(), requirement.getTitle(), requirement.getGroup(), state,
					mapped));
		}
		return result;
	}

	/** The practice's state for a mapping that holds from {@code mappingLevel} (0: any level). */
	static State practiceState(GapReport report, PracticeRef practice, int mappingLevel) {
		State state = null;
		for (GapRow row : report.rows()) {
			if (!row.practice().equals(practice) || (!row.hasTarget() && !row.isAssessed())) {
				continue;
			}
			State rowState;
			if (!row.isAssessed()) {
				rowState = State.NOT_ASSESSED;
			} else {
				boolean targetReached = !row.hasTarget() || row.status().meetsTarget();
				rowState = targetReached && row.achieved().level() >= mappingLevel ? State.MET : State.GAP;
			}
			state = state == null ? rowState : State.worst(state, rowState);
		}
		return state == null ? State.NOT_ASSESSED : state;
	}

	private static boolean sameStandard(Standard a, Standard b) {
		return a != null && b != null && !a.eIsProxy() && (a == b
				|| (a.getName() != null && a.getName().equals(b.getName()) && java.util.Objects.equals(a.getVersion(), b.getVersion())));
	}
}
