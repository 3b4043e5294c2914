package org.iotsmm.oscal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.iotsmm.oscal.CatalogImport;
import org.iotsmm.oscal.CatalogImport.Imported;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.Standard;
import org.iotsmm.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** An OSCAL catalog becomes a standard declaration that parses; hostile input is refused with a reason. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmOscalInjectorProvider.class)
class CatalogImportTest {

	@Inject
	private ModelLoader loader;

	@Test
	void aSmallCatalogRoundTripsIntoAStandardDeclaration(@TempDir Path dir) throws Exception {
		Imported imported = CatalogImport.read(fixture("import/small-catalog.json"), null);
		assertEquals("Acme_Device_Baseline", imported.name());
		assertEquals("2.1", imported.version());
		Standard standard = parse(dir, imported.text());
		assertEquals("Acme_Device_Baseline", standard.getName());
		assertEquals("2.1", standard.getVersion());
		assertEquals("Acme Device Baseline", standard.getTitle());
		List<String> rows = standard.getRequirements().stream()
				.map(r -> r.getName() + "|" + r.getTitle() + "|" + r.getGroup() + "|" + r.getDescription()).toList();
		assertEquals(List.of("AC|Access|null|null",
				"AC.1|Unique \"default\" passwords|AC|Every device ships with a password of its own.",
				"AC.1-a|Password rotation|AC.1|null",
				"ac-2|Lockout after failed logins|AC|null",
				"up|Updates|null|null",
				"up-1|Signed firmware|up|Firmware images are signed."), rows);
	}

	@Test
	void nistsBasicCatalogImports(@TempDir Path dir) throws Exception {
		Imported imported = CatalogImport.read(fixture("nist/basic-catalog.json"), "NistBasic");
		Standard standard = parse(dir, imported.text());
		assertEquals(imported.requirements(), standard.getRequirements().size());
		assertTrue(standard.getRequirements().size() > 5);
		assertTrue(standard.getRequirements().stream().map(Requirement::getTitle).allMatch(t -> t != null && !t.isBlank()));
	}

	@Test
	void hostileOrWrongInputIsRefusedWithAReason(@TempDir Path dir) throws Exception {
		assertRefused(dir, "not-json.json", "this is not JSON {", "not OSCAL JSON");
		assertRefused(dir, "array.json", "[1, 2, 3]", "not an OSCAL document");
		assertRefused(dir, "ar.json", Files.readString(fixture("nist/ifa_assessment-results-example.json")),
				"holds \"assessment-results\" where \"catalog\" is expected");
		assertRefused(dir, "v2.json", Files.readString(fixture("import/small-catalog.json")).replace("1.1.3", "2.0.0"),
				"OSCAL version '2.0.0' is not supported");
		assertRefused(dir, "deep.json", "{\"catalog\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
				"not OSCAL JSON: nested deeper than 64 levels");
		Path latin1 = dir.resolve("latin1.json");
		Files.write(latin1, new byte[] { '{', '"', (byte) 0xE9, '"', ':', '1', '}' });
		IllegalArgumentException notUtf8 = assertThrows(IllegalArgumentException.class, () -> CatalogImport.read(latin1, null));
		assertTrue(notUtf8.getMessage().contains("not UTF-8"), notUtf8.getMessage());
		Path big = dir.resolve("big.json");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper, nothing on disk
		}
		IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> CatalogImport.read(big, null));
		assertTrue(tooBig.getMessage().contains("104857600 bytes"), tooBig.getMessage());
	}

	private static void assertRefused(Path dir, String name, String content, String reason) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogImport.read(file, null));
		assertTrue(e.getMessage().contains(reason), name + ": " + e.getMessage());
	}

	private Standard parse(Path dir, String text) throws Exception {
		Path file = dir.resolve("imported.smm");
		Files.writeString(file, text);
		LoadedModels models = loader.load(List.of(file));
		assertEquals("", models.problems().stream().map(Problem::format).collect(Collectors.joining("\n")), text);
		return models.elements(Standard.class).get(0);
	}

	private static Path fixture(String name) {
		return Repo.bundleFile("org.iotsmm.oscal.tests", "fixtures/" + name);
	}
}
