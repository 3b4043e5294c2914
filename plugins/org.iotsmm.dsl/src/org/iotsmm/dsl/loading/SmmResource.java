package org.iotsmm.dsl.loading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * The resource of a .smm file: before parsing, the text is held against {@link InputLimits}. A file
 * beyond a limit is read as empty and carries one located error, so every tool (command line,
 * language server, editor) says what is too large instead of running out of memory or stack.
 */
public class SmmResource extends LazyLinkingResource {

	@Override
	protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		byte[] bytes = in.readNBytes(InputLimits.MAX_FILE_BYTES + 1);
		InputLimits.Exceeded exceeded;
		if (bytes.length > InputLimits.MAX_FILE_BYTES) {
			exceeded = InputLimits.fileTooLarge(bytes.length + in.transferTo(OutputStream.nullOutputStream()));
		} else {
			exceeded = InputLimits.check(new String(bytes, charset()));
		}
		if (exceeded == null) {
			if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
				bytes[bytes.length - 1] = '\n'; // see endsWithLineFeed
			}
			super.doLoad(new ByteArrayInputStream(bytes), options);
		} else {
			bytes = null; // let the oversized text go before the (empty) parse
			super.doLoad(new ByteArrayInputStream(new byte[0]), options);
			getErrors().add(new LimitDiagnostic(exceeded, getURI()));
		}
	}

	/** An edit, parsed in part: the linker learns what the parse replaced ({@link IncrementalLinker}). */
	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		ReplacedPart.open(this);
		try {
			super.update(offset, replacedTextLength, newText);
		} finally {
			ReplacedPart.close();
		}
	}

	@Override
	public void reparse(String newContent) throws IOException {
		// UTF-8 takes at most 3 bytes per char: only a long text needs its bytes counted
		long size = newContent.length() * 3L > InputLimits.MAX_FILE_BYTES ? newContent.getBytes(charset()).length
				: newContent.length();
		InputLimits.Exceeded exceeded = size > InputLimits.MAX_FILE_BYTES ? InputLimits.fileTooLarge(size)
				: InputLimits.check(newContent);
		if (exceeded == null) {
			super.reparse(endsWithLineFeed(newContent));
		} else {
			super.reparse("");
			getErrors().add(new LimitDiagnostic(exceeded, getURI()));
		}
	}

	/**
	 * Called for every reference that resolves while the file has any error or warning. Xtext finds
	 * the diagnostic to drop by building the message the reference would have had if it failed; ours
	 * searches every name in scope for the nearest ones (did-you-mean), so one typo or syntax error
	 * made every other reference of the file pay that search: 135 of the 138 ms of linking a
	 * 200-component system with one misspelt practice. A linking diagnostic is located at its
	 * reference's text, which identifies it without a message.
	 */
	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (getErrors().isEmpty() && getWarnings().isEmpty()) {
			return;
		}
		INode node = triple.getThird();
		removeLinkingDiagnosticsAt(getErrors(), node);
		removeLinkingDiagnosticsAt(getWarnings(), node);
	}

	private static void removeLinkingDiagnosticsAt(List<Diagnostic> diagnostics, INode node) {
		diagnostics.removeIf(d -> d instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
				&& linking.getLength() == node.getLength());
	}

	/**
	 * A text ending in a lone carriage return made Xtext's line and column conversion read one
	 * character past the end (a StringIndexOutOfBoundsException, swallowed, and the syntax error at
	 * the end lost; found by fuzzing). The same line end as a line feed keeps length and offsets.
	 */
	static String endsWithLineFeed(String text) {
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) + "\n" : text;
	}

	private Charset charset() {
		try {
			return Charset.forName(getEncoding());
		} catch (RuntimeException e) {
			return java.nio.charset.StandardCharsets.UTF_8;
		}
	}

	/** The error of a limit, located at the offending text (file, line, column). */
	static final class LimitDiagnostic extends AbstractDiagnostic {

		private final InputLimits.Exceeded exceeded;
		private final URI uri;

		LimitDiagnostic(InputLimits.Exceeded exceeded, URI uri) {
			this.exceeded = exceeded;
			this.uri = uri;
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return exceeded.code();
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return exceeded.message();
		}

		@Override
		public String getLocation() {
			return uri == null ? null : uri.toString();
		}

		@Override
		public int getLine() {
			return exceeded.line();
		}

		@Override
		public int getColumn() {
			return exceeded.column();
		}

		@Override
		public int getOffset() {
			return exceeded.offset();
		}

		@Override
		public int getLength() {
			return 1;
		}

		@Override
		public URI getUriToProblem() {
			return null;
		}
	}
}
