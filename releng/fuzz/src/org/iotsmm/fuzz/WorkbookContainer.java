package org.iotsmm.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The questionnaire target's input form: the parts of an .xlsx as text, each introduced by a line
 * {@code === NAME}, so that mutations land in the XML a hostile workbook would carry and not in
 * deflated bytes a zip reader refuses at once. Input that starts like a zip is used as is.
 */
final class WorkbookContainer {

	static final String MARKER = "=== ";

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private WorkbookContainer() {
	}

	static byte[] toXlsx(byte[] data) {
		if (data.length >= 4 && java.util.Arrays.equals(data, 0, 4, ZIP_MAGIC, 0, 4)) {
			return data;
		}
		String text = new String(data, StandardCharsets.ISO_8859_1); // byte for byte
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Set<String> names = new HashSet<>();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			int at = text.startsWith(MARKER) ? 0 : text.indexOf("\n" + MARKER);
			while (at >= 0) {
				int nameStart = at + (text.startsWith(MARKER, at) ? MARKER.length() : 1 + MARKER.length());
				int nameEnd = text.indexOf('\n', nameStart);
				if (nameEnd < 0) {
					break;
				}
				int next = text.indexOf("\n" + MARKER, nameEnd);
				String name = text.substring(nameStart, nameEnd);
				// an empty part: the next marker follows the name line at once
				String content = text.substring(nameEnd + 1, next < 0 ? text.length() : Math.max(nameEnd + 1, next));
				if (!name.isEmpty() && names.add(name)) {
					zip.putNextEntry(new ZipEntry(name));
					zip.write(content.getBytes(StandardCharsets.ISO_8859_1));
					zip.closeEntry();
				}
				at = next;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** The container text of an .xlsx (how the seed corpus is made from real workbooks). */
	static byte[] fromXlsx(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(MARKER).append(entry.getName()).append('\n')
						.append(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
			}
		}
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * POI's own exceptions for a damaged or foreign file (the command reports them as "cannot read
	 * the workbook"); anything else thrown by the reader is a crash.
	 */
	static boolean isPoiCorruptFileError(RuntimeException e) {
		String name = e.getClass().getName();
		return name.startsWith("org.apache.poi.") || name.startsWith("org.apache.xmlbeans.")
				|| name.startsWith("org.apache.commons.compress.");
	}

}
