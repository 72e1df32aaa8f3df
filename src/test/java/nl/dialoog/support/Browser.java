package nl.dialoog.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium for real-browser tests, acting as one visitor: a language, a time zone and a screen
 * size. Every browser starts from an empty profile and makes no connection beyond 127.0.0.1.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("es").timeZone("America/Bogota"))) {
 *     browser.driver().get("http://127.0.0.1:" + port + "/");
 *     browser.screenshot("home-es");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /**
     * Who is browsing.
     *
     * @param languages Accept-Language order, e.g. "es-CO", "es" (also the UI language of the browser)
     * @param timeZone  an IANA zone such as "America/Bogota"
     */
    public record Visitor(List<String> languages, String timeZone, int width, int height) {

        public static final Visitor DEFAULT = new Visitor(List.of("en"), "UTC", 1280, 900);
        /** A typical phone, for pages that participants mostly open on their phones. */
        public static final Visitor PHONE = new Visitor(List.of("en"), "UTC", 390, 844);

        public Visitor language(String... languages) {
            return new Visitor(List.of(languages), timeZone, width, height);
        }

        public Visitor timeZone(String timeZone) {
            return new Visitor(languages, timeZone, width, height);
        }

        public Visitor windowSize(int width, int height) {
            return new Visitor(languages, timeZone, width, height);
        }
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(Visitor visitor) {
        return open(visitor, new String[0]);
    }

    /** A browser with further Chromium switches, e.g. the fake camera and microphone of a stage test. */
    public static Browser open(Visitor visitor, String... switches) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: run bin/test,"
                    + " or apt-get install chromium chromium-driver");
        }
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // As root Chromium needs --no-sandbox; the rest keeps it from calling home or resolving any other host.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile, "--window-size=" + visitor.width() + "," + visitor.height(),
                "--lang=" + visitor.languages().getFirst());
        options.addArguments(switches);
        // The Accept-Language header comes from this preference, not from --lang.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", String.join(",", visitor.languages())));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", visitor.timeZone()));
            // Headless windows cannot be narrower than about 500 px; the emulated viewport can, like a phone's.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", visitor.width(),
                    "height", visitor.height(), "deviceScaleFactor", 1, "mobile", visitor.width() < 600));
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
        return new Browser(driver, profile);
    }

    /**
     * Clicks what sends a form or follows a link, and waits until the next page has replaced this one and finished
     * loading, so no check runs on the old page. While the old page goes away Chromium may answer with errors other
     * than "stale element"; those mean "not yet".
     */
    public void clickAndWaitForNextPage(By locator) {
        WebElement element = driver.findElement(locator);
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Forgets cached files, so the next page load is a first visit's (what a page-weight budget is about). */
    public void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the visitor sees as build-dir/screenshots/name.png (for a person to look at), and returns it. */
    public Path screenshot(String name) {
        return screenshot(Path.of(name.endsWith(".png") ? name : name + ".png"));
    }

    /** Saves a PNG; a relative path lands under build-dir/screenshots. */
    public Path screenshot(Path file) {
        Path target = file.isAbsolute() ? file : screenshots().resolve(file);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    /** The build directory (target, or whatever -Ddialoog.build.dir names), found from where this class was loaded. */
    static Path screenshots() {
        try {
            Path testClasses = Path.of(Browser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("screenshots");
        } catch (Exception e) {
            return Path.of("target", "screenshots");
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("dialoog-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless; failing the test for it would not be.
        }
    }
}
