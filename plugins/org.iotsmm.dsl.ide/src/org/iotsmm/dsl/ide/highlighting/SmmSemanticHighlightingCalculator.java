package org.iotsmm.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.smm.SmmPackage;

/**
 * Classifies every token of a .smm file, so that editors without a grammar of their own (any LSP
 * client) colour it from semantic tokens alone. The style ids are LSP semantic token types and
 * modifiers (see {@link SmmHighlightingStyles}).
 */
public class SmmSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			String[] style = styleOf(leaf);
			if (style != null) {
				addLineByLine(leaf.getOffset(), leaf.getText(), style, acceptor);
			}
		}
	}

	/** LSP clients need not support tokens across lines: one position per line, without the line break. */
	private static void addLineByLine(int offset, String text, String[] style, IHighlightedPositionAcceptor acceptor) {
		int start = 0;
		while (start < text.length()) {
			int end = start;
			while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			if (end > start) {
				acceptor.addPosition(offset + start, end - start, style);
			}
			start = end + 1;
		}
	}

	/** The style of one token, or null for white space and punctuation. */
	protected String[] styleOf(ILeafNode leaf) {
		Object grammarElement = leaf.getGrammarElement();
		if (leaf.isHidden()) {
			return grammarElement instanceof AbstractRule rule && rule.getName().endsWith("COMMENT")
					? new String[] { SmmHighlightingStyles.COMMENT }
					: null;
		}
		CrossReference reference = crossReference(leaf);
		if (reference != null) {
			if (grammarElement instanceof Keyword) {
				return null; // the '.' of a qualified name
			}
			return new String[] { referenceStyle(reference.getType().getClassifier()) };
		}
		if (grammarElement instanceof EnumLiteralDeclaration literal) {
			EnumRule rule = GrammarUtil.containingEnumRule(literal);
			return rule != null && "ComponentKind".equals(rule.getName())
					? new String[] { SmmHighlightingStyles.COMPONENT_KIND }
					: new String[] { SmmHighlightingStyles.ENUM_LITERAL };
		}
		if (grammarElement instanceof Keyword keyword) {
			return Character.isLetter(keyword.getValue().charAt(0)) ? new String[] { SmmHighlightingStyles.KEYWORD } : null;
		}
		if (grammarElement instanceof RuleCall call) {
			String rule = call.getRule().getName();
			Assignment assignment = GrammarUtil.containingAssignment(call);
			String feature = assignment != null ? assignment.getFeature() : null;
			switch (rule) {
			case "STRING", "TEXT_BLOCK":
				return new String[] { SmmHighlightingStyles.STRING };
			case "DATE":
				return new String[] { SmmHighlightingStyles.DATE };
			case "INT":
				if ("level".equals(feature) || "toLevel".equals(feature)) {
					return new String[] { SmmHighlightingStyles.LEVEL };
				}
				return new String[] { SmmHighlightingStyles.NUMBER };
			case "ID":
				if ("name".equals(feature)) {
					return new String[] { declarationStyle(leaf), SmmHighlightingStyles.DECLARATION };
				}
				return null;
			default:
				return null;
			}
		}
		return null;
	}

	/** The cross-reference a token belongs to (a name, or a segment of a qualified name). */
	private static CrossReference crossReference(ILeafNode leaf) {
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference reference) {
				return reference;
			}
			if (node != leaf && node.getGrammarElement() instanceof RuleCall call
					&& call.getRule() instanceof ParserRule rule && !"QualifiedName".equals(rule.getName())) {
				return null; // left the datatype rule: not inside a reference
			}
			if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()) {
				return null;
			}
		}
		return null;
	}

	private static String referenceStyle(EClassifier type) {
		if (type instanceof EClass eClass) {
			if (SMM.getCatalogElement().isSuperTypeOf(eClass)) {
				return SmmHighlightingStyles.PRACTICE;
			}
			if (SMM.getArchitectureElement().isSuperTypeOf(eClass)) {
				return SmmHighlightingStyles.ARCHITECTURE;
			}
			if (eClass == SMM.getStakeholder()) {
				return SmmHighlightingStyles.STAKEHOLDER;
			}
		}
		return SmmHighlightingStyles.OTHER_REFERENCE;
	}

	private static String declarationStyle(ILeafNode leaf) {
		AbstractElement element = (AbstractElement) leaf.getGrammarElement();
		ParserRule rule = GrammarUtil.containingParserRule(element);
		EClassifier type = rule != null && rule.getType() != null ? rule.getType().getClassifier() : null;
		return referenceStyle(type);
	}
}
