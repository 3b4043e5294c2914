package org.iotsmm.analysis;

/**
 * The state of one practice on one architecture element, compared with its effective target.
 * <p>
 * Severity order, used by {@link GapReport#worstStatus} and by the roll-ups:
 * {@code GAP > NOT_ASSESSED > MET > EXCEEDS > NO_TARGET}. A gap is worst because it is known
 * to be short of the target; not assessed comes next because it may hide a gap; met ranks above
 * exceeds so that one merely met practice is not shown as exceeding; no target says nothing.
 */
public enum Status {
	/** No target applies to this practice on this element. */
	NO_TARGET(0),
	/** The achieved level is above the target level and the target scope is reached. */
	EXCEEDS(1),
	/** The achieved level equals the target level and the target scope is reached. */
	MET(2),
	/** A target applies but no finding of the assessment applies. Never treated as level 0. */
	NOT_ASSESSED(3),
	/** The achieved level is below the target level, or the achieved scope is narrower. */
	GAP(4);

	private final int severity;

	Status(int severity) {
		this.severity = severity;
	}

	/** Higher is worse; see the class comment. */
	public int severity() {
		return severity;
	}

	/** True for {@link #MET} and {@link #EXCEEDS}: level and scope reached. */
	public boolean meetsTarget() {
		return this == MET || this == EXCEEDS;
	}

	/** The worse of two statuses. */
	public static Status worst(Status a, Status b) {
		return a.severity >= b.severity ? a : b;
	}

	/**
	 * The status of an achieved level and scope against a target. {@code targetScope} and
	 * {@code achievedScope} are ranks (0 general, 1 industry, 2 system).
	 */
	public static Status of(boolean hasTarget, int targetLevel, int targetScope, boolean assessed, int achievedLevel,
			int achievedScope) {
		if (!hasTarget) {
			return NO_TARGET;
		}
		if (!assessed) {
			return NOT_ASSESSED;
		}
		if (achievedLevel < targetLevel || achievedScope < targetScope) {
			return GAP;
		}
		return achievedLevel > targetLevel ? EXCEEDS : MET;
	}
}
