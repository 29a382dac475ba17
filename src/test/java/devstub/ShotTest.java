package devstub;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.*;
import org.openqa.selenium.chrome.*;
import org.openqa.selenium.support.ui.Select;

class ShotTest {
    @Test
    void shot() throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1600," + System.getProperty("h", "1000"),
            "--user-data-dir=" + Files.createTempDirectory("p"));
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), o);
        try {
            d.get(System.getProperty("url", "http://localhost:18087/"));
            Thread.sleep(2000);
            new Select(d.findElement(By.id("sample-select"))).selectByValue(System.getProperty("sample", "muye-2023"));
            d.findElement(By.id("load-sample")).click();
            Thread.sleep(Long.getLong("wait", 8000));
            String js = System.getProperty("js");
            if (js != null) { ((JavascriptExecutor) d).executeScript(js); Thread.sleep(Long.getLong("wait", 8000)); }
            Files.createDirectories(Path.of("target/e2e"));
            Files.write(Path.of("target/e2e/shot.png"), d.getScreenshotAs(OutputType.BYTES));
            for (var e : d.manage().logs().get("browser").getAll()) System.out.println("CONSOLE " + e);
        } finally { d.quit(); }
    }
}
