package org.iotsmm.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.iotsmm.cli.SmmCommand;

/** Runs the smm command in-process and keeps its exit code, stdout and stderr. */
record Run(int code, String out, String err) {

	static Run smm(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = SmmCommand.run(args, o, e);
		}
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
	}
}
