package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.iotsmm.smm.SmmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The validation leaves out EMF's generic constraints (SmmRuntimeModule) because none can fail for
 * the SMM metamodel. Should the metamodel gain a required feature, a key, an ID, an opposite or a
 * constraint, this says so, and the generic constraints have to be checked again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class MetamodelConstraintsTest {

	@Test
	void noGenericConstraintCanFailForTheMetamodel() {
		List<String> constrained = new ArrayList<>();
		for (EClassifier classifier : SmmPackage.eINSTANCE.getEClassifiers()) {
			if (classifier.getEAnnotation(EcorePackage.eNS_URI) != null) {
				constrained.add(classifier.getName() + " has constraints");
			}
			if (classifier instanceof EDataType && classifier.getEAnnotation(ExtendedMetaData.ANNOTATION_URI) != null) {
				constrained.add(classifier.getName() + " has facets");
			}
			if (classifier instanceof EClass type) {
				for (EStructuralFeature feature : type.getEStructuralFeatures()) {
					String name = type.getName() + "." + feature.getName();
					if (feature.getLowerBound() > 0) {
						constrained.add(name + " is required");
					}
					if (feature instanceof EReference reference && (reference.getEOpposite() != null || !reference.getEKeys().isEmpty())) {
						constrained.add(name + " has an opposite or keys");
					}
					if (feature instanceof EAttribute attribute && attribute.isID()) {
						constrained.add(name + " is an ID");
					}
				}
			}
		}
		assertEquals(List.of(), constrained);
	}

	@Test
	void theValidationLeavesThemOut() {
		EValidator validator = EValidator.Registry.INSTANCE.getEValidator(SmmPackage.eINSTANCE);
		assertFalse(assertInstanceOf(CompositeEValidator.class, validator).isUseEObjectValidator());
	}
}
