package org.iotsmm.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its preferences and its log. */
public class Activator extends AbstractUIPlugin {

	public static final String ID = "org.iotsmm.ui";

	private static Activator plugin;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	public static Activator getDefault() {
		return plugin;
	}

	public static void log(Throwable e) {
		ILog.of(Activator.class).log(new Status(IStatus.ERROR, ID, e.getMessage() == null ? e.toString() : e.getMessage(), e));
	}
}
