package org.iotsmm.dsl.conversion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Converts dates, text blocks and plain strings between their .smm spelling and model values. */
public class SmmValueConverters extends DefaultTerminalConverters {

	@Inject
	private TextBlocks textBlocks;

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
