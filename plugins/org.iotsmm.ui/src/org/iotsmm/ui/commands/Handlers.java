package org.iotsmm.ui.commands;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

/** The handlers of the SMM menu: each asks what it needs, then starts the job from {@link Commands}. */
public final class Handlers {

	private Handlers() {
	}

	private abstract static class SmmHandler extends AbstractHandler {
		@Override
		public final Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			IFile file = SmmFiles.target(event);
			if (file == null) {
				MessageDialog.openInformation(shell, "IoT SMM", "Open or select a .smm file first.");
				return null;
			}
			run(shell, file);
			return null;
		}

		abstract void run(Shell shell, IFile file);
	}

	public static class ExportQuestionnaire extends SmmHandler {
		@Override
		void run(Shell shell, IFile file) {
			String[] chosen = choose(shell, "Export Assessor Questionnaire", List.of("Target set"),
					List.of(Commands.known(file, true)));
			if (chosen != null) {
				Commands.exportQuestionnaire(file, chosen[0]).schedule();
			}
		}
	}

	public static class ImportQuestionnaire extends SmmHandler {
		@Override
		void run(Shell shell, IFile file) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Import Filled Questionnaire into " + file.getName());
			dialog.setFilterExtensions(new String[] { "*.xlsx" });
			if (file.getParent().getLocation() != null) {
				dialog.setFilterPath(file.getParent().getLocation().toOSString());
			}
			String path = dialog.open();
			if (path != null) {
				Commands.importQuestionnaire(file, Path.of(path)).schedule();
			}
		}
	}

	public static class NewAssessment extends SmmHandler {
		@Override
		void run(Shell shell, IFile file) {
			String[] chosen = choose(shell, "New Assessment from Target", List.of("Target set"), List.of(Commands.known(file, true)));
			if (chosen != null) {
				Commands.newAssessment(file, chosen[0]).schedule();
			}
		}
	}

	public static class CompareAssessments extends SmmHandler {
		@Override
		void run(Shell shell, IFile file) {
			List<String> assessments = Commands.known(file, false);
			String[] chosen = choose(shell, "Compare Assessments", List.of("From (earlier)", "To (later)"),
					List.of(assessments, assessments));
			if (chosen == null) {
				return;
			}
			if (chosen[0] == null || chosen[1] == null) {
				MessageDialog.openInformation(shell, "Compare Assessments", "Choose two assessments.");
				return;
			}
			Commands.compare(file, chosen[0], chosen[1], text -> new TextDialog(shell, "Compare Assessments", text).open()).schedule();
		}
	}

	/** A small dialog of combos; null when cancelled, a null entry for "(default)". */
	static String[] choose(Shell shell, String title, List<String> labels, List<List<String>> values) {
		String[] result = new String[labels.size()];
		Dialog dialog = new Dialog(shell) {
			private final Combo[] combos = new Combo[labels.size()];

			@Override
			protected void configureShell(Shell s) {
				super.configureShell(s);
				s.setText(title);
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Composite area = (Composite) super.createDialogArea(parent);
				GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
				for (int i = 0; i < labels.size(); i++) {
					new Label(area, SWT.NONE).setText(labels.get(i) + ":");
					combos[i] = new Combo(area, SWT.READ_ONLY);
					combos[i].add("(default)");
					values.get(i).forEach(combos[i]::add);
					combos[i].select(Math.min(i + 1, combos[i].getItemCount() - 1));
					GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(combos[i]);
				}
				return area;
			}

			@Override
			protected void okPressed() {
				for (int i = 0; i < combos.length; i++) {
					result[i] = combos[i].getSelectionIndex() <= 0 ? null : combos[i].getText();
				}
				super.okPressed();
			}
		};
		return dialog.open() == Window.OK ? result : null;
	}

	/** Read-only text in a dialog (the comparison). */
	static final class TextDialog extends Dialog {
		private final String title;
		private final String text;

		TextDialog(Shell shell, String title, String text) {
			super(shell);
			this.title = title;
			this.text = text;
			setShellStyle(getShellStyle() | SWT.RESIZE);
		}

		@Override
		protected void configureShell(Shell s) {
			super.configureShell(s);
			s.setText(title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Text t = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
			t.setText(text);
			t.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
			GridDataFactory.fillDefaults().grab(true, true).hint(640, 420).applyTo(t);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}
}
