package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.ProposalPosition;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.iotsmm.dsl.ui.builder.SmmBuilder;
import org.iotsmm.dsl.ui.builder.SmmNature;
import org.iotsmm.dsl.ui.commands.FormatHandler;
import org.iotsmm.dsl.ui.editor.EditorState;
import org.iotsmm.dsl.ui.editor.Links;
import org.iotsmm.dsl.ui.editor.Outline;
import org.iotsmm.dsl.ui.editor.ProblemAnnotation;
import org.iotsmm.dsl.ui.editor.SmmContentAssist;
import org.iotsmm.dsl.ui.editor.SmmHyperlinks;
import org.iotsmm.dsl.ui.editor.SmmOutlinePage;
import org.iotsmm.dsl.ui.editor.SmmReconciler;
import org.iotsmm.dsl.ui.editor.SmmTextHover;
import org.iotsmm.dsl.ui.highlighting.SmmStyle;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;
import org.iotsmm.dsl.validation.IssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The .smm editor as a user meets it, driven through JFace and the workbench in a real workbench. */
class EditorTest {

	private static final String PLANT = "plugins/org.iotsmm.dsl.ui.tests/fixtures/plant/";

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void everyExampleOpensWithoutProblems() throws Exception {
		for (String example : List.of("getting-started", "bottling-line", "automotive-gateway", "residential-cameras")) {
			IProject project = Workbench.project("example-" + example, "examples/" + example + "/" + example + ".smm");
			IFile file = project.getFile(example + ".smm");
			ITextEditor editor = Workbench.open(file);
			Workbench.waitUntil("the checks of " + example, () -> EditorState.of(Workbench.document(editor)) != null);
			built(project);
			assertEquals(List.of(), messages(file.findMarkers(SmmBuilder.MARKER, true, IResource.DEPTH_ZERO)), example);
			assertEquals(List.of(), EditorState.of(Workbench.document(editor)).problems(), example);
			// keywords and references are coloured
			assertTrue(EditorState.of(Workbench.document(editor)).highlighting().size() > 10, example);
		}
	}

