package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the Java snippets of the README and of every page under {@code docs/} equal to the code they
 * come from. A snippet is a code block preceded by {@code <!-- snippet: Source#tag -->}:
 * <ul>
 *   <li>{@code Source} a class name: the example class of that name; its text must equal the lines
 *       between {@code // tag::tag[]} and {@code // end::tag[]}, without their common indent;
 *   <li>{@code Source} a path from the repository root ({@code roadmap-io/src/test/java/.../X.java}):
 *       that file, between {@code // tag::tag[]} and {@code // end::tag[]}, or else between a line
 *       {@code // README tag} and the next {@code // end}.
 * </ul>
 */
final class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path README = ROOT.resolve("README.md");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final Path EMBEDDING_GUIDE = DOCS.resolve("embedding.md");
  private static final Path SOURCES = Path.of("src", "main", "java", "org", "wsis", "roadmap", "examples");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: ([\\w./-]+)#([\\w-]+) -->\\n```java\\n(.*?)```\\n", Pattern.DOTALL);
  private static final String MARKER = "<!-- snippet: ";

  /** The README's five snippets: these four, and {@code WsisRoadmaps.edition2024()}, which {@code WsisRoadmapsTest} runs. */
  @Test
  void readme_snippets_equalTheirSources() throws IOException {
    assertThat(checkSnippets(README)).as("snippets found in the README")
        .containsExactly("BuildRoadmapExample#build", "ReadWriteFormatsExample#formats",
            "ValidateRoadmapExample#validate", "QueryRoadmapExample#sdg");
  }

  @Test
  void embeddingGuide_everySnippet_equalsItsExampleSource() throws IOException {
    assertThat(checkSnippets(EMBEDDING_GUIDE)).as("snippets found in the embedding guide")
        .contains("OwnObjectMapperExample#mapper", "OwnValidatorExample#bootstrap", "ErrorHandlingExample#catch",
            "ReadLimitsExample#limits", "ThreadSafetyExample#share")
        .doesNotHaveDuplicates();
  }

  @Test
  void docsPages_everySnippet_equalsItsSource() throws IOException {
    List<String> checked = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(DOCS)) {
      pages = files.filter(f -> f.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    for (Path page : pages) {
      checked.addAll(checkSnippets(page));
    }
    assertThat(checked).as("snippets found under docs/")
        .contains("GetRoadmapsExample#get", "ImportDocumentExample#import", "MatrixCoverageExample#matrix",
            "SdgCoverageExample#coverage", "RoadmapDiffExample#diff", "HtmlReportExample#report",
            "HtmlReportExample#csv",
            "roadmap-io/src/test/java/org/wsis/roadmap/io/ReadmeExamplesTest.java#json",
            "roadmap-io/src/test/java/org/wsis/roadmap/io/ReadmeExamplesTest.java#limits");
  }

  @Test
  void checkSnippets_markerWithoutAJavaBlock_fails(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("broken.md");
    Files.writeString(doc, "<!-- snippet: ReadLimitsExample#limits -->\n\n```java\nReadLimits.defaults();\n```\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> checkSnippets(doc)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("snippet markers");
  }

  @Test
  void checkSnippets_driftedPathSnippet_fails(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("drifted.md");
    Files.writeString(doc, "<!-- snippet: roadmap-io/src/test/java/org/wsis/roadmap/io/ReadmeExamplesTest.java#yaml -->\n"
        + "```java\nString yaml = \"\";\n```\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> checkSnippets(doc)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadmeExamplesTest.java#yaml");
  }

  @Test
  void checkSnippets_driftedSnippet_fails(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("drifted.md");
    Files.writeString(doc, "<!-- snippet: ReadLimitsExample#limits -->\n```java\nReadLimits.defaults();\n```\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> checkSnippets(doc)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadLimitsExample#limits");
  }

  /** Checks every snippet of a Markdown file against its source region; returns them as {@code Source#tag}. */
  private static List<String> checkSnippets(Path markdown) throws IOException {
    String text = Files.readString(markdown, StandardCharsets.UTF_8);
    Matcher m = SNIPPET.matcher(text);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      String tag = m.group(2);
      String expected;
      if (name.contains("/")) {
        expected = pathRegion(Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8), tag);
      } else {
        expected = region(Files.readString(SOURCES.resolve(name + ".java"), StandardCharsets.UTF_8), tag);
      }
      assertThat(m.group(3)).as("%s snippet %s#%s", markdown.getFileName(), name, tag).isEqualTo(expected);
      checked.add(name + "#" + tag);
    }
    assertThat(checked).as("snippet markers of %s followed by a Java block", markdown.getFileName())
        .hasSize(countMarkers(text));
    return checked;
  }

  private static int countMarkers(String text) {
    int count = 0;
    for (int i = text.indexOf(MARKER); i >= 0; i = text.indexOf(MARKER, i + 1)) {
      count++;
    }
    return count;
  }

  /** The region of a file named by path: a {@code tag::} region, or a {@code // README tag} ... {@code // end} one. */
  static String pathRegion(String source, String tag) {
    if (source.contains("// tag::" + tag + "[]")) {
      return region(source, tag);
    }
    String begin = "// README " + tag + "\n";
    int from = source.indexOf(begin);
    assertThat(from).as("region // README %s", tag).isNotNegative();
    int to = source.indexOf("// end\n", from);
    assertThat(to).as("end of region // README %s", tag).isGreaterThan(from);
    String marked = source.substring(0, from) + "// tag::" + tag + "[]\n"
        + source.substring(from + begin.length(), to) + "// end::" + tag + "[]\n";
    return region(marked, tag);
  }

  static String region(String source, String tag) {
    String begin = "// tag::" + tag + "[]";
    String end = "// end::" + tag + "[]";
    int from = source.indexOf(begin);
    int to = source.indexOf(end);
    assertThat(from).as("tag %s", tag).isNotNegative();
    assertThat(to).as("end of tag %s", tag).isGreaterThan(from);
    List<String> lines = new ArrayList<>(List.of(source.substring(source.indexOf('\n', from) + 1, to).split("\n", -1)));
    lines.remove(lines.size() - 1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
