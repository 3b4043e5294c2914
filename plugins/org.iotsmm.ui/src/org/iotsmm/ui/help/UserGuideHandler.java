package org.iotsmm.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotsmm.ui.Activator;

/**
 * Help > IoT SMM User Guide: the guide's first page in the Eclipse help system, which serves the
 * book of toc.xml (Help Contents, Search). The help system shows it in its own window where SWT
 * has an embedded browser, otherwise in the external web browser.
 */
public class UserGuideHandler extends AbstractHandler {

	/** The help-system path of the guide's first page (plug-in id, then the path in the bundle). */
	public static final String GUIDE = "/" + Activator.ID + "/help/user-guide.html";

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(GUIDE);
		} catch (RuntimeException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "IoT SMM User Guide", "Cannot open the guide: " + e.getMessage());
		}
		return null;
	}
}
