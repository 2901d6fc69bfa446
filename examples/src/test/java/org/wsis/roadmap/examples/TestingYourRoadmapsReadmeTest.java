package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.testkit.Defect;

/** The test kit guide ({@code docs/guide/testkit.md}) shows the tested example verbatim and every defect of the test kit. */
final class TestingYourRoadmapsReadmeTest {
  private static final Path GUIDE = Path.of("..", "docs", "guide", "testkit.md");
  private static final Path EXAMPLE = Path.of("src", "test", "java", "org", "wsis", "roadmap", "examples", "SdgLinkingExampleTest.java");

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from);
    assertThat(from).as("marker " + begin).isNotNegative();
    assertThat(to).as("marker " + end).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  @Test
  void guide_example_isTheTestedSource() throws IOException {
    String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String snippet = between(source, "// tag::testing-your-roadmaps[]\n", "// end::testing-your-roadmaps[]");

    assertThat(between(Files.readString(GUIDE, StandardCharsets.UTF_8), "<!-- testkit-example:begin -->\n", "<!-- testkit-example:end -->"))
        .isEqualTo("```java\n" + snippet + "```\n");
  }

  @Test
  void guide_defectTable_listsEveryDefectWithItsRule() throws IOException {
    String table = Arrays.stream(Defect.values())
        .map(d -> "| `" + d.name() + "` | `" + d.getRuleId() + "` |\n")
        .collect(Collectors.joining("", "\n| `Defect` | rule |\n|---|---|\n", ""));

    assertThat(between(Files.readString(GUIDE, StandardCharsets.UTF_8), "<!-- defects:begin -->", "<!-- defects:end -->"))
        .isEqualTo(table);
  }
}
