package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.iotsmm.dsl.scoping.CatalogOf;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;

import com.google.inject.Injector;

/**
 * Ctrl+Space: keywords and cross-references from dsl.ide's proposal provider (with titles and,
 * for practices, the objective), plus statement templates where their first keyword fits
 * ({@link StatementTemplates}). The generic editor calls this off the UI thread.
 */
public class SmmContentAssist implements IContentAssistProcessor {

	/** A system of thousands of zones would make a choice list no one scrolls. */
	private static final int ELEMENT_CHOICES = 40;

	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "smm content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		IFile file = Editors.file(document);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		String text = document.get();
		Map<String, List<String>> choices = new HashMap<>();
		List<ContentAssistEntry> entries = WorkspaceModels.instance().withText(file, text, snapshot -> {
			EObject at = elementAt(snapshot.resource(), offset);
			choices.put("practice", practiceNames(at));
			choices.put("element", elementNames(at));
			Injector injector = SmmLanguage.injector();
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(POOL);
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, snapshot.resource());
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			acceptor.setCancelIndicator(snapshot.cancelIndicator());
			injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
			List<ContentAssistEntry> result = new ArrayList<>();
			acceptor.getEntries().forEach(result::add);
			return result;
		});
		List<ICompletionProposal> proposals = new ArrayList<>();
		Set<String> keywords = new LinkedHashSet<>();
		String prefix = "";
		for (ContentAssistEntry entry : entries) {
			String entryPrefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			prefix = entryPrefix;
			if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
				keywords.add(entry.getProposal());
			}
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String display = entry.getDescription() != null ? label + " \u2013 " + entry.getDescription() : label;
			proposals.add(new CompletionProposal(entry.getProposal(), offset - entryPrefix.length(), entryPrefix.length(),
					entry.getProposal().length(), image(entry.getKind()), display, null, entry.getDocumentation()));
		}
		String indent = indentation(text, offset - prefix.length());
		// a statement starts its line: the same keyword inside one ("step practice") is no place for a whole statement
		int statementAt = offset - prefix.length();
		boolean startsLine = text.substring(statementAt == 0 ? 0 : text.lastIndexOf('\n', statementAt - 1) + 1, statementAt).isBlank();
		for (StatementTemplates template : StatementTemplates.values()) {
			if (startsLine && keywords.contains(template.keyword) && template.keyword.startsWith(prefix)) {
				proposals.add(template.proposal(document, offset, prefix, indent, choices,
						PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE)));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The innermost element around the caret; between statements, the file's first element (its system). */
	private static EObject elementAt(XtextResource resource, int offset) {
		EObject at = SmmLanguage.injector().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
		if (at == null && !resource.getContents().isEmpty() && !resource.getContents().get(0).eContents().isEmpty()) {
			at = resource.getContents().get(0).eContents().get(0);
		}
		return at;
	}

	/** The practices of the catalog in use at {@code at}, by name (for the templates' practice field). */
	private static List<String> practiceNames(EObject at) {
		Catalog catalog = at == null ? null : CatalogOf.context(at);
		if (catalog == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (Domain domain : catalog.getDomains()) {
			for (Subdomain subdomain : domain.getSubdomains()) {
				for (Practice practice : subdomain.getPractices()) {
					if (practice.getName() != null) {
						names.add(practice.getName());
					}
				}
			}
		}
		names.sort(null);
		return names;
	}

	/**
	 * What a template's element field offers: the zones of the system at {@code at}, then the
	 * components outside zones (names that need no qualifier), at most {@link #ELEMENT_CHOICES}.
	 */
	private static List<String> elementNames(EObject at) {
		org.iotsmm.smm.System system = at == null ? null : EcoreUtil2.getContainerOfType(at, org.iotsmm.smm.System.class);
		if (system == null) {
			return List.of();
		}
		return Stream.concat(system.getZones().stream(), system.getComponents().stream()).map(NamedElement::getName)
				.filter(name -> name != null).limit(ELEMENT_CHOICES).toList();
	}

	private static String indentation(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = lineStart;
		while (end < text.length() && end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	private static Image image(String kind) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (ContentAssistEntry.KIND_KEYWORD.equals(kind)) {
			return null;
		}
		return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
