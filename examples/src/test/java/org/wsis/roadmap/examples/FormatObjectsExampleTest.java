package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.io.RoadmapYaml;

final class FormatObjectsExampleTest {
  @TempDir
  Path dir;

  @Test
  void convert_yamlToJson_readsBackEqual() {
    Roadmap roadmap = GetRoadmapsExample.edition2024();
    Path yaml = dir.resolve("draft.yml");
    RoadmapYaml.write(roadmap, yaml);

    Roadmap read = FormatObjectsExample.convert(yaml, dir.resolve("draft.json"));

    assertThat(read).isEqualTo(roadmap);
    assertThat(RoadmapJson.read(dir.resolve("draft.json"))).isEqualTo(roadmap);
  }

  @Test
  void convert_unknownExtension_throws() {
    assertThatThrownBy(() -> FormatObjectsExample.convert(dir.resolve("draft.txt"), dir.resolve("x.json")))
        .isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void answer_unknownProperty_keepsItAndCountsOneProblem() {
    String json = RoadmapJson.toCompactString(GetRoadmapsExample.edition2024())
        .replaceFirst("\"title\"", "\"colour\":1,\"title\"");
    json = json.substring(0, Math.min(json.length(), json.indexOf("\"actionLines\""))) + "\"actionLines\":[]}";

    String answer = FormatObjectsExample.answer(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(answer).startsWith("1 problems: {\"schemaVersion\":\"1.0\"").contains("\"colour\":1");
  }

  @Test
  void answer_overTheLimit_throws() {
    // 243 KiB of roadmap, then white space up to past the 256 KiB of the limit
    byte[] big = (RoadmapJson.toString(GetRoadmapsExample.edition2024()) + " ".repeat(64 * 1024))
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FormatObjectsExample.answer(new ByteArrayInputStream(big)))
        .isInstanceOf(RoadmapReadException.class).hasMessageContaining("limit");
  }

  @Test
  void lines_bundledRoadmaps_readBackEveryOutcome() {
    Roadmap roadmap = GetRoadmapsExample.edition2024();

    assertThat(FormatObjectsExample.lines(roadmap, dir.resolve("r.jsonl"))).isEqualTo(roadmap.outcomes());
  }

  @Test
  void main_listsTheBuiltInFormats() {
    String out = StdOut.of(() -> FormatObjectsExample.main(new String[0]));

    assertThat(out).startsWith("json [json]" + System.lineSeparator() + "yaml [yaml, yml]" + System.lineSeparator()
        + "csv [csv]" + System.lineSeparator() + "jsonl [jsonl, ndjson]");
  }
}
