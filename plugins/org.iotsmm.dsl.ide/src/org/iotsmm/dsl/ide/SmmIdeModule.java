package org.iotsmm.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.iotsmm.dsl.ide.contentassist.SmmContentAssistContextFactory;
import org.iotsmm.dsl.ide.contentassist.SmmContentAssistLexer;
import org.iotsmm.dsl.ide.contentassist.SmmContentAssistParser;
import org.iotsmm.dsl.ide.contentassist.SmmContentProposalProvider;
import org.iotsmm.dsl.ide.contentassist.SmmCrossrefProposalProvider;
import org.iotsmm.dsl.ide.fixes.SmmCodeActionService;
import org.iotsmm.dsl.ide.formatting.SmmFormattingService;
import org.iotsmm.dsl.ide.highlighting.SmmSemanticHighlightingCalculator;
import org.iotsmm.dsl.ide.hover.SmmHoverService;
import org.iotsmm.dsl.ide.symbols.SmmDocumentSymbols;

/** Guice bindings of the UI-free editor services (content assist, highlighting, hover, symbols, formatting, quick fixes, rename). */
public class SmmIdeModule extends AbstractSmmIdeModule {

	/** The content-assist lexer, reading a text left open in a block's header as the runtime lexer does. */
	@Override
	public void configureContentAssistLexer(com.google.inject.Binder binder) {
		binder.bind(org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer.class)
				.annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.ide.LexerIdeBindings.CONTENT_ASSIST))
				.to(SmmContentAssistLexer.class);
	}

	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return SmmContentAssistParser.class;
	}

	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return SmmContentAssistContextFactory.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return SmmContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return SmmCrossrefProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return SmmSemanticHighlightingCalculator.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return SmmFormattingService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return SmmCodeActionService.class;
	}

	public Class<? extends org.eclipse.xtext.ide.server.rename.IRenameService2> bindIRenameService2() {
		return org.iotsmm.dsl.ide.rename.SmmRenameService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return SmmHoverService.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return SmmDocumentSymbols.Names.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return SmmDocumentSymbols.Kinds.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return SmmDocumentSymbols.Details.class;
	}
}