	@Test
	void anErrorTypedShowsAsAnnotationAndOnSaveAsMarkerWithLineAndCode() throws Exception {
		IProject project = Workbench.project("problems", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		IFile file = project.getFile("plant.smm");
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		int offset = document.get().indexOf("practice AccessControl level 2 on Floor because");
		int line = document.getLineOfOffset(offset) + 1;
		document.replace(offset + "practice ".length(), "AccessControl".length(), "AccessKontrol");
		Workbench.waitUntil("an annotation of the unknown practice", () -> annotations(editor).stream()
				.anyMatch(a -> a.getText().contains("AccessKontrol")));
		ProblemAnnotation annotation = annotations(editor).stream().filter(a -> a.getText().contains("AccessKontrol"))
				.findFirst().orElseThrow();
		assertEquals(ProblemAnnotation.ERROR, annotation.getType());
		assertEquals(IssueCodes.UNKNOWN_REFERENCE, annotation.problem().code());
		assertTrue(file.findMarkers(SmmBuilder.MARKER, true, IResource.DEPTH_ZERO).length == 0, "no marker before saving");

		editor.doSave(null);
		Workbench.waitUntil("a marker after saving", () -> markers(file).length > 0);
		IMarker marker = markers(file)[0];
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IssueCodes.UNKNOWN_REFERENCE, marker.getAttribute(SmmBuilder.CODE, ""));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("AccessKontrol"));
	}

	/**
	 * The checks wait for a pause in the typing: a word typed faster than the debounce starts none
	 * until its last keystroke is {@link SmmReconciler#DELAY_MS} old. Before, the editor re-scheduled
	 * its sleeping job on each keystroke, which Eclipse ignores: the check started the debounce after
	 * the word's first keystroke, parsed a text the next keystroke made stale, and competed with the
	 * typing for the processors.
	 */
	@Test
	void checksWaitForAPauseInTheTyping() throws Exception {
		ITextEditor editor = openPlant("pause");
		IDocument document = Workbench.document(editor);
		Workbench.waitForModels();
		List<Long> checkStarts = new java.util.concurrent.CopyOnWriteArrayList<>();
		IJobChangeListener starts = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(WorkspaceModels.JOB_FAMILY) && event.getJob().getName().equals("Checking .smm text")) {
					checkStarts.add(System.nanoTime());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(starts);
		List<Long> keystrokes = new ArrayList<>();
		try {
			int at = document.get().indexOf("practice AccessControl") + "practice AccessControl".length();
			String word = "Extended"; // eight keystrokes 80 ms apart: 560 ms, longer than the debounce
			for (int i = 0; i < word.length(); i++) {
				keystrokes.add(System.nanoTime());
				document.replace(at + i, 0, word.substring(i, i + 1));
				pumpFor(80);
			}
			Workbench.waitUntil("a check after the pause", () -> !checkStarts.isEmpty());
		} finally {
			Job.getJobManager().removeJobChangeListener(starts);
		}
		for (long start : checkStarts) {
			long lastKeystroke = keystrokes.stream().filter(k -> k < start).max(Long::compare).orElseThrow();
			long quietMs = (start - lastKeystroke) / 1_000_000;
			assertTrue(quietMs >= SmmReconciler.DELAY_MS, "a check started " + quietMs + " ms after a keystroke, before the "
					+ SmmReconciler.DELAY_MS + " ms of quiet; keystroke " + (keystrokes.indexOf(lastKeystroke) + 1) + " of "
					+ keystrokes.size());
		}
		assertTrue(checkStarts.get(0) > keystrokes.get(keystrokes.size() - 1), "the first check comes after the last keystroke");
	}

	private static void pumpFor(long millis) throws InterruptedException {
		long end = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < end) {
			if (!Workbench.display().readAndDispatch()) {
				Thread.sleep(2);
			}
		}
	}

	/**
	 * Markers tell the saved file's problems, annotations the unsaved text's. A project check that
	 * ran while an editor held unsaved text used to mark that text (the model holds the editor's
	 * text); which one came first was a race between the check and the reconcile.
	 */
	@Test
	void aBuildDuringUnsavedEditsMarksTheSavedFileOnly() throws Exception {
		IProject project = Workbench.project("unsaved", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		IFile file = project.getFile("plant.smm");
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		built(project);
		assertEquals(0, markers(file).length);
		int offset = document.get().indexOf("practice AccessControl level 2 on Floor because");
		document.replace(offset + "practice ".length(), "AccessControl".length(), "AccessKontrol");
		Workbench.waitUntil("an annotation of the unknown practice", () -> annotations(editor).stream()
				.anyMatch(a -> a.getText().contains("AccessKontrol")));
		project.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
		Workbench.waitForModels();
		assertEquals(List.of(), messages(markers(file)), "the unsaved typo is not marked");
		editor.doSave(null);
		Workbench.waitUntil("a marker after saving", () -> markers(file).length > 0);
		assertTrue(markers(file)[0].getAttribute(IMarker.MESSAGE, "").contains("AccessKontrol"));
	}

	@Test
	void editingAProfileRechecksTheSystemThatUsesIt() throws Exception {
		IProject project = Workbench.project("cross-file", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		IFile plant = project.getFile("plant.smm");
		Workbench.open(plant);
		built(project);
		assertEquals(0, markers(plant).length);
		ITextEditor profile = Workbench.open(project.getFile("plant-profile.smm"));
		IDocument document = Workbench.document(profile);
		document.replace(document.get().indexOf("Baseline"), "Baseline".length(), "Standard");
		profile.doSave(null);
		Workbench.waitUntil("a marker in the system file that uses the renamed template", () -> markers(plant).length > 0);
		assertTrue(markers(plant)[0].getAttribute(IMarker.MESSAGE, "").contains("Baseline"));
	}

	@Test
	void contentAssistAfterPracticeListsTheEighteenPractices() throws Exception {
		IProject project = Workbench.project("assist", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("practice AccessControl level 2 on Floor because");
		document.replace(offset, 0, "practice \n    ");
		int caret = offset + "practice ".length();
		ITextViewer viewer = viewer(editor);
		ICompletionProposal[] proposals = Workbench.offUiThread(() -> new SmmContentAssist().computeCompletionProposals(viewer, caret));
		List<String> practices = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString)
				.filter(s -> !s.endsWith("(template)")).toList();
		assertEquals(18, practices.size(), practices.toString());
		assertTrue(practices.stream().anyMatch(s -> s.startsWith("ThreatModeling")), practices.toString());
		assertTrue(practices.stream().anyMatch(s -> s.startsWith("AccessControl \u2013 ")), "practices come with their titles");
	}

	/**
	 * A statement template leaves the editor in linked mode on its fields: the first is selected,
	 * Tab goes to the next, the practice, level and element fields offer the catalog's practices,
	 * the levels and the system's zones, and what is typed into a field replaces it.
	 */
	@Test
	void aStatementTemplateIsFilledInFieldByField() throws Exception {
		IProject project = Workbench.project("templates", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		int line = document.get().indexOf("    practice AccessControl level 2 on Floor because");
		document.replace(line, 0, "    pra\n");
		int caret = line + "    pra".length();
		ITextViewer viewer = viewer(editor);
		applyProposal(viewer, caret, "Target entry (template)");
		String inserted = "practice AccessControl level 2 on Floor priority high because \"Why\"";
		assertEquals(line + 4, document.get().indexOf(inserted), document.get());
		assertTrue(LinkedModeModel.hasInstalledModel(document), "the editor is in linked mode on the template's fields");
		StyledText widget = viewer.getTextWidget();
		assertEquals("AccessControl", widget.getSelectionText(), "the first field is selected");
		assertEquals(18, choices(document, widget).size(), "the practice field offers the catalog's practices: " + choices(document, widget));

		widget.insert("DataProtectionModel");
		pressTab(widget);
		assertEquals("2", widget.getSelectionText(), "Tab goes on to the level");
		assertEquals(List.of("2", "1", "3", "4"), choices(document, widget));
		widget.insert("3");
		pressTab(widget);
		assertEquals("Floor", widget.getSelectionText(), "then the element: the system's only zone");
		assertTrue(document.get().contains("practice DataProtectionModel level 3 on Floor priority high because \"Why\""),
				document.get());
	}

	/**
	 * A profile's writer gets its statements as templates too; a rule inserted with its defaults
	 * is a valid rule.
	 */
	@Test
	void aProfileRuleComesFromItsTemplate() throws Exception {
		IProject project = Workbench.project("profile-templates", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant-profile.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		int end = document.get().lastIndexOf("}");
		document.replace(end, 0, "  ru\n");
		int caret = end + "  ru".length();
		ITextViewer viewer = viewer(editor);
		applyProposal(viewer, caret, "Profile rule (template)");
		assertTrue(document.get().contains("  rule Name \"Title\" {\n    when zone property \"SL-T\" >= 3\n"
				+ "    expect target level >= 3 for AccessControl\n  }"), document.get());
		IFile file = project.getFile("plant-profile.smm");
		Workbench.waitUntil("a check of the inserted rule", () -> EditorState.of(document) != null
				&& EditorState.of(document).version() == org.iotsmm.dsl.ui.internal.model.WorkspaceModels.instance().version(file));
		assertEquals(List.of(), annotations(editor), "the rule as inserted is valid");
		editor.doRevertToSaved();
	}

	/** Inside a statement its keyword is no place for a whole statement: after {@code step}, no target entry or finding. */
	@Test
	void statementTemplatesAreOfferedOnlyWhereAStatementStarts() throws Exception {
		ITextEditor editor = openPlant("templates-in-statements");
		IDocument document = Workbench.document(editor);
		int end = document.get().lastIndexOf("}");
		document.replace(end, 0, "  plan Roadmap {\n    step pr\n  }\n");
		int caret = document.get().indexOf("step pr") + "step pr".length();
		ITextViewer viewer = viewer(editor);
		ICompletionProposal[] proposals = Workbench.offUiThread(() -> new SmmContentAssist().computeCompletionProposals(viewer, caret));
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.contains("practice"), shown.toString());
		assertEquals(List.of(), shown.stream().filter(p -> p.endsWith("(template)")).toList());
		editor.doRevertToSaved();
	}

	/** Asks content assist at the caret (in the background, as the editor does) and applies the proposal shown as {@code display}. */
	private static void applyProposal(ITextViewer viewer, int caret, String display) throws Exception {
		ICompletionProposal[] proposals = Workbench.offUiThread(() -> new SmmContentAssist().computeCompletionProposals(viewer, caret));
		ICompletionProposal proposal = Arrays.stream(proposals).filter(p -> p.getDisplayString().equals(display)).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList()));
		((ICompletionProposalExtension2) proposal).apply(viewer, (char) 0, 0, caret);
	}

	/** What the linked-mode field at the selection offers to choose from. */
	private static List<String> choices(IDocument document, StyledText widget) {
		LinkedPosition field = LinkedModeModel.getModel(document, widget.getCaretOffset())
				.findPosition(new LinkedPosition(document, widget.getSelectionRange().x, widget.getSelectionRange().y));
		assertInstanceOf(ProposalPosition.class, field);
		return Arrays.stream(((ProposalPosition) field).getChoices()).map(ICompletionProposal::getDisplayString).toList();
	}

	/** A Tab key press as the widget gets it from the toolkit (linked mode listens for it there). */
	static void pressTab(StyledText widget) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.character = '\t';
		event.keyCode = org.eclipse.swt.SWT.TAB;
		event.doit = true;
		widget.notifyListeners(org.eclipse.swt.SWT.KeyDown, event);
	}

	@Test
	void hoverShowsTheGuidanceForTheLevel() throws Exception {
		IProject project = Workbench.project("hover", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("AccessControl level 2 on Floor because") + 3;
		String hover = Workbench.offUiThread(() -> SmmTextHover.guidance(document, offset));
		assertNotNull(hover);
		assertTrue(hover.contains("Level 2"), hover);
		assertTrue(hover.contains("Objective:"), hover);
		assertFalse(hover.contains("**"), "Markdown is rendered as plain text: " + hover);
	}

	@Test
	void f3OpensTheDeclarationInAnotherFileAndInTheShippedCatalog() throws Exception {
		ITextEditor editor = openPlant("navigation");
		IDocument document = Workbench.document(editor);

		IEditorPart profile = follow(editor, document.get().indexOf("profile PlantProfile") + "profile ".length() + 2);
		assertEquals("plant-profile.smm", profile.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) ((ITextEditor) profile).getSelectionProvider().getSelection();
		assertEquals("PlantProfile", selection.getText());

		IEditorPart catalog = follow(editor, document.get().indexOf("practice AccessControl") + "practice ".length() + 2);
		assertInstanceOf(SmmHyperlinks.ShippedFile.class, catalog.getEditorInput());
		assertFalse(((ITextEditor) catalog).isEditable(), "the shipped catalog opens read-only");
		ITextSelection practice = (ITextSelection) ((ITextEditor) catalog).getSelectionProvider().getSelection();
		assertEquals("AccessControl", practice.getText());
	}

	/**
	 * A shipped profile opened by F3 is read-only but not bare: its references are coloured and
	 * lead on (F3 into the shipped catalog), its practices have their guidance on hover, and the
	 * outline lists what it declares.
	 */
	@Test
	void aShippedProfileOpenedReadOnlyHasOutlineHoverAndNavigation() throws Exception {
		IProject project = Workbench.project("shipped", "examples/residential-cameras/residential-cameras.smm");
		ITextEditor editor = Workbench.open(project.getFile("residential-cameras.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(document) != null);
		ContentOutline outlineView = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);

		ITextEditor profile = (ITextEditor) follow(editor, document.get().indexOf("profile ConsumerIoT") + "profile ".length() + 2);
		assertInstanceOf(SmmHyperlinks.ShippedFile.class, profile.getEditorInput());
		assertEquals("consumer-iot-1.0.smm", profile.getEditorInput().getName());
		assertFalse(profile.isEditable(), "the shipped profile opens read-only");
		IDocument shipped = Workbench.document(profile);
		Workbench.waitUntil("the shipped profile's state", () -> EditorState.of(shipped) != null);
		EditorState state = EditorState.of(shipped);
		assertEquals(List.of(), state.problems());
		assertTrue(state.highlighting().size() > 10, "references coloured: " + state.highlighting().size());

		Workbench.page().activate(profile);
		Workbench.waitUntil("the shipped profile's outline", () -> outlineView.getCurrentPage() instanceof SmmOutlinePage page
				&& !page.symbols().isEmpty());
		List<String> names = new ArrayList<>();
		flatten(((SmmOutlinePage) outlineView.getCurrentPage()).symbols(), names);
		assertTrue(names.contains("ConsumerIoT"), names.toString());

		int consider = shipped.get().indexOf("consider SecurityProgramManagement level 2") + "consider ".length() + 3;
		String hover = Workbench.offUiThread(() -> SmmTextHover.guidance(shipped, consider));
		assertNotNull(hover, "guidance on a practice the shipped profile considers");
		assertTrue(hover.contains("Level 2"), hover);

		IEditorPart catalog = follow(profile, consider);
		assertInstanceOf(SmmHyperlinks.ShippedFile.class, catalog.getEditorInput());
		assertEquals("smm-1.2.smm", catalog.getEditorInput().getName());
		ITextSelection practice = (ITextSelection) ((ITextEditor) catalog).getSelectionProvider().getSelection();
		assertEquals("SecurityProgramManagement", practice.getText());
		Workbench.waitUntil("the shipped catalog's state", () -> EditorState.of(Workbench.document((ITextEditor) catalog)) != null);
	}

	@Test
	void outlineListsZonesAndComponentsAndFollowsTheCaret() throws Exception {
		IProject project = Workbench.project("outline", PLANT + "plant.smm", PLANT + "plant-profile.smm");
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		ContentOutline view = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Workbench.waitUntil("the outline page", () -> view.getCurrentPage() instanceof SmmOutlinePage page && !page.symbols().isEmpty());
		SmmOutlinePage page = (SmmOutlinePage) view.getCurrentPage();
		List<String> names = new ArrayList<>();
		flatten(page.symbols(), names);
		assertTrue(names.containsAll(List.of("Plant", "Floor", "LinePLC", "EdgeGateway", "Year1", "Check")), names.toString());

		IDocument document = Workbench.document(editor);
		int gateway = document.get().indexOf("EdgeGateway \"Edge gateway\"");
		editor.selectAndReveal(gateway + 2, 0);
		Workbench.waitUntil("the outline to select EdgeGateway", () -> page.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
				&& s.getFirstElement() instanceof Outline.Node node && node.name().equals("EdgeGateway"));
	}

	@Test
	void formatGivesTheCanonicalLayout() throws Exception {
		IProject project = Workbench.project("format", "plugins/org.iotsmm.dsl.ui.tests/fixtures/format/messy.smm");
		ITextEditor editor = Workbench.open(project.getFile("messy.smm"));
		IDocument document = Workbench.document(editor);
		String expected = Workbench.read("plugins/org.iotsmm.dsl.ui.tests/fixtures/format/messy.formatted.smm");
		FormatHandler.format(editor);
		Workbench.waitUntil("the formatted text", () -> document.get().equals(expected));
	}

	@Test
	void quickFixRepairsAMisspeltPracticeInTheEditorAndFromTheProblemsView() throws Exception {
		IProject project = Workbench.project("quickfix", PLANT + "misspelt.smm");
		IFile file = project.getFile("misspelt.smm");
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the misspelt practice's annotation with a fix",
				() -> annotations(editor).stream().anyMatch(a -> !a.problem().fixes().isEmpty()));
		ISourceViewer viewer = (ISourceViewer) viewer(editor);
		int offset = document.get().indexOf("AccesControl") + 2;
		// what Ctrl+1 lists: the generic editor's processor, with our fixes and the marker resolutions
		IQuickAssistInvocationContext context = new TextInvocationContext(viewer, offset, 0);
		var assistant = ((org.eclipse.jface.text.source.ISourceViewerExtension3) viewer).getQuickAssistAssistant();
		ICompletionProposal[] all = assistant.getQuickAssistProcessor().computeQuickAssistProposals(context);
		ICompletionProposal[] fixes = Arrays.stream(all).filter(p -> p.getDisplayString().equals("Change to 'AccessControl'"))
				.toArray(ICompletionProposal[]::new);
		assertEquals(1, fixes.length, Arrays.stream(all).map(ICompletionProposal::getDisplayString).toList().toString());
		fixes[0].apply(document);
		assertTrue(document.get().contains("practice AccessControl level 2"));
		Workbench.waitUntil("no more problems", () -> EditorState.of(document) != null
				&& EditorState.of(document).problems().stream().noneMatch(p -> p.code() != null && p.code().equals(IssueCodes.UNKNOWN_REFERENCE)));
		editor.doRevertToSaved();

		// the same fix from the Problems view: the marker's resolution
		Workbench.page().closeEditor(editor, false); // ITextEditor.close would close later, asynchronously
		Workbench.waitUntil("the builder's marker", () -> markers(file).length > 0);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(markers(file)[0]);
		assertEquals("Change to 'AccessControl'", resolutions[0].getLabel());
		resolutions[0].run(markers(file)[0]);
		Workbench.waitUntil("the file fixed on disk and its marker gone", () -> markers(file).length == 0);
		assertTrue(new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("practice AccessControl level 2"));
	}

	/** Ctrl+1 right after typing above the problem, before the next reconcile: the fix lands on the name. */
	@Test
	void aQuickFixAfterTypingAboveTheProblemStillReplacesTheName() throws Exception {
		IProject project = Workbench.project("quickfix-typed", PLANT + "misspelt.smm");
		ITextEditor editor = Workbench.open(project.getFile("misspelt.smm"));
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the applied state with the misspelt practice's fix", () -> EditorState.of(document) != null
				&& EditorState.of(document).problems().stream().anyMatch(p -> !p.fixes().isEmpty()));
		String typed = "// typed before the next check\n";
		document.replace(0, 0, typed);
		ISourceViewer viewer = (ISourceViewer) viewer(editor);
		int offset = document.get().indexOf("AccesControl") + 2;
		var assistant = ((org.eclipse.jface.text.source.ISourceViewerExtension3) viewer).getQuickAssistAssistant();
		ICompletionProposal[] fixes = Arrays.stream(assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0)))
				.filter(p -> p.getDisplayString().equals("Change to 'AccessControl'")).toArray(ICompletionProposal[]::new);
		assertEquals(1, fixes.length);
		fixes[0].apply(document);
		assertTrue(document.get().startsWith(typed), document.get().substring(0, 80));
		assertTrue(document.get().contains("practice AccessControl level 2"), document.get());
		editor.doRevertToSaved();
	}

	/**
	 * The Problems view's fix of a marker (worked out by the builder on the saved file) applied to
	 * an open editor with unsaved typing above the problem: it lands on the name. Before, it went
	 * by the saved file's offsets and garbled the typed text and the name.
	 */
	@Test
	void aMarkersFixWithUnsavedTypingAboveItStillReplacesTheName() throws Exception {
		IProject project = Workbench.project("marker-fix-typed", PLANT + "misspelt.smm");
		IFile file = project.getFile("misspelt.smm");
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		built(project);
		Workbench.waitUntil("the builder's marker", () -> markers(file).length > 0);
		String typed = "// typed, not saved\n";
		document.replace(0, 0, typed);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(markers(file)[0]);
		assertEquals("Change to 'AccessControl'", resolutions[0].getLabel());
		resolutions[0].run(markers(file)[0]);
		assertTrue(document.get().startsWith(typed), document.get().substring(0, 60));
		assertTrue(document.get().contains("practice AccessControl level 2"), document.get());
		editor.doRevertToSaved();
	}

	/**
	 * Typing before a reference moves its colour by meaning with it at once, before the next check:
	 * the lexical colouring of the edited line used to bring back the last check's colours at their
	 * old offsets, one character early here, until the next state came.
	 */
	@Test
	void semanticColoursFollowTheTextTypedBeforeTheNextCheck() throws Exception {
		ITextEditor editor = openPlant("colours-typing");
		IDocument document = Workbench.document(editor);
		var widget = viewer(editor).getTextWidget();
		String line = "practice AccessControl level 2 on Floor because";
		int floor = document.get().indexOf(line) + line.indexOf("Floor");
		Workbench.waitUntil("the semantic colour on screen", () -> widget.getStyleRangeAtOffset(floor) != null
				&& widget.getStyleRangeAtOffset(floor).foreground != null);
		org.eclipse.swt.graphics.RGB architecture = widget.getStyleRangeAtOffset(floor).foreground.getRGB();
		EditorState before = EditorState.of(document);
		document.replace(floor - "on ".length(), 0, "x"); // "... level 2 xon Floor"
		assertTrue(EditorState.of(document) == before, "no new state yet: the check waits for the debounce");
		assertEquals(architecture, colour(widget, floor + 1), "the reference's first letter");
		assertEquals(architecture, colour(widget, floor + "Floor".length()), "its last letter");
		assertFalse(architecture.equals(colour(widget, floor)), "the space before it");
		assertFalse(architecture.equals(colour(widget, floor + "Floor".length() + 1)), "the space after it");
		editor.doRevertToSaved();
	}

	private static org.eclipse.swt.graphics.RGB colour(org.eclipse.swt.custom.StyledText widget, int offset) {
		var range = widget.getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}

	@Test
	void semanticColoursDistinguishPracticesFromArchitecture() throws Exception {
		ITextEditor editor = openPlant("colours");
		IDocument document = Workbench.document(editor);
		var highlighting = EditorState.of(document).highlighting();
		assertEquals(SmmStyle.PRACTICE, highlighting.styleAt(document.get().indexOf("AccessControl level 2 on") + 1));
		assertEquals(SmmStyle.ARCHITECTURE, highlighting.styleAt(document.get().indexOf("Floor because") + 1));
		assertEquals(SmmStyle.STAKEHOLDER, highlighting.styleAt(document.get().indexOf("Olga date") + 1));
		// and the widget shows them: the practice's colour is not the default text colour
		var widget = viewer(editor).getTextWidget();
		int offset = document.get().indexOf("AccessControl level 2 on") + 1;
		Workbench.waitUntil("the semantic colour on screen", () -> widget.getStyleRangeAtOffset(offset) != null
				&& widget.getStyleRangeAtOffset(offset).foreground != null);
	}

	@Test
	void blocksAndTextBlocksFoldButSingleLineCommentsDoNot() throws Exception {
		ITextEditor editor = gettingStartedWithFolds("folding");
		IDocument document = Workbench.document(editor);
		List<Integer> firstLines = foldFirstLines(editor);
		String text = document.get();
		int zone = document.getLineOfOffset(text.indexOf("zone Office")) + 1;
		int description = document.getLineOfOffset(text.indexOf("description \"\"\"")) + 1;
		int comment = document.getLineOfOffset(text.indexOf("// A zone is a trust boundary")) + 1;
		assertTrue(firstLines.contains(zone), "zone block folds: " + firstLines);
		assertTrue(firstLines.contains(description), "text block folds: " + firstLines);
		assertFalse(firstLines.contains(comment), "a one-line comment does not fold: " + firstLines);
		int system = document.getLineOfOffset(text.indexOf("system MeetingRooms")) + 1;
		assertFalse(firstLines.contains(system), "the file's only element, its system, is the whole file and does not fold: " + firstLines);
	}

	/**
	 * A reconciled state is applied, and text is typed before the folding takes it up in a later
	 * UI-thread task (on a large file the next state may be seconds away): the folds and F3 go by
	 * the text now shown. Before, the state's offsets were used as they were: every fold began a
	 * line early, and F3 on a reference found nothing.
	 */
	@Test
	void foldsAndLinksFollowTextTypedAfterTheirStateWasApplied() throws Exception {
		ITextEditor editor = gettingStartedWithFolds("typed-since");
		IDocument document = Workbench.document(editor);
		EditorState before = EditorState.of(document);

		document.replace(document.getLength(), 0, "\n"); // an edit: a new state will come
		// hold the UI thread until the reconcile has handed its state over, then queue the typing
		// behind it: it runs after the state is applied and before the folding's own task
		long limit = System.nanoTime() + Workbench.TIMEOUT.toNanos();
		while (org.iotsmm.dsl.ui.Debouncer.pendingRuns() > 0 || Job.getJobManager().find(WorkspaceModels.JOB_FAMILY).length > 0) {
			assertTrue(System.nanoTime() < limit, "the reconcile did not end");
			Thread.sleep(20);
		}
		String typed = "// typed at the top\n// and one more line\n";
		var display = Workbench.display();
		display.asyncExec(() -> {
			try {
				document.replace(0, 0, typed);
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		while (display.readAndDispatch()) {
			// the queued tasks only: the next reconcile (after the debounce) would fold anew
		}
		assertTrue(EditorState.of(document) != before, "a new state was applied before the typing");
		assertTrue(document.get().startsWith(typed));

		String text = document.get();
		List<Integer> firstLines = foldFirstLines(editor);
		for (String block : List.of("zone Office", "zone Cloud", "assessment FirstCheck")) {
			int line = document.getLineOfOffset(text.indexOf(block)) + 1;
			assertTrue(firstLines.contains(line), block + " folds from its line " + line + ": " + firstLines);
		}
		int reference = text.indexOf("on Dashboard") + "on ".length();
		IHyperlink[] links = new SmmHyperlinks().detectHyperlinks(viewer(editor), new Region(reference + 2, 0), false);
		assertNotNull(links, "F3 on Dashboard after typing");
		assertEquals(new Region(reference, "Dashboard".length()), links[0].getHyperlinkRegion());
	}

	/** The plant fixture (a system and its profile), opened in a project of its own, once first checked. */
	static ITextEditor openPlant(String projectName) throws Exception {
		return open(Workbench.project(projectName, PLANT + "plant.smm", PLANT + "plant-profile.smm"));
	}

	/** The same with supplier.smm beside it, a second system whose target owner is plant.smm's stakeholder Olga. */
	static ITextEditor openPlantWithSupplier(String projectName) throws Exception {
		return open(Workbench.project(projectName, PLANT + "plant.smm", PLANT + "plant-profile.smm",
				"plugins/org.iotsmm.dsl.ui.tests/fixtures/supplier/supplier.smm"));
	}

	private static ITextEditor open(IProject project) throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("plant.smm"));
		Workbench.waitUntil("the first reconcile", () -> EditorState.of(Workbench.document(editor)) != null);
		return editor;
	}

	/** The getting-started example, opened in a project of its own, once its folds are shown. */
	private static ITextEditor gettingStartedWithFolds(String projectName) throws Exception {
		IProject project = Workbench.project(projectName, "examples/getting-started/getting-started.smm");
		ITextEditor editor = Workbench.open(project.getFile("getting-started.smm"));
		var viewer = (org.eclipse.jface.text.source.projection.ProjectionViewer) viewer(editor);
		Workbench.waitUntil("the folding regions", () -> !org.iotsmm.dsl.ui.editor.SmmFolding.regions(viewer).isEmpty());
		return editor;
	}

	/** The first line (from 1) of each fold the editor shows. */
	private static List<Integer> foldFirstLines(ITextEditor editor) throws org.eclipse.jface.text.BadLocationException {
		IDocument document = Workbench.document(editor);
		List<Integer> firstLines = new ArrayList<>();
		for (var region : org.iotsmm.dsl.ui.editor.SmmFolding.regions((org.eclipse.jface.text.source.projection.ProjectionViewer) viewer(editor))) {
			firstLines.add(document.getLineOfOffset(region.getOffset()) + 1);
		}
		return firstLines;
	}

	static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	private static IEditorPart follow(ITextEditor editor, int offset) {
		IHyperlink[] links = new SmmHyperlinks().detectHyperlinks(viewer(editor), new Region(offset, 0), false);
		assertNotNull(links, "no link at " + offset);
		links[0].open();
		return Workbench.page().getActiveEditor();
	}

	static List<ProblemAnnotation> annotations(ITextEditor editor) {
		List<ProblemAnnotation> result = new ArrayList<>();
		var model = ((ISourceViewer) viewer(editor)).getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotation problem) {
				result.add(problem);
			}
		}
		return result;
	}

	static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(SmmBuilder.MARKER, true, IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> messages(IMarker[] markers) {
		return Arrays.stream(markers).map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.toList();
	}

	/**
	 * Waits until opening an editor has given the project the nature, then builds what is not
	 * built yet (the first build of the new builder checks every file).
	 */
	static void built(IProject project) throws org.eclipse.core.runtime.CoreException {
		Workbench.waitUntil("the .smm nature of " + project.getName(), () -> SmmNature.has(project));
		Workbench.waitForModels();
		project.build(org.eclipse.core.resources.IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		Workbench.waitForModels();
	}

	private static void flatten(List<Outline.Node> nodes, List<String> into) {
		for (Outline.Node node : nodes) {
			into.add(node.name());
			flatten(node.children(), into);
		}
	}
}
