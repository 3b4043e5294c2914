package org.iotsmm.ui.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotsmm.ui.Activator;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > IoT SMM User Guide: the help pages in the web browser. The product has no help viewer
 * (org.eclipse.help.base, .ui and .webapp need Jetty and are not in the target platform); in an
 * Eclipse IDE with the help system the same pages are also under Help > Help Contents (toc.xml).
 */
public class UserGuideHandler extends AbstractHandler {

	/** The file URL of a help page of this bundle (extracted from the jar if needed). */
	public static URL page(String name) throws IOException {
		URL url = FileLocator.find(FrameworkUtil.getBundle(UserGuideHandler.class), new org.eclipse.core.runtime.Path("help/" + name));
		if (url == null) {
			throw new IOException("help page " + name + " is missing from bundle " + Activator.ID);
		}
		// the pages link to each other: extract them all
		FileLocator.toFileURL(FileLocator.find(FrameworkUtil.getBundle(UserGuideHandler.class), new org.eclipse.core.runtime.Path("help")));
		return FileLocator.toFileURL(url);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(page("user-guide.html"));
		} catch (Exception e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "IoT SMM User Guide", "Cannot open the guide: " + e.getMessage());
		}
		return null;
	}
}
