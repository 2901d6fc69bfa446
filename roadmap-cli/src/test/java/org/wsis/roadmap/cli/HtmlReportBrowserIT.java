package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.report.HtmlReport;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Renders the report of the bundled 2024 roadmaps in headless Chromium and checks the page the
 * browser built: the outcome tables, the heat map and the finding links. Also writes a screenshot to
 * {@code target/report-2024.png} (the one in {@code docs/} is a copy of it).
 *
 * <p>Chromium comes from the Debian packages {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs; the browser can also be named with the environment variable
 * {@code CHROMIUM}. Without any, the test is skipped and says so.
 */
final class HtmlReportBrowserIT {
  private static Path browser;
  private static Path work;
  private static Path page;
  private static Roadmap roadmap;
  private static ValidationReport validation;

  @BeforeAll
  static void render() throws IOException {
    Optional<Path> found = findChromium();
    assumeTrue(found.isPresent(), "SKIPPED: no Chromium found (install the Debian packages chromium and"
        + " chromium-driver, as .ci/run does, or set CHROMIUM to the browser's path)");
    browser = found.get();
    work = Files.createDirectories(Path.of("target", "browser-it")).toAbsolutePath();
    roadmap = Dataset.edition2024();
    validation = RoadmapValidator.create().validate(roadmap);
    page = work.resolve("report-2024.html");
    Files.write(page, HtmlReport.builder().roadmap(roadmap).validation(validation).build().toBytes());
  }

  @Test
  void chromium_renderedPage_hasTablesHeatMapAndFindingLinks() throws Exception {
    String dom = chromium("--dump-dom", page.toUri().toString());

    assertThat(dom).contains("<html lang=\"en\">");
    assertThat(count("<table class=\"outcomes\">", dom)).isGreaterThanOrEqualTo(roadmap.getActionLines().size());
    assertThat(count("<tr id=\"outcome-", dom)).isEqualTo(roadmap.outcomes().size());
    assertThat(count("<table class=\"heatmap\">", dom)).isEqualTo(1);
    assertThat(count("<td class=\"heat", dom)).isEqualTo(17 * roadmap.getActionLines().size());
    assertThat(count("<tr id=\"finding-", dom)).isEqualTo(validation.getFindings().size());
    List<String> targets = all(Pattern.compile("href=\"#(outcome-[^\"]+)\""), dom);
    assertThat(targets).as("findings link to their outcomes").isNotEmpty();
    for (String target : targets) {
      assertThat(dom).contains("id=\"" + target + "\"");
    }
  }

  @Test
  void chromium_screenshot_isWritten() throws Exception {
    Path screenshot = work.resolve("report-2024.png");
    Files.deleteIfExists(screenshot);

    chromium("--screenshot=" + screenshot, "--window-size=1400,1800", "--hide-scrollbars", page.toUri().toString());

    assertThat(screenshot).isRegularFile();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(png).hasSizeGreaterThan(20_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + work.resolve("profile")));
    command.addAll(List.of(args));
    Path out = work.resolve("chromium-out.txt");
    Path err = work.resolve("chromium-err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 180 s");
    }
    assertThat(process.exitValue()).as("chromium exit; stderr: %s", Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static Optional<Path> findChromium() {
    String named = System.getenv("CHROMIUM");
    if (named != null && Files.isExecutable(Path.of(named))) {
      return Optional.of(Path.of(named));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String directory : path.split(File.pathSeparator)) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static int count(String needle, String text) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
