package io.github.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in Chromium, headless, through Selenium: Debian's {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them). Elsewhere the tests are skipped, and {@link HtmlUnitPagesTest} still runs the
 * same ones. Other locations can be named with {@code -Dgongkai.chromium=...} and
 * {@code -Dgongkai.chromedriver=...}. It also takes the README's screenshot of a checked page,
 * {@code target/screenshots/checked-report-page.png}.
 */
@EnabledIf("installed")
class ChromiumPagesTest extends PagesInABrowser {

    private static final Path BROWSER = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    @Override
    WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Override
    boolean rendersPseudoElements() {
        return true;
    }

    @Test
    void takesTheScreenshotOfACheckedPage() throws IOException {
        // Table 三 with its culprit and the outlined row and column fills the picture.
        driver().manage().window().setSize(new Dimension(1280, 1120));
        driver().get(PageFiles.url("broken-zh.html"));
        ((JavascriptExecutor) driver()).executeScript(
                "document.querySelector('table.T3').closest('section').scrollIntoView(true);");
        File shot = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots/checked-report-page.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "a screenshot of a page, not of nothing");
    }
}
