package io.github.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What a person sees of the pages in a browser, whichever the browser: each subclass opens them in one. The
 * checked page of the seed and of a copy with one cell typed wrong, in both languages; the index of a batch,
 * sorted and filtered with its own script; and names that are markup, shown as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PagesInABrowser {

    private WebDriver driver;

    /** Starts the browser. */
    abstract WebDriver start();

    /** Tells whether the browser computes the style of {@code ::after}, where the page shows a cell's position. */
    abstract boolean rendersPseudoElements();

    final WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement cell(String ref) {
        return driver().findElement(By.id("cell-" + ref));
    }

    @Test
    void theBrokenCopyMarksTheCulpritWithItsSuggestedValue() {
        driver().get(PageFiles.url("broken-en.html"));
        WebElement verdict = driver().findElement(By.cssSelector(".verdict"));
        assertEquals("not-valid", verdict.getAttribute("data-verdict"));
        assertTrue(verdict.getText().contains("Not valid"), verdict.getText());
        List<WebElement> culprits = driver().findElements(By.cssSelector("td.culprit"));
        assertEquals(1, culprits.size());
        WebElement culprit = culprits.get(0);
        assertEquals("cell-" + PageFiles.BROKEN_CELL, culprit.getAttribute("id"));
        assertTrue(culprit.isDisplayed());
        String shown = culprit.getText().replaceAll("\\s+", " ");
        assertTrue(shown.startsWith(Long.toString(PageFiles.seedValue() + 10)), shown);
        assertTrue(shown.contains("→ " + PageFiles.seedValue()) && shown.contains("high confidence"), shown);
        // Marked by more than colour: a line style and a glyph.
        assertEquals("solid", outlineStyle(culprit));
        assertTrue(shown.contains("✎"), shown);
        WebElement rowTotal = cell("T3/disclosed/total");
        assertEquals("dashed", outlineStyle(rowTotal));
        assertTrue(rowTotal.getText().contains("⚠"), rowTotal.getText());
        assertEquals("none", outlineStyle(cell("T3/partiallyDisclosed/total")));
    }

    @Test
    void aFindingLinksToItsCellAndTheCellShowsWhereItWasPrinted() {
        driver().get(PageFiles.url("broken-en.html"));
        WebElement link = driver().findElement(
                By.cssSelector("#finding-1 .suspect a[href='#cell-" + PageFiles.BROKEN_CELL + "']"));
        link.click();
        assertTrue(driver().getCurrentUrl().endsWith("#cell-" + PageFiles.BROKEN_CELL), driver().getCurrentUrl());
        WebElement culprit = cell(PageFiles.BROKEN_CELL.toString());
        ((JavascriptExecutor) driver()).executeScript("arguments[0].focus();", culprit);
        assertEquals(culprit, driver().switchTo().activeElement());
        String title = culprit.getAttribute("title");
        assertTrue(title.contains("printed at: line ") && title.contains("T3.ROW_TOTAL.1"), title);
        if (rendersPseudoElements()) {
            Object shown = ((JavascriptExecutor) driver()).executeScript(
                    "return getComputedStyle(arguments[0], '::after').getPropertyValue('content');", culprit);
            assertEquals("\"" + culprit.getAttribute("data-source") + "\"", shown);
        }
    }

    @Test
    void theLegendAndTheFindingsAreThereInBothLanguages() {
        driver().get(PageFiles.url("broken-zh.html"));
        assertTrue(driver().findElement(By.cssSelector(".legend-culprit")).getText().contains("最可能填错的单元格"));
        assertTrue(driver().findElement(By.cssSelector(".legend-unread")).getText().contains("不作猜测"));
        assertTrue(driver().findElement(By.cssSelector("#finding-1 .message")).getText().startsWith("表三"));
        assertTrue(driver().findElement(By.cssSelector("#finding-1 .suspect")).getText().contains("可信度高"));
        driver().get(PageFiles.url("broken-en.html"));
        assertTrue(driver().findElement(By.cssSelector(".legend-culprit")).getText()
                .contains("the cell most likely printed wrong"));
        assertTrue(driver().findElement(By.cssSelector(".legend-unread")).getText().contains("never guessed"));
        assertTrue(driver().findElement(By.cssSelector("#finding-1 .message")).getText().startsWith("Table 3"));
        assertEquals(2, driver().findElements(By.cssSelector("#findings li")).size());
    }

    @Test
    void theSeedIsValidWithNoMarkedCell() {
        driver().get(PageFiles.url("seed-zh.html"));
        assertEquals("valid", driver().findElement(By.cssSelector(".verdict")).getAttribute("data-verdict"));
        assertTrue(driver().findElements(By.cssSelector("td.failed, td.culprit")).isEmpty());
        assertEquals("没有发现问题：所有规则均成立。", driver().findElement(By.cssSelector("#findings p")).getText());
    }

    @Test
    void theIndexSortsByAColumnBothWays() {
        driver().get(PageFiles.url("index-en.html"));
        WebElement year = driver().findElement(By.cssSelector("#reports thead th:nth-child(3)"));
        year.findElement(By.tagName("button")).click();
        assertEquals("ascending", year.getAttribute("aria-sort"));
        assertEquals(List.of("2019", "2020", "2021", "2021", ""), column(3));
        year.findElement(By.tagName("button")).click();
        assertEquals("descending", year.getAttribute("aria-sort"));
        assertEquals(List.of("2021", "2021", "2020", "2019", ""), column(3), "empty cells stay last");
        WebElement file = driver().findElement(By.cssSelector("#reports thead th:nth-child(1)"));
        file.findElement(By.tagName("button")).click();
        assertEquals("none", year.getAttribute("aria-sort"));
        List<String> files = column(1);
        assertEquals(files.stream().sorted().toList(), files);
    }

    @Test
    void theIndexFiltersByTextAndByVerdict() {
        driver().get(PageFiles.url("index-en.html"));
        WebElement filter = driver().findElement(By.id("filter"));
        filter.sendKeys("某县");
        assertEquals("2", driver().findElement(By.id("shown")).getText());
        assertEquals(List.of("b/county-2021.txt", "b/county-2019.txt"), visibleColumn(1));
        filter.clear();
        filter.sendKeys(" ");
        new Select(driver().findElement(By.id("verdict-filter"))).selectByValue("unreadable");
        assertEquals(List.of("d/scan.pdf"), visibleColumn(1));
        assertEquals("1", driver().findElement(By.id("shown")).getText());
        new Select(driver().findElement(By.id("verdict-filter"))).selectByValue("");
        assertEquals(5, visibleColumn(1).size());
        assertEquals("1", driver().findElement(By.cssSelector("#verdict-counts tr[data-verdict=unreadable] td"))
                .getText());
    }

    @Test
    void hostileNamesShowAsTextOnThePageAndInTheIndex() {
        for (String page : new String[] {"hostile.html", "index-en.html"}) {
            driver().get(PageFiles.url(page));
            assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert(), page);
            assertTrue(driver().findElements(By.tagName("img")).isEmpty(), page);
            assertTrue(driver().findElement(By.tagName("body")).getText().contains(PageFiles.HOSTILE), page);
        }
        driver().get(PageFiles.url("hostile.html"));
        assertEquals(PageFiles.HOSTILE, driver().findElements(By.cssSelector("header dd")).get(0).getText());
        assertFalse(driver().getTitle().isEmpty());
    }

    /**
     * The computed style of an element's outline. HtmlUnit computes the {@code outline} shorthand but not its
     * {@code outline-style}, so the style is taken from the shorthand where the longhand says nothing.
     */
    private String outlineStyle(WebElement element) {
        String both = (String) ((JavascriptExecutor) driver()).executeScript(
                "var s = getComputedStyle(arguments[0]); return (s.outlineStyle || '') + '|' + (s.outline || '');",
                element);
        String style = both.substring(0, both.indexOf('|'));
        if (!style.isEmpty() && !style.equals("none")) {
            return style;
        }
        String outline = both.substring(both.indexOf('|') + 1);
        for (String candidate : new String[] {"solid", "dashed", "dotted", "double"}) {
            if (outline.contains(candidate)) {
                return candidate;
            }
        }
        return "none";
    }

    /** The texts of a column of the index's table, every row, in the order shown. */
    private List<String> column(int index) {
        return driver().findElements(By.cssSelector("#reports tbody tr td:nth-child(" + index + ")")).stream()
                .map(td -> td.getAttribute("textContent").trim()).toList();
    }

    /** The texts of a column of the index's table, the rows shown only. */
    private List<String> visibleColumn(int index) {
        return driver().findElements(By.cssSelector("#reports tbody tr td:nth-child(" + index + ")")).stream()
                .filter(WebElement::isDisplayed).map(td -> td.getText().trim()).toList();
    }
}
