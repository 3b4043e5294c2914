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

	/**
	 * True when {@link #architectureSvg()} is the overview of a large system (zones as nodes,
	 * flows aggregated between zones) and {@link #zoneFigures()} holds one detail figure per zone.
	 */
	default boolean architectureIsOverview() {
		return false;
	}

	/** The detail figures of the zones (every flow routed), written beside the report; empty for small systems. */
	default java.util.List<ZoneFigure> zoneFigures() {
		return java.util.List.of();
	}

	/**
	 * The figure files of the SVG format by file name (architecture.svg, maturity-profile.svg,
	 * trend.svg, coverage.svg: those present), each drawn when its file is written. This default
	 * draws them now to learn which are present; a source that knows without drawing overrides it,
	 * so that the report's files are drawn in parallel ({@link ReportWriter#write}).
	 */
	default java.util.Map<String, java.util.function.Supplier<String>> svgFiles() {
		java.util.Map<String, java.util.function.Supplier<String>> files = new java.util.LinkedHashMap<>();
		architectureSvg().ifPresent(svg -> files.put("architecture.svg", () -> svg));
		maturityProfileSvg().ifPresent(svg -> files.put("maturity-profile.svg", () -> svg));
		trendSvg().ifPresent(svg -> files.put("trend.svg", () -> svg));
		coverageHeatMapSvg().ifPresent(svg -> files.put("coverage.svg", () -> svg));
		return files;
	}

	/** The same for the PNG format: by default the images of {@link #pngs()}, drawn now. */
	default java.util.Map<String, java.util.function.Supplier<byte[]>> pngFiles() {
		java.util.Map<String, java.util.function.Supplier<byte[]>> files = new java.util.LinkedHashMap<>();
		pngs().forEach((name, bytes) -> files.put(name, () -> bytes));
		return files;
	}

	/** One zone's detail figure: the zone path, its file name in the output folder, and the SVG, drawn when asked for. */
	record ZoneFigure(String zone, String fileName, java.util.function.Supplier<String> svg) {
	}

	/** No figures (reports say where a figure would be). */
	static FigureSource none() {
		return new FigureSource() {
		};
	}
}
