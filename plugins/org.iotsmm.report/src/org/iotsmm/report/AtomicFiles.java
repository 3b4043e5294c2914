package org.iotsmm.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old or the whole new content, never a part: the
 * content goes to a temporary file in the same folder, which is then moved over the target. When
 * writing fails (an exception from the content, a full disk), the temporary file is deleted and
 * the previous file is left as it was.
 * <p>
 * A run killed between creating and moving the temporary file (SIGKILL, power loss) cannot delete
 * it, so temporary files carry a recognisable name, {@code .NAME.PID-RANDOM.smm-partial}, and each
 * write removes from its folder those whose process is gone. It also removes the
 * {@code .NAME.DIGITS.tmp} files that earlier versions left for the same target. A target that is a
 * symbolic link is refused: replacing it would drop the link, and writing through it could
 * overwrite whatever it points to (an input model).
 */
public final class AtomicFiles {

	/** Produces the content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Suffix of our temporary files; the name is {@code .TARGET.PID-RANDOM.smm-partial}. */
	static final String SUFFIX = ".smm-partial";

	private static final Pattern OURS = Pattern.compile("\\..+\\.(\\d+)-[0-9a-z]+" + Pattern.quote(SUFFIX));

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
		if (Files.isSymbolicLink(absolute)) {
			throw new IOException(target + ": is a symbolic link (to " + Files.readSymbolicLink(absolute)
					+ "); smm does not replace links or write through them. Remove the link or choose another output.");
		}
		removeLeftovers(directory, absolute.getFileName().toString());
		Path temporary;
		try {
			temporary = createTemporary(directory, absolute.getFileName().toString());
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

	private static Path createTemporary(Path directory, String name) throws IOException {
		long pid = ProcessHandle.current().pid();
		for (int attempt = 0;; attempt++) {
			String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
			Path candidate = directory.resolve("." + name + "." + pid + "-" + random + SUFFIX);
			try {
				return Files.createFile(candidate, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (java.nio.file.FileAlreadyExistsException e) {
				if (attempt > 8) {
					throw e;
				}
			} catch (UnsupportedOperationException e) {
				return Files.createFile(candidate);
			}
		}
	}

	/**
	 * Deletes the temporary files of killed runs from {@code directory}: ours whose process no longer
	 * exists (a live one may still be writing), and, for {@code name} only, the {@code .NAME.DIGITS.tmp}
	 * files of earlier versions. Best effort: a file that cannot be listed or deleted stays.
	 */
	static void removeLeftovers(Path directory, String name) {
		Pattern earlier = Pattern.compile(Pattern.quote("." + name + ".") + "\\d+\\.tmp");
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, ".*")) {
			for (Path entry : entries) {
				String file = entry.getFileName().toString();
				Matcher ours = OURS.matcher(file);
				boolean stale = ours.matches() ? !running(ours.group(1)) : earlier.matcher(file).matches();
				if (stale && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			// cleaning up is a courtesy; the write itself reports real problems
		}
	}

	private static boolean running(String pid) {
		try {
			long id = Long.parseLong(pid);
			return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException e) {
			return false;
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
