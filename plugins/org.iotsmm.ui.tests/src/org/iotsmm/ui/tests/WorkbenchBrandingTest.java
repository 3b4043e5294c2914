package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.iotsmm.ui.SecurityMaturityPerspective;
import org.junit.jupiter.api.Test;

/** Runs inside a real workbench (tycho-surefire UI harness, under Xvfb). */
class WorkbenchBrandingTest {

	@Test
	void productCarriesOurName() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "no product is running");
		assertEquals("IoT SMM Workbench", product.getName());
		assertTrue(product.getProperty("aboutText").contains("Security Maturity Model"));
		// plugin_customization.ini of the product makes our perspective the default
		assertEquals(SecurityMaturityPerspective.ID,
				PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}

	@Test
	void securityMaturityPerspectiveOpensWithItsViews() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(SecurityMaturityPerspective.ID);
		assertNotNull(perspective, "perspective not registered");
		assertEquals("Security Maturity", perspective.getLabel());
		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(perspective);
		assertEquals(SecurityMaturityPerspective.ID, page.getPerspective().getId());
		assertNotNull(page.findViewReference("org.eclipse.ui.navigator.ProjectExplorer"), "Project Explorer missing");
		assertNotNull(page.findViewReference(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW), "Problems view missing");
		assertNotNull(page.findViewReference(org.iotsmm.ui.views.ArchitectureView.ID), "Architecture view missing");
		assertNotNull(page.findViewReference(org.iotsmm.ui.views.GapsView.ID), "Gaps & Roadmap view missing");
		assertNotNull(page.findViewReference(org.iotsmm.ui.views.MaturityView.ID), "Maturity view missing");
		assertNotNull(page.findViewReference(org.eclipse.ui.IPageLayout.ID_OUTLINE), "Outline missing");
	}
}
