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
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
		// one HTML page for report.html and report.pdf, rendered once by whichever is written first
		java.util.function.Supplier<String> page = Once.of(() -> HtmlReport.render(report, figures, options, standards));
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
				figures.svgFiles().forEach((name, svg) -> result.add(new Artifact(name,
						out -> out.write(svg.get().getBytes(StandardCharsets.UTF_8)))));
				for (FigureSource.ZoneFigure zone : figures.zoneFigures()) {
					result.add(new Artifact(zone.fileName(),
							out -> out.write(zone.svg().get().getBytes(StandardCharsets.UTF_8))));
				}
			}
			case PNG -> figures.pngFiles().forEach((name, png) -> result.add(new Artifact(name, out -> out.write(png.get()))));
			}
		}
		return result;
	}

	private static Writer writer(java.io.OutputStream out) {
		return new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}

	/**
	 * Writes every artifact into {@code directory}; {@code progress} hears each file name before it
	 * is written, always on the calling thread. The artifacts are independent of each other, so up
	 * to {@link #writers()} of them are written at the same time (the lists of a fleet, its pages
	 * and its figures take seconds each; a 10,000-component report spent 27 s writing them one
	 * after the other, docs/performance.md). Stops at the first failure: no further artifact is
	 * started, the ones under way are finished (every written file is complete; the failing one
	 * keeps its previous content). Returns the written paths, in the order of {@code artifacts}.
	 */
	public static List<Path> write(Path directory, List<Artifact> artifacts, Consumer<String> progress) throws IOException {
		return write(directory, artifacts, progress, writers());
	}

	/** As {@link #write(Path, List, Consumer)} with at most {@code parallel} artifacts written at the same time. */
	public static List<Path> write(Path directory, List<Artifact> artifacts, Consumer<String> progress, int parallel)
			throws IOException {
		List<Path> files = new ArrayList<>();
		for (Artifact artifact : artifacts) {
			files.add(directory.resolve(artifact.fileName()));
		}
		if (parallel <= 1 || artifacts.size() <= 1) {
			for (int i = 0; i < artifacts.size(); i++) {
				progress.accept(artifacts.get(i).fileName());
				writeOne(files.get(i), artifacts.get(i));
			}
			return files;
		}
		ExecutorService pool = Executors.newFixedThreadPool(parallel, WRITER_THREADS);
		CompletionService<Void> done = new ExecutorCompletionService<>(pool);
		int running = 0;
		Throwable failure = null;
		try {
			for (int i = 0; i < artifacts.size() && failure == null; i++) {
				while (running >= parallel && failure == null) {
					failure = outcome(done.take());
					running--;
				}
				if (failure != null) {
					break;
				}
				Artifact artifact = artifacts.get(i);
				Path file = files.get(i);
				progress.accept(artifact.fileName());
				done.submit(() -> {
					writeOne(file, artifact);
					return null;
				});
				running++;
			}
		} catch (RuntimeException | Error e) { // from progress (a cancelled job): finish what runs, then rethrow
			failure = e;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failure = new java.io.InterruptedIOException("interrupted while writing the report into " + directory);
		} finally {
			while (running > 0) { // never return while a file is still being written
				try {
					Throwable late = outcome(done.take());
					failure = failure == null ? late : failure;
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				running--;
			}
			pool.shutdown();
		}
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw new IOException(failure.getMessage(), failure);
		}
		return files;
	}

	/**
	 * How many artifacts are written at the same time: one per processor, at most
	 * {@link #MAX_WRITERS} (each holds one artifact in memory: a page, a figure, a stream's buffer).
	 */
	public static int writers() {
		return Math.max(1, Math.min(MAX_WRITERS, Runtime.getRuntime().availableProcessors()));
	}

	/** At most this many artifacts are written at the same time. */
	public static final int MAX_WRITERS = 4;

	/**
	 * Writer threads get the stack of the command's own thread: a deeply nested model recurses as
	 * deep while its pages and figures are written as while it was parsed.
	 */
	private static final long WRITER_STACK_BYTES = 512L * 1024 * 1024;

	private static final ThreadFactory WRITER_THREADS = new ThreadFactory() {
		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread t = new Thread(null, task, "report-writer-" + count.incrementAndGet(), WRITER_STACK_BYTES);
			t.setDaemon(true);
			return t;
		}
	};

	private static void writeOne(Path file, Artifact artifact) throws IOException {
		java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
		AtomicFiles.write(file, artifact.content());
	}

	/** The failure of a finished write, or null when it succeeded. */
	private static Throwable outcome(Future<Void> finished) throws InterruptedException {
		try {
			finished.get();
			return null;
		} catch (ExecutionException e) {
			return e.getCause();
		}
	}
}
