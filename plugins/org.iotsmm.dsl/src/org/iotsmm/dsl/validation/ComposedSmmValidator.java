package org.iotsmm.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.iotsmm.smm.SmmPackage;

/**
 * A group of checks of the SMM language composed into SmmValidator (see {@code GenerateSmm.mwe2}):
 * it checks the SMM package and does not register itself, since registering it again would run
 * every check twice.
 */
public abstract class ComposedSmmValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(SmmPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
	}
}
