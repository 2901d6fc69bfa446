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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the Java snippets of the README, the embedding guide ({@code docs/embedding.md}) and the formats
 * guide ({@code docs/formats.md}) equal
 * to the example sources they come from. A snippet is a code
 * block preceded by {@code <!-- snippet: ClassName#tag -->}; its text must equal the lines between
 * {@code // tag::tag[]} and {@code // end::tag[]} of that example class, without their common indent.
 */
final class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EMBEDDING_GUIDE = Path.of("..", "docs", "embedding.md");
  private static final Path FORMATS_GUIDE = Path.of("..", "docs", "formats.md");
  private static final Path SOURCES = Path.of("src", "main", "java", "org", "wsis", "roadmap", "examples");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\w+)#([\\w-]+) -->\\n```java\\n(.*?)```\\n", Pattern.DOTALL);

  @Test
  void readme_everySnippet_equalsItsExampleSource() throws IOException {
    assertThat(checkSnippets(README)).as("snippets found in the README").hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void embeddingGuide_everySnippet_equalsItsExampleSource() throws IOException {
    assertThat(checkSnippets(EMBEDDING_GUIDE)).as("snippets found in the embedding guide")
        .contains("OwnObjectMapperExample#mapper", "OwnValidatorExample#bootstrap", "ErrorHandlingExample#catch",
            "ReadLimitsExample#limits", "ThreadSafetyExample#share")
        .doesNotHaveDuplicates();
  }

  @Test
  void formatsGuide_everySnippet_equalsItsExampleSource() throws IOException {
    assertThat(checkSnippets(FORMATS_GUIDE)).as("snippets found in the formats guide")
        .containsExactlyInAnyOrder("FormatObjectsExample#convert", "FormatObjectsExample#configure",
            "FormatObjectsExample#lenient", "FormatObjectsExample#lines", "FormatObjectsExample#list");
  }

  @Test
  void checkSnippets_driftedSnippet_fails(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("drifted.md");
    Files.writeString(doc, "<!-- snippet: ReadLimitsExample#limits -->\n```java\nReadLimits.defaults();\n```\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> checkSnippets(doc)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadLimitsExample#limits");
  }

  /** Checks every snippet of a Markdown file against its source region; returns them as {@code Class#tag}. */
  private static List<String> checkSnippets(Path markdown) throws IOException {
    String text = Files.readString(markdown, StandardCharsets.UTF_8);
    Matcher m = SNIPPET.matcher(text);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String source = Files.readString(SOURCES.resolve(m.group(1) + ".java"), StandardCharsets.UTF_8);
      assertThat(m.group(3)).as("%s snippet %s#%s", markdown.getFileName(), m.group(1), m.group(2))
          .isEqualTo(region(source, m.group(2)));
      checked.add(m.group(1) + "#" + m.group(2));
    }
    return checked;
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
