package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.dsl.ui.model.ModelSnapshot;
import org.iotsmm.dsl.ui.model.SmmModelListener;
import org.iotsmm.dsl.ui.model.SmmModels;
import org.iotsmm.smm.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract the gap views build on: reads, live re-parses of editor text, re-loads from disk. */
class ModelsContractTest {

	/** What a listener saw, copied while the lock was held (EMF objects must not escape). */
	record Heard(String file, String firstSystem, String text, boolean hasSyntaxErrors, boolean onUiThread) {
	}

	private final List<Heard> heard = new CopyOnWriteArrayList<>();
	private final SmmModelListener listener = model -> heard.add(new Heard(model.file().getName(),
			firstSystem(model), NodeModelUtils.getNode(model.resource().getContents().get(0)).getText(),
			model.hasSyntaxErrors(), Display.getCurrent() != null));
	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("contract", "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/plant-profile.smm");
		SmmModels.get().addListener(listener);
	}

	@AfterEach
	void tearDown() {
		SmmModels.get().removeListener(listener);
		Workbench.cleanUp();
	}

	@Test
	void readsAFileNoEditorHasOpenWithItsCrossFileLinks() {
		IFile plant = project.getFile("plant.smm");
		String resolved = Workbench.offUiThread(() -> SmmModels.get().read(plant, model -> {
			org.iotsmm.smm.System system = (org.iotsmm.smm.System) ((Model) model.resource().getContents().get(0))
					.getElements().get(0);
			assertFalse(model.hasSyntaxErrors());
			// the profile lives in the other file of the project, the catalog is the shipped one
			return system.getProfile().getName() + "/" + system.getProfile().eResource().getURI().lastSegment() + "/"
					+ system.getCatalog().getName() + "/" + system.getTargetSets().get(0).getTemplate().getName();
		}));
		assertEquals("PlantProfile/plant-profile.smm/SMM/Baseline", resolved);
	}

	@Test
	void readingOnTheUiThreadIsRefused() {
		IFile plant = project.getFile("plant.smm");
		assertThrows(IllegalStateException.class, () -> SmmModels.get().read(plant, model -> model));
	}

	@Test
	void typingReparsesInTheBackgroundAndTellsTheListeners() throws Exception {
		IFile plant = project.getFile("plant.smm");
		ITextEditor editor = Workbench.open(plant);
		IDocument document = Workbench.document(editor);
		heard.clear();
		document.replace(document.get().indexOf("Plant"), "Plant".length(), "Mill");
		Workbench.waitUntil("a snapshot of the edited text", () -> heard.stream().anyMatch(h -> "Mill".equals(h.firstSystem())));
		Heard renamed = heard.stream().filter(h -> "Mill".equals(h.firstSystem())).findFirst().orElseThrow();
		assertFalse(renamed.onUiThread(), "listeners are called off the UI thread");
		assertFalse(renamed.hasSyntaxErrors());
		assertEquals("plant.smm", renamed.file());

		heard.clear();
		document.replace(document.get().indexOf("{"), 1, "");
		Workbench.waitUntil("a snapshot with syntax errors", () -> heard.stream().anyMatch(Heard::hasSyntaxErrors));

		// a read sees the editor's unsaved text, not the file on disk
		String system = Workbench.offUiThread(() -> SmmModels.get().read(plant, model -> firstSystem(model)));
		assertEquals("Mill", system);
	}

	@Test
	void aFileChangedOnDiskIsReloaded() throws Exception {
		IFile profile = project.getFile("plant-profile.smm");
		assertNotNull(Workbench.offUiThread(() -> SmmModels.get().read(profile, model -> "loaded")));
		heard.clear();
		String changed = new String(profile.readAllBytes(), StandardCharsets.UTF_8).replace("Plant rules", "Plant rules, revised");
		profile.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
		Workbench.waitUntil("a snapshot of the changed file",
				() -> heard.stream().anyMatch(h -> h.text().contains("Plant rules, revised")));
		assertTrue(heard.stream().noneMatch(Heard::onUiThread));
		String title = Workbench.offUiThread(() -> SmmModels.get().read(profile,
				model -> ((org.iotsmm.smm.Profile) ((Model) model.resource().getContents().get(0)).getElements().get(0)).getTitle()));
		assertEquals("Plant rules, revised", title);
	}

	private static String firstSystem(ModelSnapshot model) {
		if (model.resource().getContents().isEmpty()) {
			return null;
		}
		return ((Model) model.resource().getContents().get(0)).getElements().stream()
				.filter(org.iotsmm.smm.System.class::isInstance).map(e -> e.getName()).findFirst().orElse(null);
	}
}
