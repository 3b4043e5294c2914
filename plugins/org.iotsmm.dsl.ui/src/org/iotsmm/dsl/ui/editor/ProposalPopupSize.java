package org.iotsmm.dsl.ui.editor;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ContentAssistantFacade;
import org.eclipse.jface.text.source.ISourceViewerExtension4;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The content-assist popup of a .smm editor wide enough for a practice's name, title and domain,
 * and as large as the user last made it. Without dialog settings to restore a size from, JFace
 * makes the popup a quarter of the screen wide (320 pixels on a 1280-pixel screen, which cut
 * {@code AssetChangeConfigurationManagement} and its title); the generic editor creates its
 * assistant without them, so they are given to it when an assist session starts, before the
 * popup is made. JFace then also stores the size the user resizes the popup to.
 */
final class ProposalPopupSize implements ICompletionListener {

	/** JFace's keys in the settings section (ContentAssistant's store and restore of the popup's size). */
	private static final String WIDTH = "size.x";
	private static final String HEIGHT = "size.y";
	private static final String SECTION = "smm.contentAssistPopup";
	private static final String INSTALLED = ProposalPopupSize.class.getName();

	private final StyledText widget;
	private boolean given;

	private ProposalPopupSize(StyledText widget) {
		this.widget = widget;
	}

	/** Once per viewer, as soon as its content assistant is there (it is made after the reconcilers are installed). */
	static void install(ITextViewer viewer) {
		StyledText widget = viewer.getTextWidget();
		if (widget == null || widget.isDisposed() || widget.getData(INSTALLED) != null
				|| !(viewer instanceof ISourceViewerExtension4 extension)) {
			return;
		}
		ContentAssistantFacade facade = extension.getContentAssistantFacade();
		if (facade != null) {
			facade.addCompletionListener(new ProposalPopupSize(widget));
			widget.setData(INSTALLED, Boolean.TRUE);
		}
	}

	@Override
	public void assistSessionStarted(ContentAssistEvent event) {
		if (!given && event.assistant instanceof ContentAssistant assistant && !widget.isDisposed()) {
			assistant.setRestoreCompletionProposalSize(settings());
			given = true;
		}
	}

	/** The section JFace reads the size from, with a default of about 100 characters (at most 60 % of the screen) by 11 rows until the user resizes it. */
	private IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ProposalPopupSize.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SECTION);
		if (section == null) {
			section = all.addNewSection(SECTION);
		}
		if (section.get(WIDTH) == null || section.get(HEIGHT) == null) {
			GC gc = new GC(widget);
			FontMetrics metrics = gc.getFontMetrics();
			gc.dispose();
			Rectangle screen = widget.getMonitor().getClientArea();
			int width = (int) Math.min(screen.width * 0.6, metrics.getAverageCharacterWidth() * 100 + 48);
			int height = Math.min(screen.height / 3, (metrics.getHeight() + 8) * 11);
			section.put(WIDTH, width);
			section.put(HEIGHT, height);
		}
		return section;
	}

	@Override
	public void assistSessionEnded(ContentAssistEvent event) {
	}

	@Override
	public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
	}
}
