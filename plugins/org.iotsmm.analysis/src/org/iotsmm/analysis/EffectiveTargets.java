package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.smm.ArchitectureElement;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Priority;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TargetTemplate;

/**
 * docs/method.md, "Effective targets": for each practice and element, the entry of one target set
 * (or of its template) that applies after precedence: own entries before template entries, then
 * the most specific element, then the most specific subject, then written order.
 */
final class EffectiveTargets {

	private EffectiveTargets() {
	}

	/** A candidate entry: {@code layer} 0 own, 1 template; {@code order} its written position. */
	private record Candidate(TargetEntry entry, int layer, int order, int subjectRank, String template, int[] on) {
	}

	/** The effective targets, indexed [practice][element]; null where no entry applies. */
	static EffectiveTarget[][] of(AnalysedSystem s, TargetSet set) {
		List<Candidate> candidates = new ArrayList<>();
		for (TargetEntry entry : set.getEntries()) {
			candidates.add(candidate(s, entry, 0, candidates.size(), null));
		}
		TargetTemplate template = set.getTemplate();
		if (template != null) {
			if (template.eIsProxy()) {
				throw new IllegalArgumentException("Target set " + set.getName() + " at " + s.locator.locate(set)
						+ " names a template that could not be resolved; fix the model's errors first.");
			}
			for (TargetEntry entry : template.getEntries()) {
				candidates.add(candidate(s, entry, 1, candidates.size(), template.getName()));
			}
		}
		int n = s.size();
		EffectiveTarget[][] result = new EffectiveTarget[s.practices.size()][n];
		// one origin per entry and named element, shared by every row it decides: an inherited winner
		// keeps its parent's origin, an element's own winner looks its origin up here
		Map<Long, TargetOrigin> origins = new HashMap<>();
		Candidate[] best = new Candidate[n];
		int[] tier = new int[n];
		int[] bestOn = new int[n];
		TargetOrigin[] originAt = new TargetOrigin[n];
		for (int p = 0; p < s.practices.size(); p++) {
			Practice practice = s.practices.get(p);
			@SuppressWarnings("unchecked")
			List<Candidate>[] byOn = new List[n];
			boolean any = false;
			for (Candidate c : candidates) {
				if (covers(c.entry().getSubject(), practice)) {
					any = true;
					for (int on : c.on()) {
						if (byOn[on] == null) {
							byOn[on] = new ArrayList<>(2);
						}
						byOn[on].add(c);
					}
				}
			}
			if (!any) {
				continue;
			}
			// Elements come after the element around them, so each element starts from the winner of
			// its parent one tier further out and lets its own entries (tier 0) compete with it.
			for (int e = 0; e < n; e++) {
				Candidate winner = null;
				int winnerTier = 0;
				int winnerOn = -1;
				int up = s.parent[e];
				if (up >= 0 && best[up] != null) {
					winner = best[up];
					winnerTier = tier[up] + 1;
					winnerOn = bestOn[up];
				}
				if (byOn[e] != null) {
					for (Candidate c : byOn[e]) {
						if (winner == null || before(c, 0, winner, winnerTier)) {
							winner = c;
							winnerTier = 0;
							winnerOn = e;
						}
					}
				}
				best[e] = winner;
				tier[e] = winnerTier;
				bestOn[e] = winnerOn;
				if (winner != null) {
					TargetEntry entry = winner.entry();
					TargetOrigin origin;
					if (winnerTier > 0) {
						origin = originAt[up];
					} else {
						origin = origins.get((long) winner.order() * n + e);
						if (origin == null) {
							CatalogElement subject = entry.getSubject();
							origin = new TargetOrigin(set.getName(), winner.template(), subjectKind(subject),
									subject.getName(), s.elementRefs.get(e).path(), entry, s.locator.locate(entry),
									entry.getRationale());
							origins.put((long) winner.order() * n + e, origin);
						}
					}
					originAt[e] = origin;
					result[p][e] = new EffectiveTarget(s.practiceRefs.get(p), s.elementRefs.get(e), entry.getLevel(),
							entry.getScope() == null ? Scope.GENERAL : entry.getScope(),
							entry.getPriority() == null ? Priority.UNSPECIFIED : entry.getPriority(), origin);
				}
			}
		}
		return result;
	}

	/** Precedence: layer (own first), tier (nearest element first), subject (practice first), written order. */
	private static boolean before(Candidate a, int aTier, Candidate b, int bTier) {
		if (a.layer() != b.layer()) {
			return a.layer() < b.layer();
		}
		if (aTier != bTier) {
			return aTier < bTier;
		}
		if (a.subjectRank() != b.subjectRank()) {
			return a.subjectRank() < b.subjectRank();
		}
		return a.order() < b.order();
	}

	private static Candidate candidate(AnalysedSystem s, TargetEntry entry, int layer, int order, String template) {
		CatalogElement subject = entry.getSubject();
		if (subject == null || subject.eIsProxy()) {
			throw new IllegalArgumentException("Target entry at " + s.locator.locate(entry)
					+ " names a practice, subdomain or domain that could not be resolved; fix the model's errors first.");
		}
		s.checkLevel(entry.getLevel(), entry, "Target entry");
		List<ArchitectureElement> named = entry.getAppliesTo();
		int[] on = new int[Math.max(1, named.size())];
		for (int i = 0; i < named.size(); i++) {
			on[i] = s.own(named.get(i), entry, "Target entry");
		}
		// no element named: system-wide (index 0, the system)
		int subjectRank = subject instanceof Practice ? 0 : subject instanceof Subdomain ? 1 : 2;
		return new Candidate(entry, layer, order, subjectRank, template, on);
	}

	private static boolean covers(CatalogElement subject, Practice practice) {
		return subject == practice || subject == practice.eContainer()
				|| (practice.eContainer() != null && subject == practice.eContainer().eContainer());
	}

	private static String subjectKind(CatalogElement subject) {
		return subject instanceof Practice ? "practice" : subject instanceof Subdomain ? "subdomain" : "domain";
	}
}
