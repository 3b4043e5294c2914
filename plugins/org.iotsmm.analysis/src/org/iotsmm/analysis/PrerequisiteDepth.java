package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.smm.Practice;

/**
 * Prerequisite depth of each practice: the number of {@code requires} edges on the longest chain
 * of prerequisites starting at it that never returns to a practice already on the chain. The edge
 * that would close a cycle is not counted, so a practice that requires itself has depth 0 and each
 * member of a cycle of n practices (with nothing else below) has depth n - 1, whatever the catalog
 * order. Depth is a property of the graph alone, never of the order practices are visited in.
 * <p>
 * Longest chains inside a cycle group (a strongly connected set of practices) are found exactly
 * for groups of up to {@value #EXACT_GROUP_LIMIT} practices; a larger group (never seen in a real
 * catalog) counts its size minus 1 for each member, the bound a chain through every member reaches.
 */
final class PrerequisiteDepth {

	/** Largest cycle group searched exactly (2^n states per member). */
	static final int EXACT_GROUP_LIMIT = 16;

	private final Map<Practice, Integer> depth = new IdentityHashMap<>();
	private final Map<Practice, Integer> group = new IdentityHashMap<>();
	private final List<List<Practice>> groups = new ArrayList<>();

	/** Depths of {@code practices} (the catalog's practices; prerequisites outside it are ignored). */
	PrerequisiteDepth(List<Practice> practices) {
		new Groups(practices).find();
		// Tarjan emits groups in reverse topological order: every group a practice requires outside
		// its own is finished before it.
		for (List<Practice> g : groups) {
			solve(g);
		}
	}

	/** The depth of a practice of the catalog (0 for one that is not). */
	int of(Practice practice) {
		return depth.getOrDefault(practice, 0);
	}

	/** The practices that require each other in a cycle with {@code practice} (itself included), or a list of one. */
	List<Practice> cycleGroup(Practice practice) {
		Integer g = group.get(practice);
		return g == null ? List.of(practice) : groups.get(g);
	}

	private static List<Practice> prerequisites(Practice practice) {
		return practice.getPrerequisites().stream().filter(p -> p != null && !p.eIsProxy()).toList();
	}

	/** Best depth through an edge that leaves the group (its target's depth is already known). */
	private int outside(Practice practice, int own) {
		int best = 0;
		for (Practice pre : prerequisites(practice)) {
			Integer g = group.get(pre);
			if (g != null && g != own) {
				best = Math.max(best, 1 + depth.get(pre));
			}
		}
		return best;
	}

	private void solve(List<Practice> members) {
		int own = group.get(members.get(0));
		int n = members.size();
		int[] exit = new int[n];
		for (int i = 0; i < n; i++) {
			exit[i] = outside(members.get(i), own);
		}
		if (n == 1) {
			depth.put(members.get(0), exit[0]);
			return;
		}
		if (n > EXACT_GROUP_LIMIT) {
			int max = Arrays.stream(exit).max().orElse(0);
			members.forEach(p -> depth.put(p, n - 1 + max));
			return;
		}
		Map<Practice, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(members.get(i), i);
		}
		int[][] inner = new int[n][];
		for (int i = 0; i < n; i++) {
			inner[i] = prerequisites(members.get(i)).stream().filter(index::containsKey).mapToInt(index::get)
					.distinct().toArray();
		}
		// longest[mask][i]: longest chain starting at i that may not visit the members in mask
		// (mask contains i); exact over simple paths, so no cycle edge is ever counted.
		int[][] memo = new int[1 << n][];
		for (int i = 0; i < n; i++) {
			depth.put(members.get(i), longest(1 << i, i, inner, exit, memo));
		}
	}

	private static int longest(int mask, int at, int[][] inner, int[] exit, int[][] memo) {
		if (memo[mask] == null) {
			memo[mask] = new int[inner.length];
			Arrays.fill(memo[mask], -1);
		}
		if (memo[mask][at] >= 0) {
			return memo[mask][at];
		}
		int best = exit[at];
		for (int next : inner[at]) {
			if ((mask & (1 << next)) == 0) {
				best = Math.max(best, 1 + longest(mask | (1 << next), next, inner, exit, memo));
			}
		}
		memo[mask][at] = best;
		return best;
	}

	private record Frame(Practice practice, List<Practice> next, int[] position) {
	}

	/** Tarjan's strongly connected components, iterative (a user catalog may chain practices deeply). */
	private final class Groups {
		private final List<Practice> practices;
		private final Map<Practice, Integer> number = new IdentityHashMap<>();
		private final Map<Practice, Integer> low = new IdentityHashMap<>();
		private final List<Practice> stack = new ArrayList<>();
		private final Map<Practice, Boolean> onStack = new IdentityHashMap<>();

		Groups(List<Practice> practices) {
			this.practices = practices;
		}

		void find() {
			Map<Practice, Boolean> inCatalog = new IdentityHashMap<>();
			practices.forEach(p -> inCatalog.put(p, true));
			for (Practice start : practices) {
				if (number.containsKey(start)) {
					continue;
				}
				List<Frame> frames = new ArrayList<>();
				frames.add(enter(start, inCatalog));
				while (!frames.isEmpty()) {
					Frame top = frames.get(frames.size() - 1);
					if (top.position()[0] < top.next().size()) {
						Practice next = top.next().get(top.position()[0]++);
						if (!number.containsKey(next)) {
							frames.add(enter(next, inCatalog));
						} else if (onStack.getOrDefault(next, false)) {
							low.put(top.practice(), Math.min(low.get(top.practice()), number.get(next)));
						}
						continue;
					}
					frames.remove(frames.size() - 1);
					Practice p = top.practice();
					if (!frames.isEmpty()) {
						Practice parent = frames.get(frames.size() - 1).practice();
						low.put(parent, Math.min(low.get(parent), low.get(p)));
					}
					if (low.get(p).equals(number.get(p))) {
						List<Practice> members = new ArrayList<>();
						Practice q;
						do {
							q = stack.remove(stack.size() - 1);
							onStack.put(q, false);
							members.add(q);
						} while (q != p);
						// members in catalog order, so messages and ties never depend on the walk
						members.sort((a, b) -> Integer.compare(practices.indexOf(a), practices.indexOf(b)));
						int id = groups.size();
						members.forEach(m -> group.put(m, id));
						groups.add(members);
					}
				}
			}
		}

		private Frame enter(Practice practice, Map<Practice, Boolean> inCatalog) {
			number.put(practice, number.size());
			low.put(practice, number.get(practice));
			stack.add(practice);
			onStack.put(practice, true);
			return new Frame(practice, prerequisites(practice).stream().filter(inCatalog::containsKey).toList(),
					new int[1]);
		}
	}
}
