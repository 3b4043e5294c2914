package org.iotsmm.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.iotsmm.dsl.parser.SmmSyntaxErrorMessages;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.iotsmm.dsl.conversion.SmmValueConverters;
import org.iotsmm.dsl.scoping.SmmGlobalScopeProvider;
import org.iotsmm.dsl.scoping.SmmLinkingDiagnosticMessageProvider;
import org.iotsmm.dsl.scoping.SmmQualifiedNameProvider;

/** Guice bindings of the .smm language runtime. */
public class SmmRuntimeModule extends AbstractSmmRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SmmValueConverters.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return SmmGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SmmQualifiedNameProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SmmSyntaxErrorMessages.class;
	}

	/** Reads files within {@link org.iotsmm.dsl.loading.InputLimits} (docs/language.md, "Limits"). */
	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return org.iotsmm.dsl.loading.SmmResource.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return SmmLinkingDiagnosticMessageProvider.class;
	}

	/** Replaced parts of the model become proxies in linear time (the generic unloader is quadratic in a list's length). */
	public Class<? extends org.eclipse.xtext.parser.antlr.IReferableElementsUnloader> bindIReferableElementsUnloader() {
		return org.iotsmm.dsl.loading.LinearUnloader.class;
	}

	/**
	 * Xtext's lazy linker, stoppable by the workbench's reconcile when the text changes again, and
	 * after an edit inside a system linking only what the edit can have changed.
	 */
	@Override
	public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
		return org.iotsmm.dsl.loading.IncrementalLinker.class;
	}

	/** Xtext's partial parsing, keeping a half-typed statement to the block around it instead of re-parsing the file. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.IPartialParsingHelper> bindIPartialParserHelper() {
		return org.iotsmm.dsl.loading.BlockReparsing.class;
	}

	/** Widens an edit to whole tokens lexing from near the edit, not from the start of the file. */
	public Class<? extends org.eclipse.xtext.parser.impl.TokenRegionProvider> bindTokenRegionProvider() {
		return org.iotsmm.dsl.loading.NearbyTokenRegions.class;
	}

	/**
	 * No EMF generic constraints on every object: none can fail for the SMM metamodel (no feature is
	 * required, none has a key, an ID, an opposite or a data-type facet; MetamodelConstraintsTest
	 * keeps it so), and the linker reports every reference it cannot resolve. Checking them was a
	 * third of the validation's time at 10,000 components, on every check while typing.
	 */
	public void configureUseEObjectValidator(com.google.inject.Binder binder) {
		binder.bind(Boolean.class)
				.annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(false);
	}

	/** The generated lexer, ending a text left open in a block's header before the block's brace. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.Lexer> bindLexer() {
		return org.iotsmm.dsl.parser.SmmLexer.class;
	}

	@Override
	public com.google.inject.Provider<? extends org.iotsmm.dsl.parser.antlr.internal.InternalSmmLexer> provideInternalSmmLexer() {
		return org.eclipse.xtext.parser.antlr.LexerProvider.create(org.iotsmm.dsl.parser.SmmLexer.class);
	}

	@Override
	public void configureRuntimeLexer(com.google.inject.Binder binder) {
		binder.bind(org.eclipse.xtext.parser.antlr.Lexer.class)
				.annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.parser.antlr.LexerBindings.RUNTIME))
				.to(org.iotsmm.dsl.parser.SmmLexer.class);
	}

	/**
	 * The generated parser, recovering from a half-typed statement at the next keyword, and stoppable
	 * by the workbench's reconcile while it parses an edit.
	 */
	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return org.iotsmm.dsl.loading.CancellableParser.class;
	}
}
