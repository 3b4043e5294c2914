package org.iotsmm.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.dsl.ide.highlighting.SmmHighlightingStyles;
import org.iotsmm.dsl.ui.SmmLanguage;

/**
 * The semantic tokens of one reconciled text (references and declarations by kind), as sorted
 * plain arrays: computed in the background by dsl.ide's calculator, read on the UI thread.
 */
public final class SemanticHighlighting {

	public static final SemanticHighlighting NONE = new SemanticHighlighting(new int[0], new int[0], new SmmStyle[0],
			new boolean[0]);

	private final int[] offsets;
	private final int[] lengths;
	private final SmmStyle[] styles;
	private final boolean[] declarations;

	private SemanticHighlighting(int[] offsets, int[] lengths, SmmStyle[] styles, boolean[] declarations) {
		this.offsets = offsets;
		this.lengths = lengths;
		this.styles = styles;
		this.declarations = declarations;
	}

	/** Runs with the project lock held. */
	public static SemanticHighlighting compute(XtextResource resource, CancelIndicator cancel) {
		ISemanticHighlightingCalculator calculator = SmmLanguage.injector().getInstance(ISemanticHighlightingCalculator.class);
		record Token(int offset, int length, SmmStyle style, boolean declaration) {
		}
		List<Token> tokens = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			SmmStyle style = ids.length == 0 ? null : SmmStyle.ofSemantic(ids[0]);
			if (style != null) {
				tokens.add(new Token(offset, length, style, Arrays.asList(ids).contains(SmmHighlightingStyles.DECLARATION)));
			}
		}, cancel);
		tokens.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		int n = tokens.size();
		int[] offsets = new int[n];
		int[] lengths = new int[n];
		SmmStyle[] styles = new SmmStyle[n];
		boolean[] declarations = new boolean[n];
		for (int i = 0; i < n; i++) {
			Token token = tokens.get(i);
			offsets[i] = token.offset();
			lengths[i] = token.length();
			styles[i] = token.style();
			declarations[i] = token.declaration();
		}
		return new SemanticHighlighting(offsets, lengths, styles, declarations);
	}

	public int size() {
		return offsets.length;
	}

	/** Index of the first token ending after {@code offset}. */
	public int firstEndingAfter(int offset) {
		int low = 0;
		int high = offsets.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (offsets[mid] + lengths[mid] <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	public int offset(int i) {
		return offsets[i];
	}

	public int length(int i) {
		return lengths[i];
	}

	public SmmStyle style(int i) {
		return styles[i];
	}

	public boolean declaration(int i) {
		return declarations[i];
	}

	/** The style at a document offset, or null (for tests and hovers). */
	public SmmStyle styleAt(int offset) {
		int i = firstEndingAfter(offset);
		return i < offsets.length && offsets[i] <= offset ? styles[i] : null;
	}
}
