package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a command loads, counted with {@code -Xlog:class+load} on the shaded jar: the commands that need
 * no roadmap load neither the bundled roadmaps nor Hibernate Validator (nor {@code java.util.logging},
 * which only quietens the validator); {@code validate} loads all three (so the check can fail). A
 * subcommand builds the picocli model of itself alone, and {@code --version} none.
 */
final class StartupIT {
  private static final String BUNDLED = "org.wsis.roadmap.io.WsisRoadmaps ";
  private static final String VALIDATOR = "org.hibernate.validator.";
  /** Apache POI and Eclipse RDF4J, the libraries of the optional formats in lib/optional/. */
  private static final List<String> OPTIONAL_LIBRARIES = List.of("org.apache.poi.", "org.eclipse.rdf4j.");
  private static final String LOGGING = "java.util.logging.LogManager ";
  private static final String CLI = "org.wsis.roadmap.cli.";

  private static Path jar;

  @TempDir
  Path dir;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"));
    assertThat(jar).as("the shaded jar built by the package phase").isRegularFile();
  }

  /** The names of the classes the JVM loaded while running the command. */
  private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + dir.resolve("classes.log"), "-jar", jar.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("roadmap " + String.join(" ", args) + " did not finish within 120 s");
    }
    assertThat(process.exitValue()).as("exit code of roadmap %s", String.join(" ", args)).isIn(0, 1);
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("classes.log"), StandardCharsets.UTF_8)) {
      int start = line.indexOf(' ', line.indexOf("class,load"));
      if (start > 0) {
        classes.add(line.substring(start + 1) + " ");
      }
    }
    return classes;
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version", "rules", "schema"})
  void commandWithoutRoadmap_loadsNeitherBundledRoadmapsNorValidator(String subcommand) throws Exception {
    List<String> classes = loadedClasses(subcommand);

    assertThat(classes).as("classes loaded").hasSizeGreaterThan(100)
        .noneMatch(c -> c.startsWith(BUNDLED))
        .noneMatch(c -> c.startsWith(VALIDATOR))
        .noneMatch(c -> c.startsWith(LOGGING));
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate"})
  void validate_loadsBundledRoadmapsAndValidator(String subcommand) throws Exception {
    List<String> classes = loadedClasses(subcommand);

    assertThat(classes).anyMatch(c -> c.startsWith(BUNDLED)).anyMatch(c -> c.startsWith(VALIDATOR))
        .anyMatch(c -> c.startsWith(LOGGING));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void version_loadsNoCommandLineModel(String option) throws Exception {
    List<String> classes = loadedClasses(option);

    assertThat(classes).noneMatch(c -> c.startsWith("picocli.CommandLine$Model$CommandSpec "))
        .noneMatch(c -> c.startsWith("picocli.CommandLine$Help "));
  }

  @Test
  void help_buildsTheModelOfEverySubcommand() throws Exception {
    List<String> classes = loadedClasses("--help");

    assertThat(classes).anyMatch(c -> c.startsWith("picocli.CommandLine$Model$CommandSpec "))
        .anyMatch(c -> c.startsWith(CLI + "QueryCommand$Criterion "))
        .anyMatch(c -> c.startsWith(CLI + "ValidationOptions$ProfileConverter "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rules", "schema"})
  void subcommand_buildsTheModelOfItselfAlone(String subcommand) throws Exception {
    List<String> classes = loadedClasses(subcommand);

    assertThat(classes).anyMatch(c -> c.startsWith("picocli.CommandLine$Model$CommandSpec "))
        .noneMatch(c -> c.startsWith(CLI + "QueryCommand$Criterion "))
        .noneMatch(c -> c.startsWith(CLI + "ValidationOptions$ProfileConverter "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "stats", "formats"})
  void commandWithoutOptionalFormat_loadsNeitherPoiNorRdf4j(String subcommand) throws Exception {
    List<String> classes = loadedClasses(subcommand);

    assertThat(classes).as("classes loaded").hasSizeGreaterThan(100)
        .noneMatch(c -> OPTIONAL_LIBRARIES.stream().anyMatch(c::startsWith));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024.xlsx", "2024.ttl"})
  void exportToAnOptionalFormat_loadsItsLibrary(String file) throws Exception {
    List<String> classes = loadedClasses("export", "-o", file);

    assertThat(classes).anyMatch(c -> OPTIONAL_LIBRARIES.stream().anyMatch(c::startsWith));
  }
}
