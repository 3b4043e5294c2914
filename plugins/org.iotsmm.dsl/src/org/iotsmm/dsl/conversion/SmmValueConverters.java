package org.iotsmm.dsl.conversion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.iotsmm.smm.EvidenceKind;

import com.google.inject.Inject;

/** Converts dates, text blocks and plain strings between their .smm spelling and model values. */
public class SmmValueConverters extends DefaultTerminalConverters {

	@Inject
	private TextBlocks textBlocks;

	@Inject
	private QuotedTexts quotedTexts;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return quotedTexts;
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<LocalDate> DATE() {
		return new IValueConverter<>() {
			@Override
			public LocalDate toValue(String string, INode node) {
				if (string == null) {
					return null;
				}
				try {
					return LocalDate.parse(string);
				} catch (DateTimeParseException e) {
					throw new ValueConverterException("'" + string
							+ "' is not a calendar date; write an existing day as YYYY-MM-DD (ISO 8601)", node, e);
				}
			}

			@Override
			public String toString(LocalDate value) {
				return value == null ? null : value.toString();
			}
		};
	}

	/** The kinds an evidence item may name, in the order assessors are offered them. */
	public static final java.util.List<EvidenceKind> EVIDENCE_KINDS = EvidenceKind.VALUES.stream()
			.filter(k -> k != EvidenceKind.UNSPECIFIED).toList();

	@ValueConverter(rule = "EvidenceKindName")
	public IValueConverter<EvidenceKind> EvidenceKindName() {
		return new IValueConverter<>() {
			@Override
			public EvidenceKind toValue(String string, INode node) {
				if (string == null) {
					return null;
				}
				String name = string.startsWith("^") ? string.substring(1) : string;
				for (EvidenceKind kind : EVIDENCE_KINDS) {
					if (kind.getLiteral().equals(name)) {
						return kind;
					}
				}
				throw new ValueConverterException("'" + name + "' is not a kind of evidence; write one of "
						+ String.join(", ", EVIDENCE_KINDS.stream().map(EvidenceKind::getLiteral).toList())
						+ " before the description, or leave the kind out", node, null);
			}

			@Override
			public String toString(EvidenceKind value) {
				return value == null || value == EvidenceKind.UNSPECIFIED ? null : value.getLiteral();
			}
		};
	}

	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		IValueConverter<String> string = STRING();
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) {
				if (text != null && text.startsWith("\"\"\"")) {
					return textBlocks.toValue(text);
				}
				return string.toValue(text, node);
			}

			@Override
			public String toString(String value) {
				if (value != null && value.indexOf('\n') >= 0 && !value.contains("\"\"\"")) {
					return textBlocks.toText(value);
				}
				return string.toString(value);
			}
		};
	}

	@ValueConverter(rule = "TEXT_BLOCK")
	public IValueConverter<String> TEXT_BLOCK() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) {
				return textBlocks.toValue(text);
			}

			@Override
			public String toString(String value) {
				return textBlocks.toText(value);
			}
		};
	}
}
