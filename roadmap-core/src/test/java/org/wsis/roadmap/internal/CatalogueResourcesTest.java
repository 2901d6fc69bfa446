package org.wsis.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves that every bundled TSV catalogue resource is exactly the rendering of its JSON source, and
 * that the JSON sources are the files named in PROVENANCE.md. Run with
 * {@code -Droadmap.regenerate=true} to rewrite the resources (see {@link CatalogueResources}).
 */
final class CatalogueResourcesTest {

  @Test
  void resources_renderedFromJsonSources_equalBundledFilesByteForByte() throws IOException {
    Map<String, String> rendered = CatalogueResources.render(CatalogueResources.SOURCES);
    if (Boolean.getBoolean("roadmap.regenerate")) {
      CatalogueResources.write(rendered);
    }
    assertThat(rendered).hasSize(9);
    for (Map.Entry<String, String> e : rendered.entrySet()) {
      String bundled = Files.readString(CatalogueResources.RESOURCES.resolve(e.getKey()), StandardCharsets.UTF_8);
      assertThat(bundled).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void sources_sha256_matchProvenance() throws IOException {
    String provenance = Files.readString(CatalogueResources.RESOURCES.resolve("PROVENANCE.md"), StandardCharsets.UTF_8);
    for (String name : new String[] {"sdg-catalogue.json", "sdg-titles-un-languages.json", "wsis-action-lines.json", "wsis-sdg-matrix.json", "sdg-iris.tsv", "gdc-objectives.json"}) {
      String sha = CatalogueResources.sha256(CatalogueResources.SOURCES.resolve(name));
      assertThat(provenance).as(name).contains("`" + name + "` | `" + sha + "`");
    }
  }

  @Test
  void resources_readBack_haveTheColumnsAndRowsOfTheSources() {
    assertThat(Tsv.read("sdg-goals.tsv", 4)).hasSize(17 * 6);
    assertThat(Tsv.read("sdg-targets.tsv", 3)).hasSize(169);
    assertThat(Tsv.read("sdg-target-titles.tsv", 3)).hasSize(169 * 5);
    assertThat(Tsv.read("sdg-indicators.tsv", 3)).hasSize(248);
    assertThat(Tsv.read("wsis-action-lines.tsv", 7)).hasSize(11);
    assertThat(Tsv.read("wsis-c7-sub-lines.tsv", 5)).hasSize(8);
    assertThat(Tsv.read("wsis-sdg-matrix.tsv", 4)).hasSize(18);
    assertThat(Tsv.read("sdg-iris.tsv", 5)).hasSize(17 + 169 + 244);
    assertThat(Tsv.read("gdc-objectives.tsv", 3)).hasSize(5);
  }

  @Test
  void escape_thenText_returnsTheValue() {
    String value = "a\tb\\c|d\ne\r";
    assertThat(Tsv.text(Tsv.escape(value))).isEqualTo(value);
    assertThat(Tsv.escape(value)).doesNotContain("\t", "\n", "|");
    assertThat(Tsv.list(Tsv.list(java.util.List.of("x|y", "", "z")))).containsExactly("x|y", "", "z");
  }
}
