package org.iotsmm.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.iotsmm.ui.Activator;
import org.osgi.framework.FrameworkUtil;

/**
 * The starting points of the wizards: the four examples of the repository (copied into this bundle
 * at build time, so there is one copy in git) and a small new system.
 */
public final class SmmTemplates {

	public static final List<String> EXAMPLES = List.of("getting-started", "bottling-line", "automotive-gateway",
			"residential-cameras");

	/** The project nature of .smm projects (org.iotsmm.dsl.ui: its builder puts the problems into the Problems view). */
	public static final String NATURE = "org.iotsmm.dsl.ui.nature";

	/** The industry profiles shipped with the catalog, for the New SMM File wizard. */
	public static final List<String> PROFILES = List.of("Manufacturing", "RetailPOS", "ConsumerIoT", "HealthcareDevices");

	private SmmTemplates() {
	}

	/** The text of {@code examples/NAME/NAME.smm} from this bundle. */
	public static String example(String name) throws IOException {
		URL url = FileLocator.find(FrameworkUtil.getBundle(Activator.class),
				new org.eclipse.core.runtime.Path("examples/" + name + "/" + name + ".smm"));
		if (url == null) {
			throw new IOException("example " + name + " is missing from bundle " + Activator.ID);
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A new system: one zone, one component, one target set, ready to fill in. */
	public static String newSystem(String name, String title, String profile) {
		String uses = "uses catalog SMM version 1.2" + (profile == null ? "" : " profile " + profile + " version 1.0");
		return """
				// %1$s.smm: describe the system, its targets per practice, then record assessments.
				// The language: Help > Help Contents > IoT SMM user guide, or docs/language.md.
				system %1$s "%2$s" %3$s {
				  stakeholder Owner "System owner" role business

				  zone Site "Site" {
				    gateway Gateway "Edge gateway"
				  }

				  target Initial "First targets" owner Owner date %4$s {
				    practice SecurityProgramManagement level 1 because "A security programme exists for this system"
				  }
				}
				""".formatted(name, title.replace("\"", "'"), uses, java.time.LocalDate.now());
	}
}
