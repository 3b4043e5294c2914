package org.iotsmm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.ArchitectureDiagram;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;
import org.iotsmm.diagram.ZoneDiagrams;
import org.iotsmm.smm.Zone;

/**
 * The report's figures, drawn by the diagrams bundle; each is drawn once, when first asked for.
 * A large system's architecture is the zone overview, with one detail figure per zone
 * ({@link ZoneDiagrams}).
 */
public final class DiagramFigures implements FigureSource {

	/** Folder of the zone figures inside the report folder. */
	public static final String ZONE_FOLDER = "architecture-zones/";

	private final boolean large;
	private final Supplier<ArchitectureDiagram> architectureDiagram;
	private final Supplier<String> architecture;
	private final Supplier<String> profile;
	private final Supplier<String> trend;
	private final Supplier<String> heatMap;
	private final Map<String, Supplier<String>> svgFiles = new LinkedHashMap<>();
	private final Map<String, Supplier<byte[]>> pngFiles = new LinkedHashMap<>();
	private final List<ZoneFigure> zones = new ArrayList<>();

	public DiagramFigures(GapReport report, org.iotsmm.smm.System system) {
		large = ZoneDiagrams.isLarge(system);
		architectureDiagram = once(() -> large ? ZoneDiagrams.overview(report, system, Options.DEFAULT).diagram()
				: Diagrams.architecture(report, system, Options.DEFAULT));
		architecture = once(() -> Diagrams.svg(architectureDiagram.get()));
		profile = once(() -> Diagrams.maturityProfileSvg(report));
		trend = once(() -> report.progress().isEmpty() ? null : Diagrams.trendSvg(report));
		heatMap = once(() -> Diagrams.coverageHeatMapSvg(report));
		// which figures exist is known without drawing them: each is drawn when its file is written
		svgFiles.put("architecture.svg", architecture);
		svgFiles.put("maturity-profile.svg", profile);
		pngFiles.put("architecture.png", () -> Diagrams.png(architectureDiagram.get()));
		pngFiles.put("maturity-profile.png", () -> Diagrams.maturityProfilePng(report));
		if (!report.progress().isEmpty()) {
			svgFiles.put("trend.svg", trend);
			pngFiles.put("trend.png", () -> Diagrams.trendPng(report));
		}
		svgFiles.put("coverage.svg", heatMap);
		pngFiles.put("coverage.png", () -> Diagrams.coverageHeatMapPng(report));
		if (large) {
			Supplier<ZoneDiagrams.Prepared> prepared = once(() -> ZoneDiagrams.prepare(report, system, Options.DEFAULT));
			for (Zone zone : ZoneDiagrams.detailZones(system)) {
				String path = report.ref(zone).path();
				zones.add(new ZoneFigure(path, ZONE_FOLDER + fileName(path) + ".svg",
						() -> Diagrams.svg(prepared.get().zone(zone))));
			}
		}
	}

	/** A zone path as a file name: letters, digits, dot, dash and underscore. */
	static String fileName(String path) {
		return path.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	@Override
	public Optional<String> architectureSvg() {
		return Optional.ofNullable(architecture.get());
	}

	@Override
	public boolean architectureIsOverview() {
		return large;
	}

	@Override
	public List<ZoneFigure> zoneFigures() {
		return zones;
	}

	@Override
	public Optional<String> maturityProfileSvg() {
		return Optional.ofNullable(profile.get());
	}

	@Override
	public Optional<String> trendSvg() {
		return Optional.ofNullable(trend.get());
	}

	@Override
	public Optional<String> coverageHeatMapSvg() {
		return Optional.ofNullable(heatMap.get());
	}

	@Override
	public Map<String, byte[]> pngs() {
		Map<String, byte[]> images = new LinkedHashMap<>();
		pngFiles.forEach((name, png) -> images.put(name, png.get()));
		return images;
	}

	@Override
	public Map<String, Supplier<String>> svgFiles() {
		return java.util.Collections.unmodifiableMap(svgFiles);
	}

	@Override
	public Map<String, Supplier<byte[]>> pngFiles() {
		return java.util.Collections.unmodifiableMap(pngFiles);
	}

	private static <T> Supplier<T> once(Supplier<T> supplier) {
		return Once.of(supplier);
	}
}
