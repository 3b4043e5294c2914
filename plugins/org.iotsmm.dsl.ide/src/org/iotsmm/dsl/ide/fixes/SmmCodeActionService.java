package org.iotsmm.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * The workbench's quick fixes as LSP code actions, for any editor that talks to the language
 * server: each diagnostic of the request whose code has fixes gets one action per fix, an edit of
 * the file it was reported in.
 */
public class SmmCodeActionService implements ICodeActionService2 {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		// the server hands over the request without the model: read it as Xtext's own quick-fix service does
		return options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> context.getResource() instanceof XtextResource resource
				&& resource.getParseResult() != null ? actions(options, resource, context.getDocument()) : List.of());
	}

	private static List<Either<Command, CodeAction>> actions(Options options, XtextResource resource, Document document) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (options.getCancelIndicator().isCanceled()) {
				break;
			}
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			if (!QuickFixes.hasFixes(code)) {
				continue;
			}
			for (Fix fix : QuickFixes.of(resource, issue(code, diagnostic, document))) {
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				Range range = new Range(document.getPosition(fix.offset()), document.getPosition(fix.offset() + fix.length()));
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(range, fix.text())))));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	/** The issue a diagnostic was made from, as far as the fixes read it (code, place, data). */
	private static Issue issue(String code, Diagnostic diagnostic, Document document) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		int start = document.getOffSet(diagnostic.getRange().getStart());
		issue.setOffset(start);
		issue.setLength(document.getOffSet(diagnostic.getRange().getEnd()) - start);
		issue.setData(data(diagnostic.getData()));
		return issue;
	}

	/** The issue's data as the server sent it: strings in process, a JSON array after a round trip. */
	private static String[] data(Object data) {
		if (data instanceof String[] strings) {
			return strings;
		}
		if (data instanceof com.google.gson.JsonArray array) {
			String[] strings = new String[array.size()];
			for (int i = 0; i < strings.length; i++) {
				strings[i] = array.get(i).isJsonPrimitive() ? array.get(i).getAsString() : null;
			}
			return strings;
		}
		return null;
	}
}
