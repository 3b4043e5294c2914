package org.iotsmm.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The outline of the bottling-line example. */
class DocumentSymbolTest extends SmmLanguageServerTest {

	@Test
	void bottlingLineOutline() throws Exception {
		String model = Repo.example("bottling-line");
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
		List<DocumentSymbol> top = result[0];
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

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not among " + names(parent.getChildren())));
	}

	private static List<String> names(List<DocumentSymbol> symbols) {
		return symbols.stream().map(DocumentSymbol::getName).collect(Collectors.toList());
	}
}
