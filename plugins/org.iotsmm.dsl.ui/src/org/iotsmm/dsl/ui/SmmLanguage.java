package org.iotsmm.dsl.ui;

import org.iotsmm.dsl.ide.SmmIdeSetup;

import com.google.inject.Injector;

/** The .smm language's injector in the workbench: runtime plus the UI-free editor services of dsl.ide. */
public final class SmmLanguage {

	/** The content type of .smm files (plugin.xml). */
	public static final String CONTENT_TYPE = "org.iotsmm.dsl.ui.smm";

	private static volatile Injector injector;

	private SmmLanguage() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (SmmLanguage.class) {
				result = injector;
				if (result == null) {
					result = new SmmIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}
}
