package org.iotsmm.analysis;

/**
 * A summary of practice rows over a group of practices ({@code group} is {@code subdomain},
 * {@code domain} or {@code catalog}; {@code name} the subdomain or domain name, or the catalog
 * name) and over one element ({@code element} is its path) or over all elements
 * ({@code element == null}).
 * <p>
 * The rule (also in {@code docs/method.md}): each practice of the group is summarised over the
 * chosen elements from its rows that have a target. The practice's status is the worst row status
 * (GAP &gt; NOT_ASSESSED &gt; MET/EXCEEDS) and its level gap the largest row level gap. Then
 * {@code practicesWithTarget} counts practices with at least one targeted row;
 * {@code practicesMet}, {@code practicesWithGap} and {@code practicesNotAssessed} split them by
 * that status (they add up to practicesWithTarget); {@code totalLevelGap} sums and
 * {@code largestLevelGap} maximises the practices' level gaps; {@code rowsNotAssessed} counts the
 * targeted rows with no finding (a practice with a gap on one element and no finding on another
 * is counted as a gap above and still shows here). The roll-up's status is the worst practice
 * status, so a group with any practice-level gap is never shown as met.
 */
public record RollUp(String group, String name, String element, int practicesWithTarget, int practicesMet,
		int practicesWithGap, int practicesNotAssessed, int totalLevelGap, int largestLevelGap, int rowsNotAssessed,
		Status status) {

	public static final String SUBDOMAIN = "subdomain";
	public static final String DOMAIN = "domain";
	public static final String CATALOG = "catalog";
}
