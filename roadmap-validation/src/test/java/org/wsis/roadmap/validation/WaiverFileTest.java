package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes a waiver file may and may not have, and the messages and locations of its errors. */
final class WaiverFileTest {
  private static final String ONE = "{\"rule\": \"WSIS-TEXT-002\", \"location\": \"C5.GT.*\", \"reason\": \"on purpose\"}";

  private static void rejects(String text, String source, String message, int line, int column) {
    assertThatThrownBy(() -> Waivers.parse(text, source))
        .isInstanceOf(WaiverFileException.class)
        .hasMessageContaining(message)
        .satisfies(e -> {
          WaiverFileException w = (WaiverFileException) e;
          assertThat(w.getSource()).isEqualTo(source);
          assertThat(w.getLine()).isEqualTo(line);
          assertThat(w.getColumn()).isEqualTo(column);
        });
  }

  @Test
  void parse_emptyObjectNullListOrBareList_haveTheirWaivers() {
    assertThat(Waivers.parse("{}", "w.json")).isEmpty();
    assertThat(Waivers.parse("{\"waivers\": null}", "w.json")).isEmpty();
    assertThat(Waivers.parse("[]", "w.json")).isEmpty();
    assertThat(Waivers.parse("[" + ONE + "]", "w.json")).extracting(Waiver::getRuleId).containsExactly("WSIS-TEXT-002");
    assertThat(Waivers.parse("{\"waivers\": [" + ONE + "]}", "w.json")).extracting(Waiver::getReason).containsExactly("on purpose");
  }

  @Test
  void parse_textStartingWithABrace_isJsonWhateverItsName() {
    assertThatThrownBy(() -> Waivers.parse("  { \"waivers\": [", "waivers.txt"))
        .isInstanceOf(WaiverFileException.class).hasMessageContaining(": waiver file must be well-formed JSON, but: ");
    assertThatThrownBy(() -> Waivers.parse("\n[ {\"rule\": ", "waivers.txt"))
        .isInstanceOf(WaiverFileException.class).hasMessageContaining(": waiver file must be well-formed JSON, but: ");
    assertThatThrownBy(() -> Waivers.parse("waivers: [ {rule: ", "waivers.txt"))
        .isInstanceOf(WaiverFileException.class).hasMessageContaining(": waiver file must be well-formed YAML, but: ");
  }

  @Test
  void parse_otherKey_isRejected() {
    rejects("{\"other\": []}", "w.json", "a waiver file must have one key 'waivers', but has: 'other'", 1, 2);
  }

  @Test
  void parse_keyAfterTheWaivers_isRejected() {
    rejects("{\"waivers\": [], \"other\": []}", "w.json", "a waiver file must have one key 'waivers', but has also: 'other'", 1, 17);
    rejects("{\"waivers\": null, \"other\": 1}", "w.json", "a waiver file must have one key 'waivers', but has also: 'other'", 1, 19);
  }

  @Test
  void parse_waiversNotAList_isRejected() {
    rejects("{\"waivers\": 5}", "w.json", "'waivers' must be a list of waivers, but was: '5'", 1, 13);
  }

  @Test
  void parse_waiverNotAMap_isRejected() {
    rejects("[3]", "w.json", "a waiver must be a map of rule, location, reason and expires, but was: '3'", 1, 2);
  }

  @Test
  void parse_fieldNotAText_isRejected() {
    rejects("[{\"rule\": {}}]", "w.json", "waiver field 'rule' must be a text, but was: '{'", 1, 11);
    rejects("[{\"rule\": null}]", "w.json", "waiver field 'rule' must be a text, but was: 'null'", 1, 11);
  }

  @Test
  void parse_fieldTwice_isRejected() {
    rejects("[{\"rule\": \"WSIS-TEXT-002\", \"rule\": \"WSIS-TEXT-002\"}]", "w.json",
        "waiver field 'rule' must appear once, but appears again", 1, 36);
  }

  @Test
  void parse_blankLocationOrReason_isRejectedAtTheField() {
    rejects("[{\"rule\": \"WSIS-TEXT-002\", \"location\": \" \", \"reason\": \"why\"}]", "w.json",
        "waiver location must not be blank, but was: ' '", 1, 40);
    rejects("[{\"rule\": \"WSIS-TEXT-002\", \"location\": \"C5.*\", \"reason\": \"  \"}]", "w.json",
        "waiver reason must not be blank, but was: '  '", 1, 58);
  }

