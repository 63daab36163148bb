package org.invicta.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.invicta.organisation.TestForces.TestUser;

/**
 * Debian's Chromium driven by Playwright (which must never try to download a browser here), and the
 * axe-core scan every journey runs on every page it visits.
 */
final class BrowserSupport implements AutoCloseable {

    private static BrowserSupport shared;

    /** One Chromium for every journey of the test JVM, closed when the JVM ends. */
    static synchronized BrowserSupport forPort(int port) {
        if (shared == null || !shared.base.endsWith(":" + port)) {
            if (shared != null) shared.close();
            shared = new BrowserSupport(port);
            var started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;
    private final String base;

    private BrowserSupport(int port) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("invicta.test.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
        this.base = "http://localhost:" + port;
    }

    Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(base)).newPage();
    }

    /** A browser with JavaScript switched off, as some force desktops and assistive set-ups have it. */
    Page newPageWithoutJavaScript() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(base).setJavaScriptEnabled(false)).newPage();
    }

    void signIn(Page page, TestUser user) {
        signIn(page, user.username(), user.password());
    }

    void signIn(Page page, String username, String password) {
        page.navigate("/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    /** No serious or critical WCAG 2.2 AA violation on the page as it is now; a screenshot is kept for review. */
    static void assertAccessible(Page page) {
        var name = page.url().replaceFirst("https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", (name.isEmpty() ? "root" : name) + ".png")));
        var results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertThat(serious).as("axe-core on " + page.url()).isEmpty();
    }

    @Override
    public synchronized void close() {
        try {
            browser.close();
            playwright.close();
        } catch (RuntimeException alreadyClosed) {
            // closing twice (explicitly, then at JVM exit) is harmless
        }
    }
}
