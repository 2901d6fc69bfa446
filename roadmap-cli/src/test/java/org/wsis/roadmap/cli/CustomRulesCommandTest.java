package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.OutcomeLineWriter;
import org.wsis.roadmap.io.RoadmapJsonLines;

/** {@code --rules-jar}: rules of one's own from a jar built here, and JSON Lines validated as one stream. */
final class CustomRulesCommandTest {
  private static final String SOURCE = """
      package acme;

      import java.util.List;
      import org.wsis.roadmap.validation.*;

      public final class NoEvidence implements RuleCheck {
        static final CustomRule RULE = CustomRule.of("ACME-EVID-001", Severity.WARNING, "Evidence is given",
            "Readers follow evidence to its source.");

        public NoEvidence() {}

        public List<CustomRule> rules() {
          return List.of(RULE);
        }

        public void checkOutcome(OutcomeContext outcome, FindingSink sink) {
          if (outcome.getOutcome().getEvidence().isEmpty()) {
            sink.report(RULE, outcome.getPointer() + "/evidence", outcome.getOutcome(), "an outcome must give evidence, but has none");
          }
        }
      }
      """;

  @TempDir
  Path dir;

  /** Compiles the rule against this JVM's class path and packs it with its service file. */
  private Path rulesJar() throws IOException {
    Path src = dir.resolve("src/acme/NoEvidence.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    // javac of this JDK in its own process: the test runs as a module that does not read java.compiler.
    String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator + System.getProperty("jdk.module.path", "");
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process process = new ProcessBuilder(javac.toString(), "-classpath", classPath, "-d", classes.toString(), src.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      assertThat(process.waitFor()).as("javac: %s", output).isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Path jar = dir.resolve("acme-rules.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
      jarOut.putNextEntry(new JarEntry("META-INF/services/org.wsis.roadmap.validation.RuleCheck"));
      jarOut.write("acme.NoEvidence\n".getBytes(StandardCharsets.UTF_8));
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          jarOut.write(Files.readAllBytes(file));
        }
      }
    }
    return jar;
  }

  @Test
  void rules_withARulesJar_listsItsRule() throws IOException {
    Cli.Result result = Cli.run("rules", "--rules-jar", rulesJar().toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Rules of your own, 1 rules", "ACME-EVID-001    WARNING  Evidence is given");
  }

  @Test
  void rules_withoutJar_listsNoRuleOfYourOwn() {
    Cli.Result result = Cli.run("rules");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).doesNotContain("Rules of your own");
  }

  @Test
  void rules_missingJar_failsWithTheFileNamed() {
    Cli.Result result = Cli.run("rules", "--rules-jar", dir.resolve("none.jar").toString());

    assertThat(result.exit()).isNotZero();
    assertThat(result.err()).contains("none.jar").contains("no such file");
  }

  @Test
  void validate_withARulesJar_reportsItsFindings() throws IOException {
    Path file = dir.resolve("roadmap.json");
    Roadmap roadmap = org.wsis.roadmap.io.WsisRoadmaps.edition2024();
    ActionLineRoadmap first = roadmap.getActionLines().get(0);
    Outcome bare = first.getOutcomes().get(0).withEvidence(List.of());
    Roadmap changed = roadmap.withActionLines(List.of(first.withOutcomes(List.of(bare))));
    org.wsis.roadmap.io.RoadmapJson.write(changed, file);

    Cli.Result result = Cli.run("validate", file.toString(), "--format", "json", "--fail-on", "NONE", "--rules-jar", rulesJar().toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("\"ruleId\" : \"ACME-EVID-001\"");
  }

  /**
   * Writes a JSON Lines roadmap of one C2 table of {@code outcomes} small outcomes labelled A1, A2, ...,
   * where the outcome at index {@code duplicateAt} repeats the id of the first. Under the editorial
   * profile the only finding is that repeated id.
   */
  static Path writeJsonLines(Path file, int outcomes, int duplicateAt) {
    Roadmap edition = org.wsis.roadmap.io.WsisRoadmaps.edition2024();
    ActionLineRoadmap c2 = edition.getActionLines().get(0).withOutcomes(List.of());
    try (OutcomeLineWriter out = RoadmapJsonLines.openWriter(edition.withActionLines(List.of()), file)) {
      out.startActionLine(c2);
      for (int i = 0; i < outcomes; i++) {
        String label = "A" + (i == duplicateAt ? 1 : i + 1);
        out.write(Outcome.builder().id(org.wsis.roadmap.OutcomeId.of(c2.getActionLine(), org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS, label))
            .section(org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS).label(label).statement("Statement " + i).build());
      }
    }
    return file;
  }

  @Test
  void validate_jsonLinesWithADuplicateIdInALaterBatch_reportsIt() {
    Path file = writeJsonLines(dir.resolve("big.jsonl"), 12_001, 12_000);

    Cli.Result result = Cli.run("validate", file.toString(), "--format", "json", "--fail-on", "NONE", "--profile", "editorial");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("outcome id must be unique, but 'C2.GT.A1' is also the id of /actionLines/0/outcomes/0");
  }
}
