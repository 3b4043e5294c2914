package org.iotsmm.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapRow;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.EvidenceKind;
import org.iotsmm.smm.Finding;

/** The phrases of the evidence appendices: an item's kind and the indicators it shows, per finding. */
final class EvidenceText {

	private EvidenceText() {
	}

	/** {@code document: Threat model v3}, or the description alone when the kind is not given. */
	static String kindAndDescription(Evidence evidence) {
		String description = evidence.getDescription() == null ? "" : evidence.getDescription();
		return evidence.getKind() == null || evidence.getKind() == EvidenceKind.UNSPECIFIED ? description
				: evidence.getKind().getLiteral() + ": " + description;
	}

	/** {@code shows indicators 1, 3}, or {@code ""} when the item names no indicator. */
	static String shows(Evidence evidence) {
		if (evidence.getIndicators().isEmpty()) {
			return "";
		}
		return (evidence.getIndicators().size() == 1 ? "shows indicator " : "shows indicators ")
				+ evidence.getIndicators().stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** The first row of each distinct finding, in report order, at most {@code limit}; {@code seen} collects every finding. */
	static List<GapRow> findingRows(GapReport r, int limit, Set<Finding> seen) {
		List<GapRow> rows = new ArrayList<>();
		for (GapRow row : r.rows()) {
			if (row.achieved() != null && row.achieved().finding() != null && seen.add(row.achieved().finding())
					&& rows.size() < limit) {
				rows.add(row);
			}
		}
		return rows;
	}

	static List<GapRow> findingRows(GapReport r) {
		return findingRows(r, Integer.MAX_VALUE, new LinkedHashSet<>());
	}
}
