package io.github.gongkai.browser;

import org.htmlunit.BrowserVersion;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/** The pages in HtmlUnit, with its JavaScript engine: runs on every machine, in every build. */
class HtmlUnitPagesTest extends PagesInABrowser {

    @Override
    WebDriver start() {
        return new HtmlUnitDriver(BrowserVersion.CHROME, true);
    }

    @Override
    boolean rendersPseudoElements() {
        return false;
    }
}
