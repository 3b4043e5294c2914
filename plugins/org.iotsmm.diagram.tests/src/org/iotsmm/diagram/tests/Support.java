package org.iotsmm.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Zone;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Loading, SVG parsing and rendering helpers shared by the tests. */
final class Support {

	static final List<String> EXAMPLES = List.of("getting-started", "bottling-line", "automotive-gateway",
			"residential-cameras");

	private Support() {
	}

	/** Loads the files or folders, requires them to be free of errors and to hold one system. */
	static org.iotsmm.smm.System system(ModelLoader loader, Path... paths) throws Exception {
		LoadedModels models = loader.load(List.of(paths));
		assertEquals("", models.errors().stream().map(Problem::format).collect(Collectors.joining("\n")),
				"model must load without errors");
		assertEquals(1, models.systems().size(), "one system expected");
		return models.systems().get(0);
	}

	/** Every zone of the system, depth first, with its dotted path. */
	static Map<String, Zone> zones(org.iotsmm.smm.System system) {
		Map<String, Zone> out = new LinkedHashMap<>();
		collectZones("", system.getZones(), out);
		return out;
	}

	private static void collectZones(String prefix, List<Zone> zones, Map<String, Zone> out) {
		for (Zone z : zones) {
			out.put(prefix + z.getName(), z);
			collectZones(prefix + z.getName() + ".", z.getZones(), out);
		}
	}

	/** Every component of the system with its dotted path. */
	static Map<String, Component> components(org.iotsmm.smm.System system) {
		Map<String, Component> out = new LinkedHashMap<>();
		system.getComponents().forEach(c -> out.put(c.getName(), c));
		zones(system).forEach((path, z) -> z.getComponents().forEach(c -> out.put(path + "." + c.getName(), c)));
		return out;
	}

	/** Parses with javax.xml (no DTD fetch); fails the test if the text is not well-formed XML. */
	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder b = f.newDocumentBuilder();
		return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** id attribute -> element, for every element that has one. */
	static Map<String, Element> ids(Document doc) {
		Map<String, Element> out = new LinkedHashMap<>();
		NodeList all = doc.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (e.hasAttribute("id")) {
				Element previous = out.put(e.getAttribute("id"), e);
				assertTrue(previous == null || !e.getAttribute("id").contains(":"),
						"duplicate id " + e.getAttribute("id"));
			}
		}
		return out;
	}

	/** Renders the SVG with rsvg-convert (librsvg2-bin) and returns the PNG bytes. */
	static byte[] rsvg(String svg, Path dir, String name) throws Exception {
		Path in = dir.resolve(name + ".svg");
		Path out = dir.resolve(name + ".png");
		Files.writeString(in, svg, StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of("rsvg-convert", "-o", out.toString(), in.toString()));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rsvg-convert timed out");
		assertEquals(0, p.exitValue(), "rsvg-convert failed on " + name + ": " + output);
		return Files.readAllBytes(out);
	}

	static boolean isPng(byte[] bytes) {
		return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
	}
}
