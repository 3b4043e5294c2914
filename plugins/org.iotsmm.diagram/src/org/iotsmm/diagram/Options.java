package org.iotsmm.diagram;

/**
 * What an architecture diagram shows and how it is laid out.
 * <p>
 * {@code domain} and {@code practice} filter the statuses (a component is coloured by its worst
 * row among the practices of that domain, or of that one practice; {@code null} means all
 * practices). {@code practice} may be a qualified name ({@code Governance.ThreatModeling}), a code
 * or a plain name, as {@link org.iotsmm.analysis.GapReport#practice(String)} accepts.
 * <p>
 * {@code includeChildrenLimit} picks the layout strategy: systems with at most that many
 * components are laid out in one ELK call with hierarchy handling INCLUDE_CHILDREN (every flow,
 * including those across zones, is routed orthogonally by ELK); larger systems use
 * SEPARATE_CHILDREN (each zone laid out on its own, bottom-up, which is 5-7 times faster, see
 * docs/performance-facts.md) and the flows between different zones are then drawn by this bundle
 * as straight lines from border to border.
 */
public record Options(String domain, String practice, int includeChildrenLimit) {

	/** Components up to which one hierarchical ELK call is used (about 1.3 s at 1,000 components). */
	public static final int DEFAULT_INCLUDE_CHILDREN_LIMIT = 400;

	/** All practices, default strategy threshold. */
	public static final Options DEFAULT = new Options(null, null, DEFAULT_INCLUDE_CHILDREN_LIMIT);

	public Options withDomain(String newDomain) {
		return new Options(newDomain, practice, includeChildrenLimit);
	}

	public Options withPractice(String newPractice) {
		return new Options(domain, newPractice, includeChildrenLimit);
	}

	public Options withIncludeChildrenLimit(int limit) {
		return new Options(domain, practice, limit);
	}

	/** For titles: "" when unfiltered. */
	String describeFilter() {
		if (domain == null && practice == null) {
			return "";
		}
		return (domain != null ? "domain " + domain : "") + (domain != null && practice != null ? ", " : "")
				+ (practice != null ? "practice " + practice : "");
	}
}
