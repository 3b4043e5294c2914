package org.iotsmm.report;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook that comes from outside (a questionnaire filled in elsewhere and sent back) only
 * after checking it within stated limits, so that a zip bomb, an XML entity trick, a million-row
 * sheet, an encrypted or damaged file gets a clear refusal instead of an out-of-memory error or a
 * stack trace. The checks stream through the archive once with java.util.zip and StAX (no DTD, no
 * external entities); only a workbook within the limits reaches POI.
 * <p>
 * Limits (a questionnaire of the largest example is far below each): file {@value #MAX_FILE_BYTES}
 * bytes, {@value #MAX_PARTS} parts, {@value #MAX_PART_BYTES} bytes per unpacked part,
 * {@value #MAX_UNPACKED_BYTES} bytes unpacked in all, {@value #MAX_ROWS} rows per sheet. Within them
 * the import runs in a 256 MB heap (UntrustedWorkbookTest, HostileWorkbooksTest).
 */
public final class UntrustedWorkbook {

	public static final int MAX_FILE_BYTES = 16 << 20;
	public static final int MAX_PARTS = 1_000;
	public static final long MAX_PART_BYTES = 24L << 20;
	public static final long MAX_UNPACKED_BYTES = 48L << 20;
	public static final int MAX_ROWS = 20_000;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private UntrustedWorkbook() {
	}

	/**
	 * Reads the workbook from {@code in} and opens it. IllegalArgumentException, with a message that
	 * names the part or sheet, when it is not a workbook or exceeds a limit.
	 */
	public static XSSFWorkbook open(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			throw new IllegalArgumentException("the file is larger than " + megabytes(MAX_FILE_BYTES)
					+ "; a questionnaire is far smaller, refused");
		}
		if (bytes.length == 0) {
			throw new IllegalArgumentException("the file is empty, not an .xlsx workbook");
		}
		if (startsWith(bytes, OLE2)) {
			if (contains(bytes, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE))) {
				throw new IllegalArgumentException("the workbook is password-protected (encrypted); smm cannot read it. "
						+ "Remove the password (Excel: File > Info > Protect Workbook > Encrypt with Password, empty) and save again");
			}
			throw new IllegalArgumentException("this is an Excel 97-2003 (.xls) or other OLE2 file, not an .xlsx workbook; "
					+ "open it and save it as Excel Workbook (.xlsx)");
		}
		if (!startsWith(bytes, ZIP)) {
			throw new IllegalArgumentException("not an .xlsx workbook (an .xlsx file is a zip archive; this file starts with '"
					+ printable(bytes) + "')");
		}
		scan(bytes);
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		} catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("the workbook is damaged; Excel or LibreOffice may repair it ("
					+ withoutClassName(e) + ")", e);
		}
		return workbook;
	}

	/**
	 * Checks the cells a user fills in ({@code firstColumn} to {@code lastColumn} of every row after
	 * the header) hold values: a formula is not evaluated but refused (its result could differ from
	 * what the assessor saw, and DDE or external-reference formulas are a known trick), as is a
	 * hyperlink whose address is not the text shown (the record must say where evidence points; the
	 * links Excel makes of a typed address or e-mail are fine).
	 * Returns one message per bad cell, as SHEET!CELL: what.
	 */
	public static List<String> valuesOnly(Sheet sheet, int firstColumn, int lastColumn) {
		List<String> problems = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			for (int c = firstColumn; c <= lastColumn; c++) {
				Cell cell = row.getCell(c);
				if (cell == null) {
					continue;
				}
				String where = where(sheet, row.getRowNum(), c);
				if (cell.getCellType() == CellType.FORMULA) {
					problems.add(where + ": a formula (=" + shorten(cell.getCellFormula())
							+ ") where a value is expected; type the value itself");
				} else if (cell.getCellType() == CellType.ERROR) {
					problems.add(where + ": an error value where a value is expected");
				}
			}
		}
		// from the sheet's list, once: asking each cell for its link searches that list every time
		for (Hyperlink link : sheet.getHyperlinkList()) {
			int column = link.getFirstColumn();
			if (link.getFirstRow() < 1 || column < firstColumn || column > lastColumn || link.getAddress() == null) {
				continue;
			}
			Row row = sheet.getRow(link.getFirstRow());
			Cell cell = row == null ? null : row.getCell(column);
			String shown = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
			String address = link.getAddress().strip();
			if (!address.equals(shown) && !address.equals("mailto:" + shown)) {
				problems.add(where(sheet, link.getFirstRow(), column) + ": shows '" + shorten(shown) + "' but links to '"
						+ shorten(link.getAddress()) + "'; type the reference as text so that the record says where it points");
			}
		}
		return problems;
	}

	/** At most 50 messages, one a line, then how many more; a hostile sheet can have thousands of bad cells. */
	public static String list(List<String> problems) {
		int shown = Math.min(problems.size(), 50);
		String head = String.join("\n  ", problems.subList(0, shown));
		return problems.size() > shown ? head + "\n  ... and " + (problems.size() - shown) + " more" : head;
	}

	/** The address of a cell for messages: {@code Questionnaire!L5}. */
	public static String where(Sheet sheet, int rowIndex, int column) {
		return sheet.getSheetName() + "!" + new CellReference(rowIndex, column).formatAsString(false);
	}

	/** One pass over the archive: parts, sizes, document types, rows per sheet. */
	private static void scan(byte[] bytes) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		Map<String, String> sheetIdByName = new LinkedHashMap<>();
		Map<String, String> targetById = new HashMap<>();
		Set<String> names = new HashSet<>();
		long unpacked = 0;
		int parts = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String name = entry.getName();
				if (++parts > MAX_PARTS) {
					throw new IllegalArgumentException("the workbook has more than " + MAX_PARTS + " parts; refused");
				}
				if (!names.add(name.toLowerCase(Locale.ROOT))) {
					throw new IllegalArgumentException("the workbook is damaged: part " + name + " appears twice");
				}
				Bounded part = new Bounded(zip, name);
				if (isXml(name)) {
					xml(part, name, rows, sheetIdByName, targetById);
				}
				part.transferTo(java.io.OutputStream.nullOutputStream());
				unpacked += part.count;
				if (unpacked > MAX_UNPACKED_BYTES) {
					throw new IllegalArgumentException("the workbook unpacks to more than " + megabytes(MAX_UNPACKED_BYTES)
							+ " (a zip bomb?); refused");
				}
			}
		} catch (ZipException e) {
			throw new IllegalArgumentException("the workbook is damaged (not a readable zip archive: " + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new IllegalArgumentException("the workbook is damaged (" + e.getMessage() + ")", e);
		}
		if (!names.contains("[content_types].xml") || !names.contains("xl/workbook.xml")) {
			throw new IllegalArgumentException("a zip archive but not an .xlsx workbook (it has no "
					+ (names.contains("[content_types].xml") ? "xl/workbook.xml" : "[Content_Types].xml") + ")");
		}
		for (Map.Entry<String, String> sheet : sheetIdByName.entrySet()) {
			String target = targetById.get(sheet.getValue());
			if (target == null) {
				continue;
			}
			String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
			Integer count = rows.get(part);
			if (count != null && count > MAX_ROWS) {
				throw new IllegalArgumentException("sheet '" + sheet.getKey() + "' has more than " + MAX_ROWS
						+ " rows; a questionnaire has one per practice and element, refused");
			}
		}
		for (Map.Entry<String, Integer> part : rows.entrySet()) {
			if (part.getValue() > MAX_ROWS) {
				throw new IllegalArgumentException("part " + part.getKey() + " has more than " + MAX_ROWS + " rows; refused");
			}
		}
	}

	private static void xml(Bounded part, String name, Map<String, Integer> rows, Map<String, String> sheetIdByName,
			Map<String, String> targetById) throws IOException {
		boolean worksheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
		boolean workbook = name.equals("xl/workbook.xml");
		boolean workbookRels = name.equals("xl/_rels/workbook.xml.rels");
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		int count = 0;
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(part);
			try {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD) {
						throw new IllegalArgumentException("part " + name + " declares a document type (<!DOCTYPE>); an .xlsx "
								+ "never has one and it is how XML external entity attacks start, refused");
					}
					if (event == XMLStreamConstants.ENTITY_REFERENCE) {
						throw new IllegalArgumentException("part " + name + " refers to an entity (&" + reader.getLocalName()
								+ ";) that is not XML's own, refused");
					}
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String element = reader.getLocalName();
					if (worksheet && element.equals("row") && ++count > MAX_ROWS) {
						break; // enough to refuse; named by sheet after the scan
					} else if (workbook && element.equals("sheet")) {
						sheetIdByName.put(String.valueOf(reader.getAttributeValue(null, "name")),
								String.valueOf(reader.getAttributeValue(RELATIONSHIPS, "id")));
					} else if (workbookRels && element.equals("Relationship")) {
						targetById.put(String.valueOf(reader.getAttributeValue(null, "Id")),
								String.valueOf(reader.getAttributeValue(null, "Target")));
					}
				}
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			if (e.getNestedException() instanceof java.io.CharConversionException text) { // bytes that are not its encoding
				throw new IllegalArgumentException("the workbook is damaged: part " + name + " is not valid text ("
						+ withoutClassName(text) + ")", e);
			}
			if (e.getNestedException() instanceof IOException unpacking) {
				throw new IllegalArgumentException("the workbook is damaged: part " + name + " cannot be unpacked ("
						+ withoutClassName(unpacking) + ")", e);
			}
			throw new IllegalArgumentException("the workbook is damaged: part " + name + " is not well-formed XML ("
					+ withoutClassName(e) + ")", e);
		}
		if (worksheet) {
			rows.put(name, count);
		}
	}

	private static boolean isXml(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
	}

	/** Counts what a part unpacks to and stops at {@link #MAX_PART_BYTES}; never closes the zip. */
	private static final class Bounded extends FilterInputStream {
		private final String name;
		long count;

		Bounded(InputStream in, String name) {
			super(in);
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(int n) {
			count += n;
			if (count > MAX_PART_BYTES) {
				throw new IllegalArgumentException("part " + name + " unpacks to more than " + megabytes(MAX_PART_BYTES)
						+ " (a zip bomb?); refused");
			}
		}

		@Override
		public void close() {
			// the zip stream stays open for the next part
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] bytes, byte[] what) {
		outer: for (int i = 0; i + what.length <= bytes.length; i++) {
			for (int j = 0; j < what.length; j++) {
				if (bytes[i + j] != what[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static String printable(byte[] bytes) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < Math.min(bytes.length, 12); i++) {
			char c = (char) (bytes[i] & 0xff);
			b.append(c >= 0x20 && c < 0x7f ? c : '.');
		}
		return b.toString();
	}

	private static String shorten(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() > 60 ? line.substring(0, 57) + "..." : line;
	}

	/** The first line of an exception's message, without the class names POI puts in front of it. */
	private static String withoutClassName(Exception e) {
		String message = firstLine(e.getMessage());
		String bare = message.replaceAll("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error):\\s*", "");
		return bare.isBlank() ? e.getClass().getSimpleName() : bare;
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}

	private static String megabytes(long bytes) {
		return (bytes >> 20) + " MB";
	}
}
