package org.iotsmm.cli;

/** Entry point of the {@code smm} command (plain JVM launch). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(SmmCommand.run(args, System.out, System.err));
	}
}
