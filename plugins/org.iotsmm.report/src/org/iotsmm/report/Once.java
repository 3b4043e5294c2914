package org.iotsmm.report;

import java.util.function.Supplier;

/**
 * A value computed on first use, by one thread: the report's artifacts are written in parallel
 * ({@link ReportWriter#write}) and share a page and figures that are drawn once.
 */
final class Once<T> implements Supplier<T> {

	private final Supplier<T> supplier;
	private boolean done;
	private T value;

	private Once(Supplier<T> supplier) {
		this.supplier = supplier;
	}

	static <T> Supplier<T> of(Supplier<T> supplier) {
		return new Once<>(supplier);
	}

	@Override
	public synchronized T get() {
		if (!done) {
			value = supplier.get();
			done = true;
		}
		return value;
	}
}
