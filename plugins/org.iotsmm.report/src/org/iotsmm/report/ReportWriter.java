package org.iotsmm.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.iotsmm.analysis.GapReport;
import org.iotsmm.analysis.GapReportJson;

/** Writes the chosen artifacts of one report into a folder, each file atomically. */
public final class ReportWriter {

	/** The artifact formats; {@code files} are the names written into the output folder. */
	public enum Format {
		HTML("report.html"), PDF("report.pdf"), MD("report.md"), JSON("gap-report.json"), CSV("gaps.csv", "roadmap.csv"),
		XLSX("report.xlsx"), SVG("architecture.svg", "maturity-profile.svg", "trend.svg", "coverage.svg"),
		PNG("architecture.png", "maturity-profile.png", "trend.png", "coverage.png");

		private final List<String> files;

		Format(String... files) {
			this.files = List.of(files);
		}

		public List<String> files() {
			return files;
		}

		/** Parses "html,pdf" (case-insensitive); IllegalArgumentException naming the valid formats. */
		public static Set<Format> parse(String list) {
			Set<Format> formats = EnumSet.noneOf(Format.class);
			for (String part : list.split(",")) {
				String name = part.strip().toUpperCase(Locale.ROOT);
				if (name.isEmpty()) {
					continue;
				}
				try {
					formats.add(valueOf(name));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("unknown format '" + part.strip() + "'; available: html, pdf, md, json, csv, xlsx, svg, png");
				}
			}
			if (formats.isEmpty()) {
				throw new IllegalArgumentException("no format given; available: html, pdf, md, json, csv, xlsx, svg, png");
			}
			return formats;
		}
	}

	/** One file to write: its name in the output folder and its content. */
	public record Artifact(String fileName, AtomicFiles.Content content) {
	}

	private ReportWriter() {
	}

	/** The artifacts of {@code formats}, in format order, with the default options. */
	public static List<Artifact> artifacts(GapReport report, FigureSource figures, Set<Format> formats) {
		return artifacts(report, figures, formats, ReportOptions.DEFAULT, StandardsSection.NONE);
	}

	/** The same, with the standards section in the HTML, PDF and Markdown reports. */
	public static List<Artifact> artifacts(GapReport report, FigureSource figures, Set<Format> formats,
			StandardsSection standards) {
		return artifacts(report, figures, formats, ReportOptions.DEFAULT, standards);
	}

	public static List<Artifact> artifacts(GapReport report, FigureSource figures, Set<Format> formats,
			ReportOptions requested) {
		return artifacts(report, figures, formats, requested, StandardsSection.NONE);
	}

	/**
	 * The artifacts of {@code formats}, in format order. A large system's architecture is an
	 * overview plus one detail figure per zone; with the SVG format the zone figures are written
	 * as {@code architecture-zones/<zone>.svg}. The standards section goes into the HTML, PDF and
	 * Markdown reports.
	 */
	public static List<Artifact> artifacts(GapReport report, FigureSource figures, Set<Format> formats,
			ReportOptions requested, StandardsSection standards) {
		List<Artifact> result = new ArrayList<>();
		ReportOptions options = requested.withLinkFullSizeFigures(formats.contains(Format.SVG));
		String[] html = new String[1];
		java.util.function.Supplier<String> page = () -> {
			if (html[0] == null) {
				html[0] = HtmlReport.render(report, figures, options, standards);
			}
			return html[0];
		};
		for (Format format : formats) {
			switch (format) {
			case HTML -> result.add(new Artifact("report.html", out -> out.write(page.get().getBytes(StandardCharsets.UTF_8))));
			case PDF -> result.add(new Artifact("report.pdf", out -> PdfReport.write(page.get(), out)));
			case MD -> result.add(new Artifact("report.md",
					out -> out.write(MarkdownReport.render(report, options, standards).getBytes(StandardCharsets.UTF_8))));
			case JSON -> result.add(new Artifact("gap-report.json", out -> {
				Writer w = writer(out);
				GapReportJson.write(report, w, GapReportJson.Form.COMPACT.withElementDetail(options.elementRollUps()));
				w.write('\n');
				w.flush();
			}));
			case CSV -> {
				result.add(new Artifact("gaps.csv", out -> {
					Writer w = writer(out);
					CsvReport.writeGaps(report, w);
					w.flush();
				}));
				result.add(new Artifact("roadmap.csv", out -> {
					Writer w = writer(out);
					CsvReport.writeRoadmap(report, w);
					w.flush();
				}));
			}
			case XLSX -> result.add(new Artifact("report.xlsx", out -> XlsxReport.write(report, out)));
			case SVG -> {
				svg(result, "architecture.svg", figures.architectureSvg());
				svg(result, "maturity-profile.svg", figures.maturityProfileSvg());
				svg(result, "trend.svg", figures.trendSvg());
				svg(result, "coverage.svg", figures.coverageHeatMapSvg());
				for (FigureSource.ZoneFigure zone : figures.zoneFigures()) {
					result.add(new Artifact(zone.fileName(),
							out -> out.write(zone.svg().get().getBytes(StandardCharsets.UTF_8))));
				}
			}
			case PNG -> figures.pngs().forEach((name, bytes) -> result.add(new Artifact(name, out -> out.write(bytes))));
			}
		}
		return result;
	}

	private static Writer writer(java.io.OutputStream out) {
		return new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}

	private static void svg(List<Artifact> result, String name, java.util.Optional<String> svg) {
		svg.ifPresent(text -> result.add(new Artifact(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)))));
	}

	/**
	 * Writes every artifact into {@code directory}; {@code progress} hears each file name before it
	 * is written. Stops at the first failure (files written before it are complete; the failing one
	 * keeps its previous content). Returns the written paths.
	 */
	public static List<Path> write(Path directory, List<Artifact> artifacts, Consumer<String> progress) throws IOException {
		List<Path> written = new ArrayList<>();
		for (Artifact artifact : artifacts) {
			Path file = directory.resolve(artifact.fileName());
			progress.accept(artifact.fileName());
			java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
			AtomicFiles.write(file, artifact.content());
			written.add(file);
		}
		return written;
	}
}
