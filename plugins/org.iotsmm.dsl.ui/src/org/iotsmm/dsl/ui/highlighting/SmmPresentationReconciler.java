package org.iotsmm.dsl.ui.highlighting;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.iotsmm.dsl.ui.SmmLanguage;

/**
 * Lexical colouring, on the UI thread and immediate: keywords (the grammar's own), comments,
 * strings, text blocks, numbers and dates, of the lines near the screen ({@link Viewport}). Colours
 * follow the preferences and the editor background (light or dark).
 */
public class SmmPresentationReconciler extends PresentationReconciler {

	private static volatile Set<String> keywords;

	private final Token keyword = new Token(new TextAttribute(null));
	private final Token comment = new Token(new TextAttribute(null));
	private final Token string = new Token(new TextAttribute(null));
	private final Token number = new Token(new TextAttribute(null));
	private ITextViewer viewer;
	private final IPropertyChangeListener preferences = event -> {
		updateTokens();
		if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			viewer.invalidateTextPresentation();
		}
	};

	private final IViewportListener viewportListener = verticalOffset -> Viewport.representVisible(viewer);

	public SmmPresentationReconciler() {
		setDocumentPartitioning(SmmPartitions.PARTITIONING);
		RuleBasedScanner code = new RuleBasedScanner();
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isJavaIdentifierStart(c);
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isJavaIdentifierPart(c);
			}
		}, new Token(new TextAttribute(null))); // other words (names) stay plain as a whole: no digits coloured inside Year1
		for (String word : keywords()) {
			words.addWord(word, keyword);
		}
		code.setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words, new NumberOrDateRule(number) });
		set(IDocument.DEFAULT_CONTENT_TYPE, code);
		set(SmmPartitions.COMMENT, single(comment));
		set(SmmPartitions.TEXT_BLOCK, single(string));
		set(SmmPartitions.STRING, single(string));
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		updateTokens();
		// Documents that do not come from a workspace file (the shipped catalog, opened read-only)
		// miss the file buffers' setup; partition them here, before the colouring sees them.
		textViewer.addTextInputListener(new org.eclipse.jface.text.ITextInputListener() {
			@Override
			public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
				if (newInput != null) {
					new SmmPartitions().setup(newInput);
				}
			}

			@Override
			public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			}
		});
		SmmColors.store().addPropertyChangeListener(preferences);
		textViewer.addViewportListener(viewportListener);
		super.install(textViewer);
	}

	/** Only the damage near the screen is presented; the rest when it comes near ({@link Viewport}). */
	@Override
	protected TextPresentation createPresentation(IRegion damage, IDocument document) {
		IRegion near = Viewport.clip(viewer, damage);
		return near == null ? null : super.createPresentation(near, document);
	}

	@Override
	public void uninstall() {
		SmmColors.store().removePropertyChangeListener(preferences);
		if (viewer != null) {
			viewer.removeViewportListener(viewportListener);
		}
		super.uninstall();
	}

	private void updateTokens() {
		boolean dark = viewer != null && viewer.getTextWidget() != null && SmmColors.isDark(viewer.getTextWidget());
		keyword.setData(SmmColors.attribute(SmmStyle.KEYWORD, dark));
		comment.setData(SmmColors.attribute(SmmStyle.COMMENT, dark));
		string.setData(SmmColors.attribute(SmmStyle.STRING, dark));
		number.setData(SmmColors.attribute(SmmStyle.NUMBER, dark));
	}

	private void set(String contentType, RuleBasedScanner scanner) {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
		setDamager(damagerRepairer, contentType);
		setRepairer(damagerRepairer, contentType);
	}

	private static RuleBasedScanner single(Token token) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token);
		return scanner;
	}

	/** The grammar's alphabetic keywords (the language's injector is made on first use). */
	static Set<String> keywords() {
		Set<String> result = keywords;
		if (result == null) {
			Set<String> words = new TreeSet<>();
			IGrammarAccess grammar = SmmLanguage.injector().getInstance(IGrammarAccess.class);
			for (String word : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
				if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
					words.add(word);
				}
			}
			result = Set.copyOf(words);
			keywords = result;
		}
		return result;
	}

	/** {@code 3}, {@code 1.2}, {@code 2026-01-12}: a digit, then digits, dots and dashes. */
	static final class NumberOrDateRule implements IRule {
		private final IToken token;

		NumberOrDateRule(IToken token) {
			this.token = token;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			int c = scanner.read();
			if (c == ICharacterScanner.EOF || !Character.isDigit(c)) {
				scanner.unread();
				return Token.UNDEFINED;
			}
			do {
				c = scanner.read();
			} while (c != ICharacterScanner.EOF && (Character.isDigit(c) || c == '.' || c == '-'));
			scanner.unread();
			return token;
		}
	}
}
