package org.hongtou.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The preview page in a real headless Chromium (Debian's chromium + chromedriver, which .ci/run
 * installs): what a township clerk does — load a sample, edit, watch the printed page follow,
 * see a mistake flagged at its field, download both files.
 *
 * <p>Waits are generous upper bounds for a loaded two-core machine, not timing assertions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewPageE2ETest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Path ARTEFACTS = Path.of("target", "e2e");

    private static ChromeDriver driver;
    private static Path downloads;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: the end-to-end tests need Debian's chromium");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no /usr/bin/chromedriver: install chromium-driver");
        Files.createDirectories(ARTEFACTS);
        downloads = Files.createTempDirectory("hongtou-e2e-downloads");
        profile = Files.createTempDirectory("hongtou-e2e-profile");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1600,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openPageWithFirstSample() {
        driver.get("http://localhost:" + port + "/");
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        Select samples = new Select(driver.findElement(By.id("sample-select")));
        assertThat(samples.getOptions()).as("the page offers the packaged samples").isNotEmpty();
        assertThat(samples.getFirstSelectedOption().getDomAttribute("value")).isNotBlank();
        driver.findElement(By.id("load-sample")).click();
        waitForRender(0);
    }

    @Test
    void editingTheTitleRedrawsThePrintedPageAndShowsThePageCount() throws IOException {
        String before = pageImage();
        int seq = renderSeq();

        WebElement title = field("/title");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        title.sendKeys("测试乡人民政府关于2024年法治政府建设情况的报告（修订稿）");
        waitForRender(seq);

        assertThat(pageImage()).as("page 1 is drawn anew with the new title").isNotEqualTo(before);
        WebElement count = driver.findElement(By.id("page-count"));
        assertThat(Integer.parseInt(count.getDomAttribute("data-pages"))).isPositive();
        assertThat(count.getText()).matches("共 \\d+ 页");
        screenshot("preview.png");
    }

    @Test
    void aViolationIsShownInChineseNextToTheFieldItConcerns() throws IOException {
        WebElement year = field("/year");
        int seq = renderSeq();
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        year.sendKeys("1899");

        WebElement message = waitUntil(d -> d.findElements(
                By.cssSelector("[data-field='/year'] > .msgs .msg.error")).stream().findFirst().orElse(null));
        assertThat(message.getText()).as("the message is Chinese").containsPattern("\\p{IsHan}");
        assertThat(field("/year").getDomAttribute("class")).contains("has-error");
        assertThat(renderSeq()).as("a rejected report leaves the last good preview in place").isEqualTo(seq);
        screenshot("violation.png");
    }

    @Test
    void aCharacterNoFontHasIsFlaggedAtTheFieldThatHoldsIt() {
        // U+4DBF joined Extension A in Unicode 13; none of the shipped PDF fonts has it (the PDF
        // renderer's own tests rely on the same fact).
        WebElement title = field("/title");
        title.sendKeys(Keys.END, "\u4DBF");
        WebElement warning = waitUntil(d -> d.findElements(
                By.cssSelector("[data-field='/title'] > .msgs .msg.warning")).stream()
                .filter(m -> m.getText().contains("U+4DBF")).findFirst().orElse(null));
        assertThat(warning.getText()).containsPattern("\\p{IsHan}");
    }

    @Test
    void theRawJsonIsOneClickAwayAndEditsThereReachTheForm() {
        driver.findElement(By.id("tab-json")).click();
        WebElement json = driver.findElement(By.id("json-text"));
        String text = json.getDomProperty("value");
        assertThat(text).contains("\"authority\"").contains("\"parts\"");

        String edited = text.replaceFirst("\"authority\"\\s*:\\s*\"[^\"]*\"", "\"authority\": \"测试镇人民政府\"");
        ((JavascriptExecutor) driver).executeScript(
                "const t = document.getElementById('json-text'); t.value = arguments[0];"
                        + " t.dispatchEvent(new Event('input'));", edited);
        driver.findElement(By.id("tab-form")).click();
        assertThat(field("/authority").getDomProperty("value")).isEqualTo("测试镇人民政府");
    }

    @Test
    void theWordFileAndThePdfDownloadAndAreValid() throws IOException {
        clearDownloads();
        driver.findElement(By.id("download-docx")).click();
        Path docx = waitForDownload(".docx");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            assertThat(zip.getEntry("word/document.xml")).as("a DOCX package").isNotNull();
            assertThat(zip.getEntry("[Content_Types].xml")).isNotNull();
        }

        driver.findElement(By.id("download-pdf")).click();
        Path pdf = waitForDownload(".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(Integer.parseInt(
                    driver.findElement(By.id("page-count")).getDomAttribute("data-pages")));
        }
    }

    @Test
    void theSavedJsonOpensAgainAsTheSameReport() throws IOException {
        WebElement authority = field("/authority");
        authority.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        authority.sendKeys("保存测试乡人民政府");
        clearDownloads();
        driver.findElement(By.id("save-json")).click();
        Path saved = waitForDownload(".json");
        assertThat(Files.readString(saved)).contains("\"authority\": \"保存测试乡人民政府\"");

        driver.navigate().refresh();
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        driver.findElement(By.id("open-json")).sendKeys(saved.toAbsolutePath().toString());
        waitUntil(d -> "保存测试乡人民政府".equals(field("/authority").getDomProperty("value")) ? Boolean.TRUE : null);
    }

    @Test
    void anUnsavedEditSurvivesAReload() {
        WebElement authority = field("/authority");
        authority.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        authority.sendKeys("草稿测试镇人民政府");

        driver.navigate().refresh();
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        driver.findElement(By.id("restore-draft")).click();
        assertThat(field("/authority").getDomProperty("value")).isEqualTo("草稿测试镇人民政府");
    }

    @Test
    void aLinkCanOpenThePageOnANamedSample() {
        List<SampleCatalog.SampleInfo> samples = new SampleCatalog("classpath:samples/").list();
        SampleCatalog.SampleInfo last = samples.get(samples.size() - 1);
        driver.get("http://localhost:" + port + "/?sample=" + last.name());
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(field("/authority").getDomProperty("value")).isEqualTo(last.authority());
    }

    // ------------------------------------------------------------------ helpers

    private static WebElement field(String pointer) {
        return driver.findElement(By.cssSelector("#form [data-pointer='" + pointer + "']"));
    }

    private static int renderSeq() {
        return Integer.parseInt(driver.findElement(By.id("preview-pages")).getDomAttribute("data-render-seq"));
    }

    private static void waitForRender(int after) {
        waitUntil(d -> renderSeq() > after ? Boolean.TRUE : null);
    }

    /** Page 1 as the canvas shows it: the picture the user sees. */
    private static String pageImage() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#preview-pages canvas').toDataURL('image/png')");
    }

    private static <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(ARTEFACTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path waitForDownload(String suffix) {
        return waitUntil(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
                Optional<Path> first = done.stream().filter(p -> p.toFile().length() > 0).findFirst();
                return first.orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
