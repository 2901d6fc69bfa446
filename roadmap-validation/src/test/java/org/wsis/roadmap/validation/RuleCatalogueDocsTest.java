package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalogue's documentation generated from the catalogue itself: {@code docs/rules.md},
 * the only copy of the rule table (the README and the guides link to it). When it is stale the test
 * fails; with {@code -Droadmap.regenerate=true} it also rewrites it, so the change shows up in
 * {@code git diff} and is committed.
 */
final class RuleCatalogueDocsTest {
  private static final Path ROOT = Path.of("..");
  static String rulesPage() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalogue, version ").append(Rule.CATALOGUE_VERSION).append("\n\n")
        .append("Generated from `org.wsis.roadmap.validation.Rule` by `RuleCatalogueDocsTest`; do not edit by hand.\n\n")
        .append("Rule ids have the form `WSIS-<FAMILY>-<NNN>`. An id is never renumbered and never reused: a retired\n")
        .append("rule keeps its id reserved, and a new rule takes the next free number of its family. The catalogue\n")
        .append("version is raised whenever a rule is added or changes meaning. Severities are the defaults; a profile\n")
        .append("(`default`, `strict`, `editorial`) or a single override can change them.\n");
    Rule.Family family = null;
    for (Rule rule : Rule.values()) {
      if (rule.getFamily() != family) {
        family = rule.getFamily();
        sb.append("\n## ").append(family).append("\n\n");
        sb.append("| id | default severity | property checked | rationale | since |\n|---|---|---|---|---|\n");
      }
      sb.append("| `").append(rule.getId()).append("` | ").append(rule.getDefaultSeverity()).append(" | ")
          .append(escape(rule.getTitle())).append(" | ").append(escape(rule.getRationale())).append(" | ")
          .append(rule.getSince()).append(" |\n");
    }
    return sb.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * Tells whether the file holds the expected text; when it does not and the build runs with
   * {@code -Droadmap.regenerate=true}, writes it and tells whether it now does. Without that flag nothing is written, so that a
   * mutation-testing run (which runs this test against mutated rules) leaves the sources alone.
   */
  private static boolean write(Path file, String expected) throws IOException {
    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (actual.equals(expected)) {
      return true;
    }
    if (Boolean.getBoolean("roadmap.regenerate")) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return Files.readString(file, StandardCharsets.UTF_8).equals(expected);
    }
    return false;
  }

  @Test
  void rulesPage_isCurrent() throws IOException {
    assertThat(write(ROOT.resolve("docs/rules.md"), rulesPage()))
        .as("docs/rules.md is stale: run ./mvnw -pl roadmap-validation -am verify -Droadmap.regenerate=true and commit it")
        .isTrue();
  }

  @Test
  void readme_linksTheCatalogueInsteadOfCopyingIt() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("(docs/rules.md)");
    for (Rule rule : Rule.values()) {
      assertThat(readme).as("README copies the catalogue").doesNotContain("`" + rule.getId() + "`");
    }
  }

  @Test
  void ids_areUniqueAndWellFormed() {
    Pattern form = Pattern.compile("WSIS-[A-Z]+-[0-9]{3}");
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(rule.getId()).matches(form);
      assertThat(ids.add(rule.getId())).as(rule.getId()).isTrue();
      assertThat(rule.getId()).startsWith("WSIS-" + rule.name().substring(0, rule.name().indexOf('_')) + "-");
      assertThat(rule.getTitle()).isNotBlank();
      assertThat(rule.getRationale()).isNotBlank();
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(25);
  }
}
