package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;

/**
 * One quick fix as a plain text replacement, computed in the background with the model at hand
 * and applied later on the UI thread (to an editor's document or through a marker).
 */
public record Fix(String label, int offset, int length, String text) {

	/** Encodes fixes into one marker attribute value (fields separated by control characters). */
	public static String encode(List<Fix> fixes) {
		StringBuilder out = new StringBuilder();
		for (Fix fix : fixes) {
			out.append(fix.label()).append('\u001f').append(fix.offset()).append('\u001f').append(fix.length())
					.append('\u001f').append(fix.text()).append('\u001e');
		}
		return out.toString();
	}

	public static List<Fix> decode(String encoded) {
		List<Fix> fixes = new ArrayList<>();
		if (encoded == null) {
			return fixes;
		}
		for (String record : encoded.split("\u001e")) {
			String[] fields = record.split("\u001f", 4);
			if (fields.length == 4) {
				fixes.add(new Fix(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]), fields[3]));
			}
		}
		return fixes;
	}
}
