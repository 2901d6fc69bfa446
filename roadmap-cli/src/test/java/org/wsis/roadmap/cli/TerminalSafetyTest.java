package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;

/** Values that would drive a terminal are printed as escapes in every output meant for people. */
final class TerminalSafetyTest {
  /** Retitles the terminal, rings the bell and clears the screen; then a right-to-left override and a C1 control. */
  static final String ATTACK = "\u001b]0;PWNED\u0007\u001b[2J\u202e\u0085\u007f";

  @TempDir
  Path dir;

  private Path clean;
  private Path hostile;

  private void writeFixtures() throws IOException {
    Roadmap base = Fixtures.clean();
    Outcome first = base.outcomes().get(0);
    Outcome attacked = Outcome.builder().from(first)
        .statement("Broadband) for all " + ATTACK + " everywhere.")
        .build();
    Roadmap attack = Fixtures.edition("fixture", attacked).withTitle("Fixture " + ATTACK);
    clean = Fixtures.write(dir, "clean.json", base);
    hostile = Fixtures.write(dir, "hostile.json", attack);
  }

  @Test
  void humanReadableOutputs_hostileValues_areEscaped() throws IOException {
    writeFixtures();
    String h = hostile.toString();

    List<Cli.Result> results = List.of(
        Cli.run("validate", h, "--fail-on", "NONE"),
        Cli.run("query", h, "--text", "broadband"),
        Cli.run("query", h, "--text", "pwned " + ATTACK),
        Cli.run("diff", clean.toString(), h),
        Cli.run("summary", h, "--no-report"),
        Cli.run("stats", h),
        Cli.run("coverage", h, "--matrix"));

    for (Cli.Result result : results) {
      assertThat(result.out() + result.err()).doesNotContain("\u001b", "\u0007", "\u202e", "\u0085", "\u007f");
    }
    assertThat(results.get(0).out()).contains("\\u001b]0;PWNED\\u0007\\u001b[2J\\u202e\\u0085\\u007f");
    assertThat(results.get(1).out()).contains("\\u001b]0;PWNED\\u0007");
    assertThat(results.get(2).out()).contains("contain 'pwned \\u001b]0;PWNED\\u0007");
    assertThat(results.get(3).out()).contains("\\u001b]0;PWNED\\u0007");
    assertThat(results.get(4).out()).startsWith("Fixture \\u001b]0;PWNED\\u0007\\u001b[2J");
  }

  @Test
  void humanReadableOutputs_plainValues_areUnchanged() throws IOException {
    writeFixtures();

    Cli.Result result = Cli.run("query", clean.toString(), "--text", "broadband");

    assertThat(result.out()).contains("Governments should take action to develop broadband infrastructure.")
        .doesNotContain("\\u");
  }

  @Test
  void machineFormats_hostileValues_keepTheDataExact() throws IOException {
    writeFixtures();

    Cli.Result yaml = Cli.run("convert", hostile.toString(), "-", "--to", "yaml");
    Cli.Result json = Cli.run("convert", hostile.toString(), "-");

    assertThat(yaml.out()).contains("PWNED");
    assertThat(RoadmapJson.read(json.out())).isEqualTo(RoadmapJson.read(hostile));
  }

  @Test
  void messages_hostileFileNameOrOption_areEscaped() throws IOException {
    Path missing = dir.resolve("draft" + ATTACK + ".json");
    Path badJson = dir.resolve("bad" + ATTACK + ".json");
    try {
      Files.writeString(badJson, "{\"id\": ");
    } catch (IOException e) {
      badJson = null; // a file system that refuses such names: the missing-file case still runs
    }

    List<Cli.Result> results = new java.util.ArrayList<>(List.of(
        Cli.run("stats", missing.toString()),
        Cli.run("stats", "--" + ATTACK),
        Cli.run("query", "--resolution", ATTACK),
        Cli.run("validate", "--waivers", missing.toString())));
    if (badJson != null) {
      results.add(Cli.run("validate", badJson.toString()));
    }

    for (Cli.Result result : results) {
      assertThat(result.exit()).isIn(ExitCode.USAGE, ExitCode.BAD_INPUT);
      assertThat(result.err()).doesNotContain("\u001b", "\u0007", "\u202e", "\u0085", "\u007f")
          .contains("\\u001b]0;PWNED\\u0007");
    }
  }
}
