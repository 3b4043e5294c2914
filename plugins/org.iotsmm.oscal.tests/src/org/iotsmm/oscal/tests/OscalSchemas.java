package org.iotsmm.oscal.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;

/**
 * The OSCAL 1.1.3 JSON schemas (draft-07), as liboscal-java 5.2.0 embeds them, taken out of the jar
 * by this bundle's pom (never committed), and the networknt validator.
 * <p>
 * One adjustment: the draft-07 dialect of networknt knows draft-4's {@code id} keyword and has no
 * validator for it, and the generated schemas contain one malformed {@code "id": {"id": ...}}
 * (the external-id of a party). {@code id} is no draft-07 keyword, so it is dropped from the
 * dialect, which is what a draft-07 validator does with an unknown keyword.
 */
final class OscalSchemas {

	static final String CATALOG = "oscal-catalog_schema.json";
	static final String ASSESSMENT_RESULTS = "oscal-ar_schema.json";
	static final String POAM = "oscal-poam_schema.json";

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

	private OscalSchemas() {
	}

	static Path folder() {
		String folder = System.getProperty("iotsmm.oscalSchemas");
		if (folder == null) {
			throw new IllegalStateException("system property iotsmm.oscalSchemas is not set (see this bundle's pom.xml)");
		}
		return Path.of(folder);
	}

	/** Schema errors of a document, as "path: message"; empty when it is valid. */
	static List<String> validate(String schemaFile, String json) throws IOException {
		Schema schema = SCHEMAS.computeIfAbsent(schemaFile, OscalSchemas::load);
		return schema.validate(JSON.readTree(json)).stream().map(e -> e.toString()).toList();
	}

	/** The schema file for a document by its root key. */
	static String schemaFor(String json) throws IOException {
		String root = JSON.readTree(json).fieldNames().next();
		return switch (root) {
		case "catalog" -> CATALOG;
		case "assessment-results" -> ASSESSMENT_RESULTS;
		case "plan-of-action-and-milestones" -> POAM;
		default -> throw new IllegalArgumentException("no schema for " + root);
		};
	}

	private static Schema load(String file) {
		Dialect draft7 = Dialect.builder(Dialects.getDraft7()).keywords(keywords -> keywords.remove("id")).build();
		try (InputStream in = Files.newInputStream(folder().resolve(file))) {
			return SchemaRegistry.withDefaultDialect(draft7).getSchema(in);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the OSCAL schema " + file, e);
		}
	}
}
