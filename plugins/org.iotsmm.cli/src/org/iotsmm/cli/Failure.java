package org.iotsmm.cli;

/** A command cannot go on: the message is printed after "smm: ", and the process exits with code. */
final class Failure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final int code;

	Failure(int code, String message) {
		super(message);
		this.code = code;
	}
}
