package org.iotsmm.analysis;

import java.util.List;

import org.iotsmm.smm.MappingRelation;

/**
 * One requirement of an external standard, read through the practices mapped to it
 * ({@link StandardStatuses}). {@code mapped} lists each practice mapping with that practice's own
 * state for this requirement.
 */
public record RequirementStatus(String id, String title, String group, State state, List<MappedPractice> mapped) {

	public RequirementStatus {
		mapped = List.copyOf(mapped);
	}

	/** Order of severity as in {@link Status}: a gap is worst, not assessed may hide one. */
	public enum State {
		/** No practice is mapped to the requirement. */
		NOT_MAPPED("not mapped"),
		/** Every mapped practice reaches its target and the mapping's level on every element. */
		MET("met"),
		/** A mapped practice has a row without a finding (and none with a gap). */
		NOT_ASSESSED("not assessed"),
		/** A mapped practice falls short of its target or of the mapping's level somewhere. */
		GAP("gap");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		static State worst(State a, State b) {
			return a.ordinal() >= b.ordinal() ? a : b;
		}
	}

	/** A practice mapped to the requirement ({@code level} 0: any level), and its state. */
	public record MappedPractice(PracticeRef practice, int level, MappingRelation relation, State state) {
	}
}
