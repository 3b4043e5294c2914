package org.iotsmm.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a model the commands rewrite; bytes that are not UTF-8 get a located error, not a bare exception. */
final class Utf8Text {

	private Utf8Text() {
	}

	/** The file's text; a {@link Failure} naming file, line and column of the first byte that is not UTF-8. */
	static String read(Path file, int exitCode) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			throw new Failure(exitCode, file + ":" + line + ":" + (offset - lineStart + 1) + ": error: byte 0x"
					+ String.format("%02X", bytes[offset] & 0xFF) + " is not UTF-8 text; save the file as UTF-8 (it is left untouched)");
		}
		out.flip();
		return out.toString();
	}
}
