package org.iotsmm.dsl.ide;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.iotsmm.dsl.ide.server.SmmWorkspaceManager;

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
		serve(ServerLauncher.createLaunchArgs(SmmLanguageServer.class.getSimpleName(), args));
		System.exit(0);
	}

	/**
	 * Serves until the input ends, then lets the requests still in progress write their
	 * responses (a client may send a request and close its end right away).
	 */
	public static void serve(LaunchArgs args) throws InterruptedException {
		PendingRequests pending = new PendingRequests();
		try {
			start(Guice.createInjector(serverModule()), args, pending).get();
		} catch (ExecutionException e) {
			// the input broke off; answer what was asked so far
		}
		pending.awaitAnswered(TimeUnit.SECONDS.toMillis(30));
	}

	/** Starts a server on the given streams; the future ends when the input ends. */
	public static Future<Void> start(LaunchArgs args) {
		return start(Guice.createInjector(serverModule()), args, consumer -> consumer);
	}

	private static Future<Void> start(Injector injector, LaunchArgs args,
			Function<MessageConsumer, MessageConsumer> wrapper) {
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(args.getIn()).setOutput(args.getOut())
				.validateMessages(args.isValidate()).traceMessages(args.getTrace()).wrapMessages(wrapper).create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/** Requests received and not yet answered (lsp4j wraps the incoming and the outgoing stream). */
	static final class PendingRequests implements Function<MessageConsumer, MessageConsumer> {
		private final Set<String> open = ConcurrentHashMap.newKeySet();

		@Override
		public MessageConsumer apply(MessageConsumer consumer) {
			boolean outgoing = consumer instanceof StreamMessageConsumer;
			return message -> {
				if (!outgoing && message instanceof RequestMessage request) {
					open.add(request.getId());
				}
				consumer.consume(message);
				if (outgoing && message instanceof ResponseMessage response) {
					synchronized (this) {
						open.remove(response.getId());
						notifyAll();
					}
				}
			};
		}

		synchronized void awaitAnswered(long millis) throws InterruptedException {
			long end = System.currentTimeMillis() + millis;
			while (!open.isEmpty() && System.currentTimeMillis() < end) {
				wait(Math.max(1, end - System.currentTimeMillis()));
			}
		}
	}

	/**
	 * Xtext's server module with {@link SmmLanguageServerImpl}, {@link SmmWorkspaceManager} (tolerant of
	 * positions outside the text and of stale versions) and the .smm language registered directly, so that the server works
	 * on a plain class path and in OSGi alike (the generic route, ServiceLoader and the
	 * {@code META-INF/services/org.eclipse.xtext.ISetup} file of this bundle, needs the bundle's
	 * class loader as context class loader).
	 */
	public static Module serverModule() {
		return Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toProvider(SmmRegistry.class);
			binder.bind(LanguageServer.class).to(SmmLanguageServerImpl.class);
			binder.bind(LanguageServerImpl.class).to(SmmLanguageServerImpl.class);
			binder.bind(WorkspaceManager.class).to(SmmWorkspaceManager.class).in(Singleton.class);
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
