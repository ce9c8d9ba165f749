package lanes.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lanes.interp.RunConfig;

/**
 * The HTML timeline in a real headless browser (Debian's chromium, which .ci/run installs):
 * it loads without script errors, draws one lane per goroutine, and its screenshot is not blank.
 */
class BrowserTest {
    static String chromium;

    @BeforeAll
    static void findChromium() {
        for (String c : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(dir, c);
                if (Files.isExecutable(p)) {
                    chromium = p.toString();
                    return;
                }
            }
        }
        fail("chromium is not installed, and the timeline's browser test needs it: install it with "
                + "`apt-get install -y chromium` (Debian; .ci/run does this before the tests)");
    }

    /** The page with a window.onerror hook that writes any script error into the DOM. */
    static Path page(Path dir, String program) throws Exception {
        String src = Files.readString(Path.of("src/test/resources/timeline", program + ".go"));
        Timeline t = TraceRun.record(program + ".go", "/tmp/" + program + ".go", src, List.of(), RunConfig.defaults(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream(), new int[1]);
        String html = HtmlTimeline.render(t, program + ".go");
        String outside = html.replace("\"http://www.w3.org/2000/svg\"", "");
        assertFalse(outside.contains("http://") || outside.contains("https://") || outside.contains(" src=")
                || outside.contains("<link"), "the page must not load anything from outside");
        String hook = "<script>window.onerror = function (m, s, l) { document.documentElement.setAttribute('data-js-error', m + ' at ' + l); };</script>";
        html = html.replace("<head>", "<head>\n" + hook);
        Path p = dir.resolve(program + ".html");
        Files.writeString(p, html, StandardCharsets.UTF_8);
        return p;
    }

    static String chrome(Path dir, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                "--enable-logging=stderr", "--v=0", "--window-size=1200,700"));
        cmd.addAll(List.of(extra));
        Path log = dir.resolve("chrome-" + System.nanoTime() + ".log");
        Path out = dir.resolve("chrome-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 90s: " + String.join(" ", cmd));
        }
        String err = Files.readString(log);
        for (String line : err.split("\n")) {
            if (line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("Error"))) {
                fail("script error in the timeline page: " + line);
            }
        }
        return Files.readString(out);
    }

    @Test
    void pageLoadsAndDrawsOneLanePerGoroutine(@TempDir Path dir) throws Exception {
        for (String program : new String[] {"workers", "fan", "panic"}) {
            Path html = page(dir, program);
            String dom = chrome(dir, "--dump-dom", html.toUri().toString());
            Matcher err = Pattern.compile("<html[^>]*data-js-error=\"([^\"]*)\"").matcher(dom);
            assertFalse(err.find(), () -> program + ": script error: " + err.group(1));
            assertTrue(dom.contains("data-rendered=\"yes\""), "the page's script did not finish drawing");
            Matcher m = Pattern.compile("class=\"lane\" data-goroutine=\"(\\d+)\"").matcher(dom);
            Set<String> lanes = new HashSet<>();
            int n = 0;
            while (m.find()) {
                lanes.add(m.group(1));
                n++;
            }
            int want = switch (program) {
                case "workers" -> 3;
                case "fan" -> 15;
                default -> 2;
            };
            assertEquals(want, n, program + ": lanes drawn");
            assertEquals(want, lanes.size(), program + ": distinct goroutines");
            assertTrue(dom.contains("<path") && dom.contains("marker-end"), program + ": arrows drawn");
            assertTrue(dom.contains("<title>"), program + ": hover text present");
        }
    }

    @Test
    void aVeryWideRunDrawsTheFirst500Lanes(@TempDir Path dir) throws Exception {
        Path html = page(dir, "wide");
        String dom = chrome(dir, "--dump-dom", html.toUri().toString());
        assertFalse(Pattern.compile("<html[^>]*data-js-error=").matcher(dom).find(), "script error");
        Matcher m = Pattern.compile("class=\"lane\" data-goroutine=").matcher(dom);
        int n = 0;
        while (m.find()) n++;
        assertEquals(500, n);
        assertTrue(dom.contains("601 goroutines") && dom.contains("(the first 500 goroutines are drawn)"), "summary");
    }

    @Test
    void screenshotIsNotBlank(@TempDir Path dir) throws Exception {
        Path html = page(dir, "workers");
        Path png = dir.resolve("shot.png");
        chrome(dir, "--screenshot=" + png, html.toUri().toString());
        assertTrue(Files.size(png) > 0, "no screenshot written");
        BufferedImage img = ImageIO.read(png.toFile());
        long n = 0;
        double sum = 0, sq = 0;
        int green = 0;
        Set<Integer> colours = new HashSet<>();
        for (int yy = 0; yy < img.getHeight(); yy += 2) {
            for (int xx = 0; xx < img.getWidth(); xx += 2) {
                int rgb = img.getRGB(xx, yy) & 0xFFFFFF;
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                double lum = 0.299 * r + 0.587 * g + 0.114 * b;
                sum += lum;
                sq += lum * lum;
                n++;
                colours.add(rgb);
                if (g > 130 && r < 90 && b < 110) green++; // the running spans
            }
        }
        double mean = sum / n, variance = sq / n - mean * mean;
        assertTrue(variance > 100, "screenshot looks blank: luminance variance " + variance);
        assertTrue(colours.size() > 20, "screenshot has only " + colours.size() + " colours");
        assertTrue(green > 50, "no running spans visible in the screenshot (" + green + " green pixels)");
    }
}
