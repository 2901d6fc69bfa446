package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class SdgLinkingExampleMainTest {
  @Test
  void main_edition2024_linksEveryC2OutcomeWithSdg17() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      SdgLinkingExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("C2 outcomes linked with SDG 17: 0 of 16 before, 16 after\n");
  }
}
