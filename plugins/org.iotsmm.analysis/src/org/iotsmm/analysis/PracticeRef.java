package org.iotsmm.analysis;

/**
 * A catalog practice as the report names it: {@code qualifiedName} is {@code Domain.Practice}
 * (for example {@code Governance.ThreatModeling}), {@code code} the catalog's short code
 * ({@code TM}), {@code order} its position in the catalog (0-based, catalog order).
 */
public record PracticeRef(String qualifiedName, String code, String name, String title, String domain,
		String subdomain, int order) {
}
