package org.iotsmm.cli;

/** Entry point of the {@code smm} command (plain JVM launch). */
public final class Main {

	/** Parsing descends once per nested block; a deep stack turns pathological files into diagnostics. */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	private Main() {
	}

	public static void main(String[] args) throws InterruptedException {
		int[] exit = { SmmCommand.USAGE_OR_IO };
		Thread worker = new Thread(null, () -> exit[0] = SmmCommand.run(args, System.out, System.err), "smm", STACK_BYTES);
		worker.start();
		worker.join();
		System.exit(exit[0]);
	}
}
