package io.gongzhi.platform.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the portal tests: Debian's headless Chromium ({@code /usr/bin/chromium}) driven
 * through its chromedriver ({@code /usr/bin/chromedriver}) by Selenium; {@code .ci/run} installs
 * both. A phone (360 × 800) or a desktop (1280 × 900) window, a fresh profile each time, Chinese
 * as the browser's language. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final URL base;
    private final Path profile;

    private Browser(URL base, int width, int height) {
        this.base = onLocalhost(base);
        try {
            this.profile = Files.createTempDirectory("gongzhi-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        if (width < 500) {
            // headless windows are at least 500 px wide: a phone's viewport is emulated instead
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /**
     * The same server as {@code localhost}: a page from a plain-HTTP address other than localhost is
     * no secure context, and browsers then withhold what the portal uses (Web Crypto for PKCE,
     * service workers). Production serves HTTPS.
     */
    private static URL onLocalhost(URL base) {
        try {
            return new URL(base.getProtocol(), "localhost", base.getPort(), base.getFile());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A phone-sized window: 360 CSS pixels wide, the narrowest the portals must not break at. */
    public static Browser phone(URL base) {
        return new Browser(base, 360, 800);
    }

    public static Browser desktop(URL base) {
        return new Browser(base, 1280, 900);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the platform ({@code t/shuangluan/}, {@code operator/}…). */
    public Browser open(String path) {
        driver.get(base.toString() + path);
        return this;
    }

    public WebElement waitFor(By by) {
        return wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement waitFor(By by, Duration timeout) {
        return wait(timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    public WebElement waitForText(By by, String text) {
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    public WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public void click(By by) {
        wait(Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    public void type(By by, String text) {
        WebElement e = waitFor(by);
        e.clear();
        e.sendKeys(text);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Cuts the browser off the network (as a phone out of coverage), or gives it back. */
    public void offline(boolean offline) {
        if (offline) {
            org.openqa.selenium.chromium.ChromiumNetworkConditions none =
                    new org.openqa.selenium.chromium.ChromiumNetworkConditions();
            none.setOffline(true);
            driver.setNetworkConditions(none);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    /** Writes a PNG of the window to {@code target/screenshots/<name>.png}; returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path out = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's width against the window's: wider means the layout broke (sideways scrolling). */
    public boolean overflowsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
