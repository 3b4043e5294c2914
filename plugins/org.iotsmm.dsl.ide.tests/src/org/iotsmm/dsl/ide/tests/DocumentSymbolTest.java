package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The outline of the bottling-line example and of the shipped profiles and mappings. */
class DocumentSymbolTest extends SmmLanguageServerTest {

	@Test
	void bottlingLineOutline() throws Exception {
		List<DocumentSymbol> top = outline(Repo.example("bottling-line"));
		Assertions.assertEquals(1, top.size());
		DocumentSymbol system = top.get(0);
		Assertions.assertEquals("BottlingLine", system.getName());
		Assertions.assertEquals(SymbolKind.Module, system.getKind());
		Assertions.assertEquals("Bottling line 4, filling and packaging", system.getDetail());

		Assertions.assertEquals(List.of("Karin", "Dana", "Marco", "Omar", "Ines", "PlantFloor", "PlantIT", "DMZ", "Cloud",
				"Signals", "Rejects", "HmiRead", "HmiWrite", "SafetyStatus", "Programming", "SafetyProgramming", "ToHistorian", "ToGateway",
				"ToCloud", "GatewayConfig", "VendorSupport", "Year1", "Baseline", "Reassessment", "Year1Roadmap"),
				names(system.getChildren()));

		DocumentSymbol plantFloor = child(system, "PlantFloor");
		Assertions.assertEquals(SymbolKind.Namespace, plantFloor.getKind());
		Assertions.assertEquals("Plant floor, line 4 cell", plantFloor.getDetail());
		// eContents order: a zone's nested zones come before its components
		Assertions.assertEquals(List.of("SafetyZone", "LinePLCs", "FillSensors", "RejectGates", "LineHMI", "LineNetwork"),
				names(plantFloor.getChildren()));
		Assertions.assertEquals(List.of("SafetyPLC"), names(child(plantFloor, "SafetyZone").getChildren()));
		Assertions.assertEquals(SymbolKind.Object, child(plantFloor, "LinePLCs").getKind());

		DocumentSymbol year1 = child(system, "Year1");
		Assertions.assertEquals(SymbolKind.Struct, year1.getKind());
		Assertions.assertEquals("Governance level 2", year1.getChildren().get(0).getName());
		Assertions.assertEquals("ThreatModeling level 3", year1.getChildren().get(1).getName());
		Assertions.assertEquals(SymbolKind.Field, year1.getChildren().get(1).getKind());

		DocumentSymbol baseline = child(system, "Baseline");
		Assertions.assertEquals(SymbolKind.Event, baseline.getKind());
		Assertions.assertEquals("SecurityProgramManagement level 1", baseline.getChildren().get(0).getName());
		assertTrue(baseline.getChildren().size() > 10, names(baseline.getChildren()).toString());
		Assertions.assertEquals(SymbolKind.Constant, child(system, "Karin").getKind());
		Assertions.assertEquals("MonitoringPractices to level 2", child(system, "Year1Roadmap").getChildren().get(0).getName());
	}

	@Test
	void aProfileListsItsConsiderationsTemplatesAndRules() throws Exception {
		List<DocumentSymbol> top = outline(shipped("consumer-iot-1.0.smm"));
		DocumentSymbol profile = top.get(0);
		Assertions.assertEquals("ConsumerIoT", profile.getName());
		Assertions.assertEquals(SymbolKind.Package, profile.getKind());
		List<String> children = names(profile.getChildren());
		Assertions.assertEquals(List.of("SecurityProgramManagement level 2", "SecurityProgramManagement level 3",
				"ComplianceManagement level 1"), children.subList(0, 3));
		Assertions.assertEquals(SymbolKind.Field, profile.getChildren().get(0).getKind());
		// considerations first, then the templates and rules the outline showed before
		long considerations = profile.getChildren().stream().filter(s -> s.getKind() == SymbolKind.Field).count();
		assertTrue(considerations > 10 && considerations < children.size(), children.toString());
	}

	@Test
	void aMappingListsItsLinesByWhatTheySay() throws Exception {
		List<DocumentSymbol> top = outline(shipped("mapping-smm-etsi-en-303-645.smm"));
		DocumentSymbol mapping = top.get(0);
		Assertions.assertEquals("SmmToEtsiEn303645", mapping.getName());
		Assertions.assertEquals(SymbolKind.Package, mapping.getKind());
		Assertions.assertEquals("EstablishingIdentities supports \"5.1-1\", \"5.1-2\", \"5.1-3\", \"5.1-4\", \"5.1-5\"",
				mapping.getChildren().get(0).getName());
		Assertions.assertEquals(SymbolKind.Field, mapping.getChildren().get(0).getKind());
	}

	@Test
	void aStandardListsItsRequirements() throws Exception {
		DocumentSymbol standard = outline(shipped("etsi-en-303-645.smm")).get(0);
		Assertions.assertEquals(SymbolKind.Package, standard.getKind());
		assertTrue(standard.getChildren().size() > 20, names(standard.getChildren()).toString());
		Assertions.assertEquals(SymbolKind.Class, standard.getChildren().get(0).getKind());
	}

	private List<DocumentSymbol> outline(String model) {
		List<DocumentSymbol>[] result = new List[1];
		testDocumentSymbol(it -> {
			it.setModel(model);
			it.setInitializer(params -> {
				TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
				DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
				symbols.setHierarchicalDocumentSymbolSupport(true);
				textDocument.setDocumentSymbol(symbols);
				params.getCapabilities().setTextDocument(textDocument);
			});
			it.setAssertSymbols(symbols -> result[0] = symbols.stream().map(Either::getRight).toList());
		});
		return result[0];
	}

	private static String shipped(String file) throws IOException {
		return Files.readString(Repo.root().resolve("plugins/org.iotsmm.catalog/org/iotsmm/catalog").resolve(file), StandardCharsets.UTF_8);
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not among " + names(parent.getChildren())));
	}

	private static List<String> names(List<DocumentSymbol> symbols) {
		return symbols.stream().map(DocumentSymbol::getName).collect(Collectors.toList());
	}
}
