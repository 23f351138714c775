package io.dyadline.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, headless; tests skip when it is not installed (public for the benchmarks). */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    final Playwright playwright;
    final Browser browser;

    private Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    public static Chromium launch() {
        return new Chromium();
    }

    /** A page of a browser signed in as the editor (HTTP Basic), who may upload. */
    Page page() {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900)
                .setHttpCredentials(io.dyadline.Api.EDITOR, io.dyadline.Api.EDITOR_PASSWORD));
    }

    /** A page of an anonymous visitor, who may read but not write. */
    public Page anonymousPage() {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
    }

    static void screenshot(Page page, String name) {
        screenshot(page, name, true);
    }

    static void screenshot(Page page, String name, boolean fullPage) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(fullPage));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
