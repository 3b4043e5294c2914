package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.benchmarks.SyntheticSystems;
import org.iotsmm.dsl.ui.editor.SmmFolding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first folding of a large file arrives in UI tasks of at most {@link SmmFolding#BATCH} folds
 * each (one change of hundreds of folds held the UI thread in one task), and all of them arrive.
 */
class FoldingBatchesTest {

	@AfterEach
	void tearDown() {
		Workbench.cleanUp();
	}

	@Test
	void everyZoneOfALargeSystemFoldsAFewDozenFoldsAtATime() throws Exception {
		IProject project = Workbench.project("folding-batches");
		IFile file = project.getFile("large.smm");
		String text = SyntheticSystems.generate("Folded", SyntheticSystems.Shape.standard(3_000), 7);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		ProjectionViewer viewer = (ProjectionViewer) EditorTest.viewer(editor);
		List<Integer> addedPerChange = new ArrayList<>();
		IAnnotationModel folds = viewer.getProjectionAnnotationModel();
		IAnnotationModelListener listener = new Listener(addedPerChange);
		folds.addAnnotationModelListener(listener);
		Set<Integer> zoneLines = new HashSet<>();
		Matcher zone = Pattern.compile("(?m)^\\s*zone [^\\n]*\\{$").matcher(document.get());
		while (zone.find()) {
			zoneLines.add(document.getLineOfOffset(zone.start()));
		}
		assertTrue(zoneLines.size() > 2 * SmmFolding.BATCH, "enough zones for several batches: " + zoneLines.size());
		try {
			Workbench.waitUntil("a fold at every zone", () -> foldedLines(viewer, document).containsAll(zoneLines));
		} finally {
			folds.removeAnnotationModelListener(listener);
		}
		assertTrue(addedPerChange.size() >= 3, "the folds came in several changes: " + addedPerChange);
		assertTrue(addedPerChange.stream().allMatch(added -> added <= SmmFolding.BATCH),
				"at most " + SmmFolding.BATCH + " folds per change: " + addedPerChange);
	}

	private static Set<Integer> foldedLines(ProjectionViewer viewer, IDocument document) {
		Set<Integer> lines = new HashSet<>();
		for (Position region : SmmFolding.regions(viewer)) {
			try {
				lines.add(document.getLineOfOffset(region.getOffset()));
			} catch (BadLocationException e) {
				// a region of an older text: not counted
			}
		}
		return lines;
	}

	/** Counts the folds each change of the projection annotation model added. */
	private record Listener(List<Integer> addedPerChange) implements IAnnotationModelListener, IAnnotationModelListenerExtension {
		@Override
		public void modelChanged(AnnotationModelEvent event) {
			if (event.getAddedAnnotations().length > 0) {
				addedPerChange.add(event.getAddedAnnotations().length);
			}
		}

		@Override
		public void modelChanged(IAnnotationModel model) {
			// the extension's method above carries the added annotations
		}
	}
}
