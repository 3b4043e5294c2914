package org.iotsmm.dsl.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.resources.IFile;
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
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

import com.google.inject.Injector;

/**
 * Ctrl+Space: keywords and cross-references from dsl.ide's proposal provider (with titles and,
 * for practices, the objective), plus statement templates where their first keyword fits. The
 * generic editor calls this off the UI thread.
 */
public class SmmContentAssist implements IContentAssistProcessor {

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
		List<ContentAssistEntry> entries = WorkspaceModels.instance().withText(file, text, snapshot -> {
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
		for (Template template : Template.values()) {
			if (keywords.contains(template.keyword) && template.keyword.startsWith(prefix)) {
				String body = template.body.replace("\n", "\n" + indent);
				int caret = body.indexOf('|');
				body = body.replace("|", "");
				proposals.add(new CompletionProposal(body, offset - prefix.length(), prefix.length(), caret,
						PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE),
						template.label + " (template)", null, body));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** Whole statements; {@code |} marks where the caret goes. */
	enum Template {
		SYSTEM("system", "System skeleton",
				"system |Name \"Title\" uses catalog SMM version 1.2 {\n  stakeholder Owner \"Owner\" role business\n  zone Site \"Site\" {\n    gateway Gateway \"Gateway\"\n  }\n}"),
		TARGET_SET("target", "Target set", "target |Year1 \"Targets\" {\n  practice AccessControl level 2 because \"Why\"\n}"),
		TARGET_ENTRY("practice", "Target entry", "practice |AccessControl level 2 on Element priority high because \"Why\""),
		FINDING("practice", "Finding with evidence",
				"practice |AccessControl level 3\n  evidence \"What shows it\" ref \"Where the record is\" dated 2026-01-01"),
		PLAN_STEP("step", "Plan step", "step practice |AccessControl to level 3 due 2026-12-31 status planned");

		final String keyword;
		final String label;
		final String body;

		Template(String keyword, String label, String body) {
			this.keyword = keyword;
			this.label = label;
			this.body = body;
		}
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
