package org.iotsmm.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.iotsmm.dsl.formatting2.SmmFormatting;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.editor.Editors;
import org.iotsmm.dsl.ui.internal.model.WorkspaceModels;

/**
 * Ctrl+Shift+F: the canonical layout of {@code smm format} (dsl's formatter), computed in the
 * background and applied as one edit of the changed span, if the text did not change meanwhile.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor) {
			format(editor);
		}
		return null;
	}

	/** Starts formatting; returns the job (tests wait for it). */
	public static Job format(ITextEditor editor) {
		IDocument document = Editors.document(editor);
		IFile file = Editors.file(document);
		if (file == null) {
			return null;
		}
		String text = document.get();
		Display display = Display.getCurrent();
		Job job = Job.create("Formatting " + file.getName(), monitor -> {
			String formatted;
			try {
				formatted = WorkspaceModels.instance().withText(file, text,
						snapshot -> SmmLanguage.injector().getInstance(SmmFormatting.class).format(snapshot.resource()));
			} catch (IllegalArgumentException e) {
				return Status.warning(e.getMessage()); // syntax errors: formatting is refused
			}
			display.asyncExec(() -> {
				if (document.get().equals(text) && !formatted.equals(text)) {
					replaceChangedSpan(document, text, formatted);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	static void replaceChangedSpan(IDocument document, String before, String after) {
		int start = 0;
		int max = Math.min(before.length(), after.length());
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int endBefore = before.length();
		int endAfter = after.length();
		while (endBefore > start && endAfter > start && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
			endBefore--;
			endAfter--;
		}
		try {
			document.replace(start, endBefore - start, after.substring(start, endAfter));
		} catch (BadLocationException e) {
			WorkspaceModels.log(e);
		}
	}
}
