package org.iotsmm.report;

import java.util.Optional;

/**
 * The figures a report can show, as SVG documents (an {@code <svg>} element, optionally preceded
 * by an XML declaration). The HTML and PDF writers inline every figure that is present and say
 * plainly where one is not. The diagrams bundle supplies the real implementation; {@link #none()}
 * has no figure at all.
 */
public interface FigureSource {

	/** The architecture (zones, components, flows), coloured by gap. */
	default Optional<String> architectureSvg() {
		return Optional.empty();
	}

	/** Target versus achieved level per practice. */
	default Optional<String> maturityProfileSvg() {
		return Optional.empty();
	}

	/** Progress over the assessments. */
	default Optional<String> trendSvg() {
		return Optional.empty();
	}

	/** Components by practices, coloured by status. */
	default Optional<String> coverageHeatMapSvg() {
		return Optional.empty();
	}

	/** The same figures as PNG images, by file name (architecture.png, ...); empty when none. */
	default java.util.Map<String, byte[]> pngs() {
		return java.util.Map.of();
	}

	/** No figures (reports say where a figure would be). */
	static FigureSource none() {
		return new FigureSource() {
		};
	}
}
