package org.iotsmm.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotsmm.dsl.loading.LoadedModels;
import org.iotsmm.dsl.loading.ModelLoader;
import org.iotsmm.dsl.loading.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A half-typed statement is an error on its own line and leaves the statements below it as they
 * were: what an architect sees in the editor while typing, and what the command line reports for a
 * file saved half-way. Before, the parser often ended the enclosing block at such a statement and
 * every statement below became an error.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SmmInjectorProvider.class)
class ErrorRecoveryTest {

	@Inject
	private IParser parser;

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	/**
	 * Every statement line of every example cut after each of its words, as it is while being
	 * typed (a block's header keeps its brace, since its block is there already, and a title
	 * open in it is tried closed, as the editor closes it, and left open): at most two syntax errors, on the line or at the next statement's first
	 * word, and every object declared below the line still there.
	 */
	@Test
	void everyHalfTypedLineOfTheExamplesKeepsItsErrorsThereAndTheStatementsBelow() throws Exception {
		List<String> failures = new ArrayList<>();
		int states = 0;
		for (Path example : MalformedInputTest.examples()) {
			String text = Files.readString(example);
			Map<String, String> intact = objectsFrom(parser.parse(new StringReader(text)), 0, 0);
			String[] lines = text.split("\n", -1);
			int offset = 0;
			boolean inTextBlock = false;
			for (int index = 0; index < lines.length; index++) {
				String line = lines[index];
				int lineEnd = offset + line.length();
				String statement = line.strip();
				boolean togglesTextBlock = (statement.split("\"\"\"", -1).length - 1) % 2 == 1;
				if (!inTextBlock && !togglesTextBlock && !statement.isEmpty() && !statement.startsWith("//")
						&& !statement.startsWith("\"")) {
					String indent = line.substring(0, line.indexOf(statement.charAt(0)));
					boolean header = statement.endsWith("{");
					String[] words = statement.split(" ");
					StringBuilder typed = new StringBuilder(indent);
					for (int k = 0; k < words.length - (header ? 2 : 1); k++) {
						typed.append(words[k]).append(' ');
						boolean openQuote = typed.chars().filter(c -> c == '"').count() % 2 == 1;
						// a header keeps its brace; with its title open, the title closed by the editor and left open
						for (String cutLine : header && openQuote ? List.of(typed + "\" {", typed + "{")
								: List.of(typed + (header ? "{" : ""))) {
							String cut = text.substring(0, offset) + cutLine + text.substring(lineEnd);
							int shift = cutLine.length() - line.length();
							IParseResult result = parser.parse(new StringReader(cut));
							states++;
							int lineNumber = index + 1;
							int nextStatementLine = nextStatementLine(lines, index) + 1;
							List<String> errors = new ArrayList<>();
							boolean misplaced = false;
							for (INode node : result.getRootNode().getAsTreeIterable()) {
								if (node.getSyntaxErrorMessage() != null) {
									errors.add(node.getStartLine() + ": " + node.getSyntaxErrorMessage().getMessage());
									misplaced |= node.getStartLine() < lineNumber || node.getStartLine() > nextStatementLine;
								}
							}
							Map<String, String> after = objectsFrom(result, lineEnd + shift, -shift);
							long lost = intact.keySet().stream()
									.filter(key -> Integer.parseInt(key.substring(0, key.indexOf(':'))) > lineEnd)
									.filter(key -> !after.containsKey(key)).count();
							if (errors.size() > 2 || misplaced || lost > 0) {
								failures.add(example.getFileName() + ":" + lineNumber + " '" + cutLine.strip() + "': " + errors
										+ ", objects below lost: " + lost);
							}
						}
					}
				}
				inTextBlock ^= togglesTextBlock;
				offset = lineEnd + 1;
			}
		}
		assertTrue(states > 5_000, "half-typed states tried: " + states);
		assertEquals("", failures.stream().limit(20).collect(Collectors.joining("\n")), failures.size() + " of " + states + " states");
	}

	@Test
	void anOnWithoutItsElementIsOneErrorAtTheNextStatement() throws Exception {
		LoadedModels models = loadEdited("getting-started", "practice EstablishingIdentities level 2 because \"Each sensor and the gateway need their own identity so a rogue device is noticed\"",
				"practice EstablishingIdentities level 2 on");
		assertEquals("47: missing a name at 'practice'", problems(models));
		assertSameStatements(models, "getting-started");
	}

