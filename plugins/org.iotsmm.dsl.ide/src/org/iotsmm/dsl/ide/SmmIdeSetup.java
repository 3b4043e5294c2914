package org.iotsmm.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.iotsmm.dsl.SmmRuntimeModule;
import org.iotsmm.dsl.SmmStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector used by the language server and the workbench editor. */
public class SmmIdeSetup extends SmmStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new SmmRuntimeModule(), new SmmIdeModule()));
	}
}
