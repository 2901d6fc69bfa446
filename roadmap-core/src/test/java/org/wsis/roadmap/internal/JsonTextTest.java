package org.wsis.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

final class JsonTextTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void quote_specialCharacters_escapedPerRfc8259() {
    assertThat(JsonText.quote("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(JsonText.quote("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    assertThat(JsonText.quote("\u0000\u001f\u2028")).isEqualTo("\"\\u0000\\u001f\\u2028\"");
    assertThat(JsonText.quote("é😀")).isEqualTo("\"é😀\"");
  }

  @Test
  void quote_loneSurrogates_escaped() {
    assertThat(JsonText.quote("x\ud800y\udc00")).isEqualTo("\"x\\ud800y\\udc00\"");
  }

  @Test
  void string_null_writesNull() {
    assertThat(JsonText.string(new StringBuilder(), null)).hasToString("null");
  }

  @Test
  void quote_anyString_readsBackWithAJsonParser() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> {
          try {
            assertThat(MAPPER.readValue(JsonText.quote(text), String.class)).isEqualTo(text);
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
        });
  }
}