	@Test
	void aTextWithoutItsClosingQuoteEndsAtItsLine() throws Exception {
		LoadedModels models = loadEdited("getting-started", "sensor RoomSensors \"Occupancy sensors\" count 6",
				"sensor RoomSensors \"Occupancy sensors count 6");
		assertEquals("24: This text has no closing quote; a quoted text ends on its line (write a \"\"\"text block\"\"\" for several lines)",
				problems(models));
		assertEquals("Occupancy sensors count 6", models.systems().get(0).getZones().get(0).getComponents().get(0).getTitle());
		assertSameStatements(models, "getting-started");
	}

	/** Before, the title took the brace, the zone's components became the system's and the zone's closing brace ended the system. */
	@Test
	void aTitleLeftOpenInABlockHeaderEndsBeforeTheBrace() throws Exception {
		LoadedModels models = loadEdited("getting-started", "zone Office \"Office floor\" {", "zone Office \"Office floor {");
		assertEquals("22: This text has no closing quote; a quoted text ends on its line (write a \"\"\"text block\"\"\" for several lines)",
				problems(models));
		assertEquals("Office floor", models.systems().get(0).getZones().get(0).getTitle());
		assertSameStatements(models, "getting-started");
	}

	@Test
	void aBlockWhoseHeaderLacksAPartKeepsItsStatements() throws Exception {
		LoadedModels models = loadEdited("getting-started",
				"assessment FirstCheck \"First check\" date 2026-03-02 by Ana kind self against FirstYear {",
				"assessment FirstCheck \"First check\" by Ana kind self against FirstYear {");
		assertEquals("57: missing 'date' at 'by'", problems(models));
		assertSameStatements(models, "getting-started");
	}

	/**
	 * A declaration whose name is not typed yet is an error, not a crash: the catalog's scope made a
	 * name of every practice and threw on the one without (found by the smm-text fuzzer once the
	 * parser kept such a practice instead of taking the next word as its name).
	 */
	@Test
	void aPracticeWithoutItsNameIsOneErrorWhileTheOthersResolve() throws Exception {
		Path catalog = Repo.fixture("validation/practice-without-name-fails.smm"); // also a seed of the fuzzer's corpus
		LoadedModels models = loader.load(List.of(catalog));
		assertTrue(problems(models).startsWith("8: missing a name at 'practice'"), problems(models));
		assertTrue(models.errors().stream().noneMatch(p -> p.message().contains("Alone")), problems(models));
	}

	/** The example with one statement replaced, loaded as the command line loads it. */
	private LoadedModels loadEdited(String example, String statement, String replacement) throws Exception {
		Path source = Repo.examples().resolve(example).resolve(example + ".smm");
		String text = Files.readString(source);
		assertTrue(text.contains(statement), statement);
		Path edited = dir.resolve(example + ".smm");
		Files.writeString(edited, text.replace(statement, replacement));
		return loader.load(List.of(edited));
	}

	private static String problems(LoadedModels models) {
		return models.problems().stream().map(p -> p.line() + ": " + p.message()).collect(Collectors.joining("\n"));
	}

	/** The edited system still has the example's zones, components, flows, target entries and findings. */
	private void assertSameStatements(LoadedModels edited, String example) throws Exception {
		org.iotsmm.smm.System intact = loader.load(List.of(Repo.examples().resolve(example))).systems().get(0);
		assertEquals(1, edited.systems().size(), problems(edited));
		assertEquals(census(intact), census(edited.systems().get(0)));
	}

	private static Map<String, Integer> census(org.iotsmm.smm.System system) {
		Map<String, Integer> counts = new HashMap<>();
		system.eAllContents().forEachRemaining(object -> counts.merge(object.eClass().getName(), 1, Integer::sum));
		return counts;
	}

	private static int nextStatementLine(String[] lines, int index) {
		for (int next = index + 1; next < lines.length; next++) {
			String statement = lines[next].strip();
			if (!statement.isEmpty() && !statement.startsWith("//")) {
				return next;
			}
		}
		return lines.length - 1;
	}

	/** Objects starting after an offset, keyed by their start (moved by a shift) and their class. */
	private static Map<String, String> objectsFrom(IParseResult result, int from, int shift) {
		Map<String, String> objects = new HashMap<>();
		if (result.getRootASTElement() == null) {
			return objects;
		}
		for (var contents = result.getRootASTElement().eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			INode node = NodeModelUtils.getNode(object);
			if (node != null && node.getOffset() >= from) {
				objects.put((node.getOffset() + shift) + ":" + object.eClass().getName(), object.eClass().getName());
			}
		}
		return objects;
	}
}
