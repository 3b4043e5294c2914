package org.iotsmm.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.diagram.Diagrams;
import org.iotsmm.diagram.Options;

/**
 * The report's figures, drawn by the diagrams bundle; each is drawn once, when first asked for (the
 * architecture needs the model: ask for the figures while the model may be read).
 */
public final class DiagramFigures implements FigureSource {

	private final Supplier<String> architecture;
	private final Supplier<String> profile;
	private final Supplier<String> trend;
	private final Supplier<String> heatMap;
	private final Supplier<Map<String, byte[]>> pngs;

	public DiagramFigures(GapReport report, org.iotsmm.smm.System system) {
		architecture = once(() -> Diagrams.architectureSvg(report, system, Options.DEFAULT));
		profile = once(() -> Diagrams.maturityProfileSvg(report));
		trend = once(() -> report.progress().isEmpty() ? null : Diagrams.trendSvg(report));
		heatMap = once(() -> Diagrams.coverageHeatMapSvg(report));
		pngs = once(() -> {
			Map<String, byte[]> images = new LinkedHashMap<>();
			images.put("architecture.png", Diagrams.architecturePng(report, system, Options.DEFAULT));
			images.put("maturity-profile.png", Diagrams.maturityProfilePng(report));
			if (!report.progress().isEmpty()) {
				images.put("trend.png", Diagrams.trendPng(report));
			}
			images.put("coverage.png", Diagrams.coverageHeatMapPng(report));
			return images;
		});
	}

	@Override
	public Optional<String> architectureSvg() {
		return Optional.ofNullable(architecture.get());
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
		return pngs.get();
	}

	private static <T> Supplier<T> once(Supplier<T> supplier) {
		return new Supplier<>() {
			private boolean done;
			private T value;

			@Override
			public synchronized T get() {
				if (!done) {
					value = supplier.get();
					done = true;
				}
				return value;
			}
		};
	}
}
