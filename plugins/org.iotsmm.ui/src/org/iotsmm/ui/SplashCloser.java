package org.iotsmm.ui;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;

import org.eclipse.ui.IStartup;

/**
 * Closes the splash screen once the workbench is up. The product starts without Eclipse's native
 * launcher (not on Maven Central), so its start script shows the splash through the JVM's own
 * {@code -splash:} option; the JVM would close that window only when an AWT window opens, which an
 * SWT workbench never does.
 */
public class SplashCloser implements IStartup {

	@Override
	public void earlyStartup() {
		close();
	}

	/** Closes the JVM's splash window if there is one; does nothing headless or without a splash. */
	static void close() {
		if (GraphicsEnvironment.isHeadless()) {
			return;
		}
		try {
			SplashScreen splash = SplashScreen.getSplashScreen();
			if (splash != null && splash.isVisible()) {
				splash.close();
			}
		} catch (UnsupportedOperationException | IllegalStateException e) {
			// no splash support in this JVM, or closed meanwhile
		}
	}
}
