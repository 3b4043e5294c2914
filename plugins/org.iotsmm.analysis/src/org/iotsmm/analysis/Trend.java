package org.iotsmm.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * How the findings changed from assessment {@code from} to assessment {@code to}, per practice and
 * element (only pairs where at least one of the two has an applicable finding). Achieved states
 * compare by level first, then by scope (general &lt; industry &lt; system).
 */
public record Trend(String from, LocalDate fromDate, String to, LocalDate toDate, List<Entry> entries) {

	public Trend {
		entries = List.copyOf(entries);
	}

	public enum Change {
		IMPROVED, REGRESSED, UNCHANGED, NEWLY_ASSESSED, DROPPED
	}

	/** One practice on one element; {@code before}/{@code after} are null when not assessed. */
	public record Entry(PracticeRef practice, ElementRef element, Achieved before, Achieved after, Change change) {
	}

	public long count(Change change) {
		return entries.stream().filter(e -> e.change() == change).count();
	}

	public List<Entry> entries(Change change) {
		return entries.stream().filter(e -> e.change() == change).toList();
	}
}
