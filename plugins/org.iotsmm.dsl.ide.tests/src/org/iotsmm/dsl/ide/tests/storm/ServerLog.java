package org.iotsmm.dsl.ide.tests.storm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * What the server logs while a test runs: Xtext logs through log4j, lsp4j through
 * java.util.logging. Problems are errors and anything logged with an exception; warnings (a stale
 * change dropped, say) are kept apart, they are expected under a storm.
 */
public final class ServerLog implements AutoCloseable {

	private final List<String> problems = new CopyOnWriteArrayList<>();
	private final List<String> warnings = new CopyOnWriteArrayList<>();
	private final AppenderSkeleton log4j = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			boolean exception = event.getThrowableInformation() != null;
			String line = event.getLevel() + " " + event.getLoggerName() + ": " + event.getRenderedMessage()
					+ (exception ? trace(event.getThrowableInformation().getThrowable()) : "");
			if (exception || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				problems.add(line);
			} else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
				warnings.add(line);
			}
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
		}
	};
	private final Handler jul = new Handler() {
		@Override
		public void publish(LogRecord record) {
			boolean exception = record.getThrown() != null;
			String line = record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
					+ (exception ? trace(record.getThrown()) : "");
			if (exception || record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
				problems.add(line);
			} else if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
				warnings.add(line);
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	/** The exception and the first frames of its root cause: enough to find the fault in a report. */
	private static String trace(Throwable thrown) {
		Throwable root = thrown;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		StringBuilder trace = new StringBuilder(" / ").append(thrown);
		if (root != thrown) {
			trace.append(" caused by ").append(root);
		}
		StackTraceElement[] frames = root.getStackTrace();
		for (int i = 0; i < Math.min(12, frames.length); i++) {
			trace.append("\n    at ").append(frames[i]);
		}
		return trace.toString();
	}

	public ServerLog() {
		Logger.getRootLogger().addAppender(log4j);
		java.util.logging.Logger.getLogger("").addHandler(jul);
	}

	/** Errors and exceptions logged so far. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/** One problem of each kind (the same message and first frame), with how often it came. */
	public List<String> kindsOfProblems() {
		java.util.Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
		for (String problem : problems) {
			String[] lines = problem.split("\n", 3);
			String kind = lines[0] + (lines.length > 1 ? lines[1] : "");
			kinds.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(problem);
		}
		return kinds.values().stream().map(same -> same.size() + " x " + same.get(0)).toList();
	}

	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	@Override
	public void close() {
		Logger.getRootLogger().removeAppender(log4j);
		java.util.logging.Logger.getLogger("").removeHandler(jul);
	}
}
