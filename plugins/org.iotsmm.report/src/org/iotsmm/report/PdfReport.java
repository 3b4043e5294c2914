package org.iotsmm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/** The HTML report rendered to PDF by openhtmltopdf (PDFBox; inline SVG through Batik). */
public final class PdfReport {

	/** Held strongly: java.util.logging forgets the level of a logger nobody references. */
	private static final java.util.List<Logger> QUIET = new java.util.ArrayList<>();

	private PdfReport() {
	}

	public static void write(String xhtml, OutputStream out) throws IOException {
		quiet();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException e) {
			throw new IOException("PDF rendering failed: " + e.getMessage(), e);
		}
	}

	/** openhtmltopdf and PDFBox log through java.util.logging; a command line wants only errors. */
	private static void quiet() {
		XRLog.setLoggingEnabled(false);
		for (String name : new String[] { "org.apache.pdfbox", "org.apache.fontbox", "com.openhtmltopdf" }) {
			Logger logger = Logger.getLogger(name);
			logger.setLevel(Level.SEVERE);
			synchronized (QUIET) {
				if (!QUIET.contains(logger)) {
					QUIET.add(logger);
				}
			}
		}
	}
}
