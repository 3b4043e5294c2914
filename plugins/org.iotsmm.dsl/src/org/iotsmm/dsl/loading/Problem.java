package org.iotsmm.dsl.loading;

import java.nio.file.Path;

/** One diagnostic about a .smm file, in the form editors and CI tools understand. */
public record Problem(Path file, int line, int column, Severity severity, String message, String code) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	/** {@code file:line:col: severity: message}, the format of compilers and linters. */
	public String format() {
		// one line per problem, whatever text of the model the message quotes (tools read "file:line:col: ...")
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message.replaceAll("\\s*\\R\\s*", " ");
	}
}
