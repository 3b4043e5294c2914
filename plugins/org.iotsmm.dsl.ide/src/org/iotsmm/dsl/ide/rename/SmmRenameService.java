package org.iotsmm.dsl.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.iotsmm.dsl.ide.fixes.Fix;
import org.iotsmm.smm.NamedElement;

import com.google.inject.Inject;

/**
 * The language server's rename, with the workbench's edits ({@link RenameEdits}): Xtext's own
 * renamed a zone's declaration only, since zones, components and practices are not in the index,
 * and left every reference to it broken. The edits cover every .smm file the server knows; a name
 * that is taken or a keyword, or an element of the shipped library, is refused with an error.
 * Preparing a rename (the identifier's range) is left to Xtext.
 */
public class SmmRenameService extends RenameService2 {

	@Inject
	private EObjectAtOffsetHelper elementAt;
	@Inject
	private ResourceDescriptionsProvider index;
	@Inject
	private IGrammarAccess grammar;
	@Inject
	private UriExtensions uris;

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName();
		String invalid = RenameEdits.checkName(newName, grammar);
		if (invalid != null) {
			throw refused(invalid);
		}
		// the element under the caret: a declaration's name or a reference to it
		String[] target = options.getLanguageServerAccess().doSyncRead(uri, context -> {
			Document document = context.getDocument();
			EObject element = elementAt.resolveElementAt((XtextResource) context.getResource(),
					document.getOffSet(options.getRenameParams().getPosition()));
			if (!(element instanceof NamedElement named) || !RenameEdits.RENAMEABLE.contains(element.eClass().getName())) {
				return null;
			}
			return new String[] { EcoreUtil.getURI(named).toString(), uris.toUriString(named.eResource().getURI()) };
		});
		if (target == null) {
			throw refused(RenameEdits.NOT_RENAMEABLE);
		}
		List<String> files = files(options, uri);
		if (!files.contains(target[1])) {
			throw refused(RenameEdits.READ_ONLY);
		}
		Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
		List<Resource> resources = new ArrayList<>();
		NamedElement[] declared = new NamedElement[1];
		for (String file : files) {
			List<TextEdit> edits = options.getLanguageServerAccess().doSyncRead(file, context -> {
				resources.add(context.getResource());
				declared[0] = declared[0] != null ? declared[0] : RenameEdits.declaredIn(context.getResource(), target[0]);
				return textEdits(RenameEdits.in(context.getResource(), target[0], newName), context.getDocument());
			});
			if (!edits.isEmpty()) {
				changes.put(file, edits);
			}
		}
		String clash = declared[0] == null ? "The element is not declared in the workspace's files."
				: RenameEdits.clash(resources, declared[0], newName);
		if (clash != null) {
			throw refused(clash + " Nothing was changed.");
		}
		return new WorkspaceEdit(changes);
	}

	/** The workspace's .smm files the index knows (as the client names them), the file renamed in first. */
	private List<String> files(Options options, String uri) {
		List<String> files = new ArrayList<>();
		files.add(uris.toUriString(uris.toUri(uri)));
		options.getLanguageServerAccess().doSyncRead(uri, context -> {
			for (IResourceDescription description : index.getResourceDescriptions(context.getResource().getResourceSet())
					.getAllResourceDescriptions()) {
				String file = uris.toUriString(description.getURI());
				if (!files.contains(file)) {
					files.add(file);
				}
			}
			return null;
		});
		return files;
	}

	private static List<TextEdit> textEdits(List<Fix> fixes, Document document) {
		List<TextEdit> edits = new ArrayList<>();
		for (Fix fix : fixes) {
			edits.add(new TextEdit(new Range(document.getPosition(fix.offset()), document.getPosition(fix.offset() + fix.length())),
					fix.text()));
		}
		return edits;
	}

	private static ResponseErrorException refused(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
