package org.iotsmm.dsl.ide;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, tolerant of clients that open a single file without a workspace
 * (no root URI, no workspace folders, as Neovim and Helix do outside a project): the working
 * directory then serves as the workspace root instead of failing the initialize request.
 */
public class SmmLanguageServerImpl extends LanguageServerImpl {

	@SuppressWarnings("deprecation") // rootUri and rootPath: what such clients send, or not
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
		if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
			params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}
}
