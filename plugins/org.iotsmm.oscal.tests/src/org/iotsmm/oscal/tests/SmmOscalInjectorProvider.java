package org.iotsmm.oscal.tests;

import org.eclipse.xtext.testing.IInjectorProvider;
import org.iotsmm.dsl.SmmStandaloneSetup;

import com.google.inject.Injector;

/** The .smm language's injector for OSGi-free loading in tests (one per test run). */
public class SmmOscalInjectorProvider implements IInjectorProvider {

	private static Injector injector;

	@Override
	public synchronized Injector getInjector() {
		if (injector == null) {
			injector = new SmmStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
