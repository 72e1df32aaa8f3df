package nl.dialoog.stage.media;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * One headless Chromium inside a {@link MediaNamespace}, driven from the test JVM through its chromedriver there.
 * Camera and microphone are Chromium's fake devices (a moving test picture and a beep), allowed without asking.
 */
public final class MediaBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The screen the page sees; a phone's is emulated (headless windows are not narrower than about 500 px). */
    public record Screen(int width, int height, boolean phone) {

        public static final Screen DESKTOP = new Screen(1280, 900, false);
        public static final Screen PHONE = new Screen(390, 844, true);
    }

    private final MediaNamespace namespace;
    private final Process chromedriver;
    private final RemoteWebDriver driver;
    private final Path profile;

    private MediaBrowser(MediaNamespace namespace, Process chromedriver, RemoteWebDriver driver, Path profile) {
        this.namespace = namespace;
        this.chromedriver = chromedriver;
        this.driver = driver;
        this.profile = profile;
    }

    static MediaBrowser open(MediaNamespace namespace, Process chromedriver, String address, Screen screen,
                             String site)
            throws IOException {
        Path profile = Files.createTempDirectory("dialoog-media-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root Chromium needs --no-sandbox; the rest keeps it from calling home or resolving any host name.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                // IP literals go through these rules too: only the veth pair's two addresses stay reachable
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE " + namespace.hostAddress()
                        + " , EXCLUDE " + namespace.namespaceAddress(),
                "--user-data-dir=" + profile, "--lang=en",
                // media: a fake camera and microphone, allowed without a prompt; real addresses in ICE (no mDNS)
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--disable-features=WebRtcHideLocalIpsWithMdns", "--autoplay-policy=no-user-gesture-required",
                // screen sharing: the fake capture stands in for the screen, chosen without the picker
                "--auto-select-desktop-capture-source=Entire screen",
                // camera and microphone need a secure context; production serves https, the test plain http
                "--unsafely-treat-insecure-origin-as-secure=" + site);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        if (screen.phone()) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", screen.width(), "height", screen.height(), "pixelRatio", 1.0, "touch", true)));
        } else {
            options.addArguments("--window-size=" + screen.width() + "," + screen.height());
        }
        try {
            RemoteWebDriver driver = new RemoteWebDriver(URI.create(address).toURL(), options);
            return new MediaBrowser(namespace, chromedriver, driver, profile);
        } catch (RuntimeException e) {
            chromedriver.destroyForcibly();
            throw e;
        }
    }

    public RemoteWebDriver driver() {
        return driver;
    }

    /** Runs JavaScript in the page and returns its result (a number, string, boolean, list or map). */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // the browser may have ended with a failed test; its driver is stopped below regardless
        } finally {
            chromedriver.destroy();
            try {
                if (!chromedriver.waitFor(5, TimeUnit.SECONDS)) {
                    chromedriver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            namespace.forget(this);
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException leftInTmp) {
                // a profile left in /tmp is harmless
            }
        }
    }

}
