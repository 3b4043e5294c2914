package org.iotsmm.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old or the whole new content, never a part: the
 * content goes to a temporary file in the same folder, which is then moved over the target. When
 * writing fails (an exception from the content, a full disk), the temporary file is deleted and
 * the previous file is left as it was.
 */
public final class AtomicFiles {

	/** Produces the content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new IOException(target + ": cannot create the folder " + directory + " (" + e.getMessage() + ")", e);
		}
		Path temporary;
		try {
			temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
		} catch (IOException e) {
			throw new IOException(target + ": cannot write into " + directory + " (" + describe(e) + ")", e);
		}
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
				content.writeTo(out);
			}
			keepPermissions(absolute, temporary);
			try {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw new IOException(target + ": cannot write: " + describe(e), e);
		}
	}

	/**
	 * Temporary files are private (0600); the result should be readable as an ordinary file: the
	 * replaced file's permissions, or rw-r--r-- for a new one.
	 */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
