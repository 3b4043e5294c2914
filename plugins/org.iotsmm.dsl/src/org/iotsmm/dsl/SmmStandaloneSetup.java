package org.iotsmm.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.iotsmm.smm.SmmPackage;

import com.google.inject.Injector;

/** Initialises the language outside OSGi (CLI, plain JUnit, benchmarks). */
public class SmmStandaloneSetup extends SmmStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new SmmStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// The generated setup registers only inferred packages; ours is imported, and without
		// OSGi no plugin.xml registers it.
		if (!EPackage.Registry.INSTANCE.containsKey(SmmPackage.eNS_URI)) {
			EPackage.Registry.INSTANCE.put(SmmPackage.eNS_URI, SmmPackage.eINSTANCE);
		}
		return super.createInjectorAndDoEMFRegistration();
	}
}
