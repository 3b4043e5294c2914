package org.iotsmm.benchmarks;

import java.lang.management.ManagementFactory;

/** Wall time and retained heap, as the benchmarks print them. */
final class Measure {

	private Measure() {
	}

	static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static String mb(long bytes) {
		return String.format("%.1f", bytes / (1024.0 * 1024.0));
	}

	static String seconds(long nanos) {
		return String.format("%.2f", nanos / 1e9);
	}

	static String header(String benchmark, String reproduce) {
		return "# " + benchmark + "\n# reproduce: " + reproduce + "\n# JVM: " + System.getProperty("java.version") + ", max heap "
				+ mb(Runtime.getRuntime().maxMemory()) + " MB, " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ ManagementFactory.getRuntimeMXBean().getInputArguments();
	}
}
