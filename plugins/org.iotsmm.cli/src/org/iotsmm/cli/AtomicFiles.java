package org.iotsmm.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see either the old or the whole new content, never a part. */
final class AtomicFiles {

	private AtomicFiles() {
	}

	static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw new IOException(target + ": cannot write: " + e.getMessage(), e);
		}
	}
}
