package org.iotsmm.dsl.ide;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The .smm language server: LSP over stdin/stdout, for any LSP editor.
 * <p>
 * Options (those of Xtext's ServerLauncher): {@code -log} writes what the server prints to
 * {@code <cwd>/SmmLanguageServer-debug.log} instead of discarding it, {@code -trace} traces the
 * JSON-RPC messages, {@code -noValidate} switches validation of the messages off. Standard output
 * carries only the protocol.
 */
public final class SmmLanguageServer {

	private SmmLanguageServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		LaunchArgs launchArgs = ServerLauncher.createLaunchArgs(SmmLanguageServer.class.getSimpleName(), args);
		try {
			start(launchArgs).get();
		} catch (ExecutionException e) {
			// the client went away; nothing left to serve
		}
		System.exit(0);
	}

	/** Starts a server on the given streams; the future ends when the input ends. */
	public static Future<Void> start(LaunchArgs args) {
		Injector injector = Guice.createInjector(serverModule());
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, args.getIn(),
				args.getOut(), args.isValidate(), args.getTrace());
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * Xtext's server module with {@link SmmLanguageServerImpl} and the .smm language registered directly, so that the server works
	 * on a plain class path and in OSGi alike (the generic route, ServiceLoader and the
	 * {@code META-INF/services/org.eclipse.xtext.ISetup} file of this bundle, needs the bundle's
	 * class loader as context class loader).
	 */
	public static Module serverModule() {
		return Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toProvider(SmmRegistry.class);
			binder.bind(LanguageServer.class).to(SmmLanguageServerImpl.class);
			binder.bind(LanguageServerImpl.class).to(SmmLanguageServerImpl.class);
		});
	}

	/** A registry that knows the .smm language, created once per server. */
	@Singleton
	static final class SmmRegistry implements Provider<IResourceServiceProvider.Registry> {
		private IResourceServiceProvider.Registry registry;

		@Override
		public synchronized IResourceServiceProvider.Registry get() {
			if (registry == null) {
				Injector language = new SmmIdeSetup().createInjectorAndDoEMFRegistration();
				IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
				ResourceServiceProviderRegistryImpl created = new ResourceServiceProviderRegistryImpl();
				created.getExtensionToFactoryMap().put("smm", provider);
				registry = created;
			}
			return registry;
		}
	}
}
