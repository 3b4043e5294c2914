package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.List;

import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Subdomain;

/**
 * docs/method.md, "Roll-ups": per subdomain, domain and the whole catalog, over one element or over
 * all elements. Each practice of a group is summarised from its targeted rows (worst status,
 * largest level gap); the group counts and sums those practices (see {@link RollUp}).
 */
final class RollUps {

	private final AnalysedSystem s;
	/** Practice indexes of each subdomain, then of its domain, then of the catalog, in output order. */
	private final List<Group> groups = new ArrayList<>();

	private record Group(String kind, String name, int[] members) {
	}

	RollUps(AnalysedSystem s) {
		this.s = s;
		Catalog catalog = s.system.getCatalog();
		int next = 0;
		for (Domain d : catalog.getDomains()) {
			int domainStart = next;
			for (Subdomain sub : d.getSubdomains()) {
				int[] members = range(next, sub.getPractices().size());
				next += members.length;
				groups.add(new Group(RollUp.SUBDOMAIN, sub.getName(), members));
			}
			groups.add(new Group(RollUp.DOMAIN, d.getName(), range(domainStart, next - domainStart)));
		}
		groups.add(new Group(RollUp.CATALOG, catalog.getName(), range(0, next)));
	}

	private static int[] range(int from, int count) {
		int[] result = new int[count];
		for (int i = 0; i < count; i++) {
			result[i] = from + i;
		}
		return result;
	}

	/** The practice summaries of one scope: worst status, largest level gap and rows not assessed. */
	private static final class Summary {
		final Status[] worst;
		final int[] gap;
		final int[] notAssessed;

		Summary(int practices) {
			worst = new Status[practices];
			gap = new int[practices];
			notAssessed = new int[practices];
			clear();
		}

		Summary clear() {
			java.util.Arrays.fill(worst, Status.NO_TARGET);
			java.util.Arrays.fill(gap, 0);
			java.util.Arrays.fill(notAssessed, 0);
			return this;
		}

		void add(int practice, Status status, int levelGap) {
			if (status == Status.NO_TARGET) {
				return;
			}
			worst[practice] = Status.worst(worst[practice], status);
			gap[practice] = Math.max(gap[practice], levelGap);
			if (status == Status.NOT_ASSESSED) {
				notAssessed[practice]++;
			}
		}
	}

	/** Every roll-up over all elements, then (when {@code perElement}) over each element in element order. */
	List<RollUp> of(List<GapRow> rows, boolean perElement) {
		int n = s.size();
		int practices = s.practices.size();
		List<RollUp> result = new ArrayList<>(groups.size() * (perElement ? n + 1 : 1));
		Summary all = new Summary(practices);
		for (int p = 0; p < practices; p++) {
			for (int e = 0; e < n; e++) {
				GapRow row = rows.get(p * n + e);
				all.add(p, row.status(), row.levelGap());
			}
		}
		addGroups(null, all, result);
		if (perElement) {
			Summary one = new Summary(practices);
			for (int e = 0; e < n; e++) {
				one.clear();
				for (int p = 0; p < practices; p++) {
					GapRow row = rows.get(p * n + e);
					one.add(p, row.status(), row.levelGap());
				}
				addGroups(s.elementRefs.get(e).path(), one, result);
			}
		}
		return result;
	}

	/** The whole-catalog roll-up over all elements, straight from targets and achieved states (no rows kept). */
	RollUp overall(EffectiveTarget[][] targets, Achieved[][] achieved) {
		int practices = s.practices.size();
		Summary all = new Summary(practices);
		for (int p = 0; p < practices; p++) {
			EffectiveTarget[] t = targets[p];
			Achieved[] a = achieved[p];
			for (int e = 0; e < t.length; e++) {
				if (t[e] != null) {
					Achieved found = a == null ? null : a[e];
					all.add(p, GapRows.status(t[e], found), GapRows.levelGap(t[e], found));
				}
			}
		}
		Group catalog = groups.get(groups.size() - 1);
		return rollUp(catalog, null, all);
	}

	private void addGroups(String element, Summary summary, List<RollUp> into) {
		for (Group group : groups) {
			into.add(rollUp(group, element, summary));
		}
	}

	private static RollUp rollUp(Group group, String element, Summary summary) {
		int withTarget = 0, met = 0, gaps = 0, notAssessed = 0, total = 0, largest = 0, rowsNotAssessed = 0;
		Status status = Status.NO_TARGET;
		for (int p : group.members()) {
			Status worst = summary.worst[p];
			if (worst == Status.NO_TARGET) {
				continue;
			}
			withTarget++;
			switch (worst) {
			case GAP -> gaps++;
			case NOT_ASSESSED -> notAssessed++;
			default -> met++;
			}
			total += summary.gap[p];
			largest = Math.max(largest, summary.gap[p]);
			rowsNotAssessed += summary.notAssessed[p];
			status = Status.worst(status, worst);
		}
		return new RollUp(group.kind(), group.name(), element, withTarget, met, gaps, notAssessed, total, largest,
				rowsNotAssessed, status);
	}
}
