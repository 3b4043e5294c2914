package org.iotsmm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.commands.Command;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.iotsmm.ui.help.UserGuideHandler;
import org.iotsmm.ui.views.ArchitectureView;
import org.iotsmm.ui.views.CoverageView;
import org.iotsmm.ui.views.GapsView;
import org.iotsmm.ui.views.MaturityView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help system of the workbench, as Help > Help Contents, Help > Search and Help > IoT SMM User
 * Guide use it: the help web app on the embedded Jetty, started the way the workbench starts it
 * (IWorkbenchHelpSystem.resolve starts it), then asked over real HTTP for the table of contents,
 * a page of the guide and a search of the Lucene index. The guide's text is read from docs/, the
 * source of the pages.
 */
class HelpSystemTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private static String helpBase;
	private static String guide;

	@BeforeAll
	static void startHelpServer() throws IOException {
		URL page = PlatformUI.getWorkbench().getHelpSystem().resolve(UserGuideHandler.GUIDE, false);
		assertNotNull(page, "the help system resolves no URL for the guide: no help server");
		assertEquals("http", page.getProtocol(), "the guide is not served by the help web app: " + page);
		String url = page.toString();
		helpBase = url.substring(0, url.indexOf("/topic/"));
		guide = Files.readString(Path.of(System.getProperty("iotsmm.repo"), "docs/user-guide.md"), StandardCharsets.UTF_8);
	}

	@Test
	void helpContentsAndSearchAreCommandsOfTheWorkbench() {
		assertTrue(PlatformUI.getWorkbench().getHelpSystem().hasHelpUI(), "no help UI (org.eclipse.help.ui) in the workbench");
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : List.of("org.eclipse.ui.help.helpContents", "org.eclipse.ui.help.helpSearch", "org.iotsmm.ui.userGuide")) {
			Command command = commands.getCommand(id);
			assertTrue(command.isDefined() && command.isHandled() && command.isEnabled(), id + " is not an enabled command");
		}
	}

	@Test
	void tableOfContentsListsTheGuidesChapters() throws Exception {
		String toc = get("/advanced/tocfragment?lang=en");
		assertTrue(toc.contains("IoT SMM User Guide"), "our book is not in the table of contents:\n" + toc);
		// the book's whole tree as the TOC servlet serves it
		String book = get("/toc?lang=en");
		List<String> chapters = guide.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).replaceAll("[`*]", "").trim()).toList();
		assertTrue(chapters.size() >= 5, "docs/user-guide.md has too few chapters: " + chapters);
		for (String chapter : chapters) {
			assertTrue(book.contains("label=\"" + xml(chapter) + "\""), "chapter '" + chapter + "' missing from the served table of contents");
		}
		assertTrue(book.contains("The .smm language"), "the language page is not in the book");
	}

	@Test
	void topicPageOfTheGuideIsServedWithItsText() throws Exception {
		String html = get("/topic" + UserGuideHandler.GUIDE);
		String title = guide.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow().substring(2);
		assertTrue(html.contains(xml(title)), "the served page lacks the guide's title '" + title + "'");
		String chapter = guide.lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow().substring(3);
		assertTrue(html.contains(">" + xml(chapter) + "</h2>"), "the served page lacks the chapter '" + chapter + "'");
	}

	@Test
	void searchFindsTheGuideByAWordOnlyItUses() throws Exception {
		// "questionnaire" is our word: no Eclipse help book the product ships uses it
		assertTrue(guide.contains("questionnaire"));
		String hits = get("/search?lang=en&phrase=" + URLEncoder.encode("questionnaire", StandardCharsets.UTF_8));
		assertTrue(hits.contains("/org.iotsmm.ui/help/user-guide.html"), "search for 'questionnaire' does not find the guide:\n" + hits);
		String none = get("/search?lang=en&phrase=" + URLEncoder.encode("xylophonequartz", StandardCharsets.UTF_8));
		assertTrue(!none.contains("/org.iotsmm.ui/help/"), "a word in no page finds a page:\n" + none);
	}

	@Test
	void helpContentsPageIsRenderedByJspAndShownInChromium() throws Exception {
		// index.jsp is the Help Contents window: compiled by Jasper, so this fails without the JSP engine
		String index = get("/index.jsp");
		assertTrue(index.contains("frameset") || index.contains("iframe"), "index.jsp is not the help window:\n" + index);
		Path chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
		if (chromium == null) {
			System.err.println("HelpSystemTest: no chromium, no build-output/help.png");
			return;
		}
		Path png = Path.of(System.getProperty("iotsmm.repo"), "build-output", "help.png");
		Files.createDirectories(png.getParent());
		Files.deleteIfExists(png);
		Path profile = Files.createTempDirectory("help-chromium");
		// a page below the book, so that the contents tree opens the book and shows its chapters
		Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
				"--virtual-time-budget=20000", "--window-size=1280,800", "--screenshot=" + png, helpBase + "/index.jsp?topic=/org.iotsmm.ui/help/language.html")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
		assertTrue(Files.size(png) > 10_000, "no screenshot of the help window");
	}

	/**
	 * F1 in each view opens its part of the guide: SWT sends the help request to the focused
	 * control and on up its parents, so some control above one inside the view carries the help
	 * context; the context's topics are pages the help server serves, with the anchor they name.
	 */
	@ParameterizedTest
	@ValueSource(strings = { ArchitectureView.ID, GapsView.ID, MaturityView.ID, CoverageView.ID })
	void f1InEachViewOpensItsPartOfTheGuide(String viewId) throws Exception {
		IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(viewId);
		Control inside = switch (view) {
		case ArchitectureView v -> v.canvas();
		case GapsView v -> v.gapTable().getControl();
		case MaturityView v -> v.control();
		case CoverageView v -> v.control();
		default -> throw new AssertionError(viewId);
		};
		String contextId = null;
		for (Control c = inside; c != null && contextId == null; c = c.getParent()) {
			contextId = c.getData("org.eclipse.ui.help") instanceof String id ? id : null;
		}
		assertNotNull(contextId, "no help context on or above the controls of " + viewId);
		IContext context = HelpSystem.getContext(contextId);
		assertNotNull(context, "no context " + contextId + " in contexts.xml");
		assertTrue(context.getText() != null && !context.getText().isBlank(), "context " + contextId + " has no description");
		IHelpResource[] topics = context.getRelatedTopics();
		assertTrue(topics.length > 0, "context " + contextId + " has no topic");
		IHelpResource first = topics[0];
		String href = first.getHref();
		String page = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
		String html = get("/topic" + (page.startsWith("/") ? page : "/org.iotsmm.ui/" + page));
		if (href.contains("#")) {
			String anchor = href.substring(href.indexOf('#') + 1);
			assertTrue(html.contains("id=\"" + anchor + "\""), "the page " + page + " has no anchor " + anchor + " for " + contextId);
		}
	}

	private static String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(helpBase + path)).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, response.statusCode(), path + " answered " + response.statusCode() + ":\n" + response.body());
		return response.body();
	}

	private static String xml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