  @Test
  void read_malformedFile_namesTheFileWithoutItsDirectory(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(file, "waivers:\n  - rule: WSIS-NOPE-001\n    location: x\n    reason: y\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Waivers.read(file))
        .isInstanceOf(WaiverFileException.class)
        .satisfies(e -> assertThat(((WaiverFileException) e).getSource()).isEqualTo("waivers.yaml"));
  }

  @Test
  void read_fileLongerThanTheLimit_failsAtTheLimitWithItsLine(@TempDir Path dir) throws java.io.IOException {
    Path file = dir.resolve("huge.yaml");
    byte[] bytes = new byte[Waivers.MAX_FILE_LENGTH + 10];
    java.util.Arrays.fill(bytes, (byte) 'a');
    bytes[5] = '\n';
    Files.write(file, bytes);

    assertThatThrownBy(() -> Waivers.read(file)).isInstanceOf(WaiverFileException.class)
        .hasMessageStartingWith("huge.yaml:2:" + (Waivers.MAX_FILE_LENGTH - 6)
            + ": exceeds a read limit: a waiver file may be at most 4194304 bytes long");
  }

  @Test
  void read_devZero_failsAtItsFirstByte() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");

    assertThatThrownBy(() -> Waivers.read(zero)).isInstanceOf(WaiverFileException.class)
        .hasMessage("zero:1:1: must be YAML or JSON text, but holds the control character U+0000 (binary file?)");
  }

  @Test
  void read_endlessRandomBytes_failAtTheFirstThatIsNoText() {
    Path endless = Path.of("/dev/urandom");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(endless), "no /dev/urandom here");

    // random bytes hold a control character or a byte that is not UTF-8 long before 4 MiB
    assertThatThrownBy(() -> Waivers.read(endless)).isInstanceOf(WaiverFileException.class)
        .hasMessageMatching("urandom:\\d+:\\d+: must be (YAML or JSON|UTF-8) text, but .*\\(binary file\\?\\)");
  }

  @Test
  void read_controlCharacter_isRefusedAtItsLineAndColumn(@TempDir Path dir) throws java.io.IOException {
    Path file = Files.writeString(dir.resolve("waivers.yaml"), "waivers:\n  \u0000");

    assertThatThrownBy(() -> Waivers.read(file)).isInstanceOf(WaiverFileException.class)
        .hasMessage("waivers.yaml:2:3: must be YAML or JSON text, but holds the control character U+0000 (binary file?)");
  }

  @Test
  void read_malformedUtf8_isRefusedAtItsLineAndColumn(@TempDir Path dir) throws java.io.IOException {
    Path file = Files.write(dir.resolve("waivers.yaml"), new byte[] {'a', '\n', 'b', 'c', (byte) 0xC3, 'd'});

    assertThatThrownBy(() -> Waivers.read(file)).isInstanceOf(WaiverFileException.class)
        .hasMessage("waivers.yaml:2:3: must be UTF-8 text, but byte 5 is not UTF-8 (binary file?)");
  }

  @Test
  void read_utf8Text_isReadWhole(@TempDir Path dir) throws java.io.IOException {
    Path file = Files.writeString(dir.resolve("w.yaml"),
        "waivers:\n  - rule: WSIS-TEXT-002\n    location: \"C5.GT.\u00e9*\"\n    reason: \u00e9t\u00e9\n", StandardCharsets.UTF_8);

    assertThat(Waivers.read(file)).extracting(Waiver::getReason).containsExactly("\u00e9t\u00e9");
  }

  @Test
  void read_validFile_readsItsWaivers(@TempDir Path dir) throws java.io.IOException {
    Path file = Files.writeString(dir.resolve("w.yaml"),
        "waivers:\n  - rule: WSIS-TEXT-002\n    location: \"C5.GT.*\"\n    reason: on purpose\n", StandardCharsets.UTF_8);

    assertThat(Waivers.read(file)).extracting(Waiver::getRuleId).containsExactly("WSIS-TEXT-002");
  }

  @Test
  void parse_hugeValue_isQuotedBounded() {
    String huge = "x".repeat(500_000);

    assertThatThrownBy(() -> Waivers.parse("waivers: " + huge + "\n", "w.yaml")).isInstanceOf(WaiverFileException.class)
        .hasMessage("w.yaml:1:10: 'waivers' must be a list of waivers, but was: '" + "x".repeat(80) + "\u2026' (500,000 characters)");
  }
}
