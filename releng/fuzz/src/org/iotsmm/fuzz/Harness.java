package org.iotsmm.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.iotsmm.cli.SmmCommand;

import picocli.CommandLine;

/**
 * Runs {@code smm} subcommands in this JVM the way {@code org.iotsmm.cli.Main} does (a worker thread
 * with its deep stack), but with an exception handler that lets everything through that is not the
 * command's own {@code Failure}: the real CLI would print such an exception as "smm: message", which
 * hides the crash; here it is a finding. Each run also checks what a user sees: an exit code of 0, 1
 * or 2 and no stack trace on either stream.
 */
final class Harness {

	/** The same stack as {@code org.iotsmm.cli.Main}: parsing descends once per nested block. */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	/** What a located diagnostic of smm validate looks like: file:line:col: severity: message. */
	static final Pattern LOCATED = Pattern.compile("^.+:[1-9][0-9]*:[1-9][0-9]*: (error|warning|info): \\S.*$");

	private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Exception in thread|^Caused by: ");

	private static boolean initialised;

	/** Errors logged during a command: Xtext logs (and swallows) an exception thrown inside a check. */
	private static final List<String> LOGGED = new CopyOnWriteArrayList<>();

	private Harness() {
	}

	/** The exit code and both streams of one command. */
	record Result(int exit, String out, String err) {
	}

	/** A run that broke a promise of the tool: the fuzzer reports it as a crash. */
	static final class Finding extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Finding(String message) {
			super(message);
		}
	}

	/**
	 * Settings smm makes once per process (logging), before the first command. Each target then runs
	 * one seed before fuzzing starts: loading and instrumenting the classes takes minutes on a busy
	 * machine, and inside the first timed input it would be taken for a hang.
	 */
	static synchronized void initialise() {
		if (!initialised) {
			PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
			SmmCommand.run(new String[] { "--version" }, sink, sink);
			Logger.getRootLogger().addAppender(new AppenderSkeleton() {
				@Override
				protected void append(LoggingEvent event) {
					if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
						ThrowableInformation thrown = event.getThrowableInformation();
						LOGGED.add(event.getRenderedMessage() + (thrown == null ? "" : " " + stackTrace(thrown.getThrowable())));
					}
				}

				@Override
				public void close() {
				}

				@Override
				public boolean requiresLayout() {
					return false;
				}
			});
			initialised = true;
		}
	}

	private static String stackTrace(Throwable t) {
		java.io.StringWriter w = new java.io.StringWriter();
		t.printStackTrace(new PrintWriter(w));
		return w.toString();
	}

	/** Runs {@code smm args}; rethrows any exception that escapes the command other than its Failure. */
	static Result smm(String... args) {
		initialise();
		Throwable[] escaped = new Throwable[1];
		Result[] result = new Result[1];
		Thread worker = new Thread(null, () -> {
			try {
				result[0] = execute(args, escaped);
			} catch (Throwable t) {
				escaped[0] = t;
			}
		}, "smm-fuzz", STACK_BYTES);
		// Libraries (POI's logger) print to the process's stderr, outside the command's streams: a user sees it too.
		PrintStream stderr = System.err;
		ByteArrayOutputStream processErr = new ByteArrayOutputStream();
		System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
		worker.start();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} finally {
			System.setErr(stderr);
		}
		String printed = processErr.toString(StandardCharsets.UTF_8);
		stderr.print(printed);
		if (STACK_TRACE.matcher(printed).find()) {
			throw new Finding("smm " + String.join(" ", args) + " printed a stack trace on the process's stderr:\n" + printed);
		}
		if (escaped[0] instanceof RuntimeException e) {
			throw e;
		}
		if (escaped[0] instanceof Error e) {
			throw e;
		}
		if (escaped[0] != null) {
			throw new Finding("smm " + String.join(" ", args) + " threw " + escaped[0]);
		}
		if (!LOGGED.isEmpty()) {
			String logged = String.join("\n", LOGGED);
			LOGGED.clear();
			throw new Finding("smm " + String.join(" ", args) + " logged an error (an exception swallowed inside):\n" + logged);
		}
		Result r = result[0];
		if (r.exit < 0 || r.exit > 2) {
			throw new Finding("smm " + String.join(" ", args) + " exited " + r.exit + "; expected 0, 1 or 2\n" + r.err);
		}
		if (STACK_TRACE.matcher(r.out).find() || STACK_TRACE.matcher(r.err).find()) {
			throw new Finding("smm " + String.join(" ", args) + " printed a stack trace:\n" + r.out + r.err);
		}
		return r;
	}

	private static Result execute(String[] args, Throwable[] escaped) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine commandLine = new CommandLine(new SmmCommand());
		commandLine.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
		commandLine.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e.getClass().getName().equals("org.iotsmm.cli.Failure")) {
				cmd.getErr().println("smm: " + e.getMessage());
				java.lang.reflect.Field code = e.getClass().getDeclaredField("code");
				code.setAccessible(true);
				return code.getInt(e);
			}
			escaped[0] = e;
			return -1;
		});
		int exit = commandLine.execute(args);
		if (escaped[0] instanceof Exception e) {
			throw e;
		}
		if (escaped[0] instanceof Error e) {
			throw e;
		}
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Every stdout line of smm validate is a located diagnostic. */
	static void assertLocated(Result validate) {
		for (String line : validate.out.split("\n")) {
			if (!line.isEmpty() && !LOCATED.matcher(line).matches()) {
				throw new Finding("a diagnostic without file:line:col: " + line);
			}
		}
		if (validate.exit == 1 && validate.out.isBlank()) {
			throw new Finding("exit code 1 but no diagnostic printed:\n" + validate.err);
		}
	}

	/** A fresh scratch folder in memory (tmpfs when there is one): the fuzzer writes thousands. */
	static Path scratch() {
		try {
			Path base = Path.of(System.getProperty("iotsmm.fuzz.scratch", Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir")));
			return Files.createTempDirectory(base, "smm-fuzz-");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void delete(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a scratch folder left in tmpfs is no finding
		}
	}

	static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void write(Path file, byte[] bytes) {
		try {
			Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The repository (for the seed models); set by releng/fuzz.sh. */
	static Path root() {
		return Path.of(System.getProperty("iotsmm.root", "."));
	}
}
