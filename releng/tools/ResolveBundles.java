import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * OSGi resolution of a product's plugins/ folder for another platform, on this machine: starts the
 * product's own Equinox with osgi.os/ws/arch of that platform (so platform filters of fragments
 * are evaluated for it), installs every bundle, resolves, and lists what does not resolve and why.
 * Usage: java -cp PLUGINS/org.eclipse.osgi_*.jar ResolveBundles.java PLUGINS OS WS ARCH
 * Exit 0: every bundle resolved; 1: some did not (listed); 2: usage.
 */
public class ResolveBundles {
	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("usage: ResolveBundles PLUGINS OS WS ARCH");
			System.exit(2);
		}
		File plugins = new File(args[0]);
		Map<String, String> config = new HashMap<>();
		config.put("osgi.os", args[1]);
		config.put("osgi.ws", args[2]);
		config.put("osgi.arch", args[3]);
		config.put("osgi.nl", "en_US");
		config.put(org.osgi.framework.Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("resolve-").toString());
		config.put(org.osgi.framework.Constants.FRAMEWORK_STORAGE_CLEAN, "onFirstInit");
		Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
		framework.init();
		BundleContext context = framework.getBundleContext();
		List<Bundle> installed = new ArrayList<>();
		File[] files = plugins.listFiles();
		java.util.Arrays.sort(files);
		for (File f : files) {
			if (f.getName().startsWith("org.eclipse.osgi_")) {
				continue; // the framework itself (the system bundle)
			}
			installed.add(context.installBundle("reference:" + f.toURI()));
		}
		framework.adapt(FrameworkWiring.class).resolveBundles(installed);
		int unresolved = 0;
		for (Bundle b : installed) {
			if (b.getState() != Bundle.INSTALLED) {
				continue;
			}
			unresolved++;
			String why = "not resolved";
			if (b.getHeaders().get("Fragment-Host") == null) {
				try {
					b.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					why = e.getMessage().replace('\n', ' ');
				}
			}
			System.out.println("resolve: FAIL: " + b.getSymbolicName() + " " + b.getVersion() + ": " + why);
		}
		System.out.println("resolve: " + (installed.size() - unresolved) + " of " + installed.size() + " bundles resolve for "
				+ args[1] + "/" + args[2] + "/" + args[3]);
		framework.stop();
		framework.waitForStop(10_000);
		System.exit(unresolved == 0 ? 0 : 1);
	}
}
