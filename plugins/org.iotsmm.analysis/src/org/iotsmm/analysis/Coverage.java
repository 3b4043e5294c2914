package org.iotsmm.analysis;

import java.util.List;

/**
 * Which targets and findings apply to each component. {@code components} has one entry per
 * component (in element order) with the rows of every practice that has a target or a finding
 * there; {@code uncoveredComponents} lists the components that no target covers for any practice;
 * {@code practicesWithoutFinding} lists practices that have a target on some element where no
 * finding of the assessment applies, with those elements.
 */
public record Coverage(List<ComponentCoverage> components, List<String> uncoveredComponents,
		List<PracticeWithoutFinding> practicesWithoutFinding) {

	public Coverage {
		components = List.copyOf(components);
		uncoveredComponents = List.copyOf(uncoveredComponents);
		practicesWithoutFinding = List.copyOf(practicesWithoutFinding);
	}

	/** One component's row of the matrix: cells for practices with a target or a finding. */
	public record ComponentCoverage(ElementRef component, List<GapRow> cells, int targets, int findings) {
		public ComponentCoverage {
			cells = List.copyOf(cells);
		}
	}

	/** A targeted practice without a finding on the listed element paths. */
	public record PracticeWithoutFinding(PracticeRef practice, List<String> elements) {
		public PracticeWithoutFinding {
			elements = List.copyOf(elements);
		}
	}
}
