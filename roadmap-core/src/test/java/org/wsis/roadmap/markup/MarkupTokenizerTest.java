package org.wsis.roadmap.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.SdgCell;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

final class MarkupTokenizerTest {
  private static List<String> tokens(String cell) {
    List<String> out = new ArrayList<>();
    MarkupTokenizer tokens = MarkupTokenizer.of(cell);
    while (tokens.next()) {
      out.add(switch (tokens.token()) {
        case TEXT -> new String(Character.toChars(tokens.codePoint()));
        case SPACE -> "_";
        case BLOCK_TAG -> (tokens.isClosing() ? "</" : "<") + tokens.tagName() + ">";
        case INLINE_TAG -> "~" + tokens.tagName();
        case UNKNOWN_TAG -> "?" + tokens.tagName();
      });
    }
    return out;
  }

  @Test
  void next_blockInlineAndUnknownTags_areTokensOfTheirKind() {
    assertThat(tokens("<p>a<i>b</i></p><blink>")).containsExactly("<p>", "a", "~i", "b", "~i", "</p>", "?blink");
  }

  @Test
  void next_characterReferencesAndNoBreakSpaces_areDecoded() {
    assertThat(tokens("a&amp;b&nbsp;c\u00a0d&#x2013;")).containsExactly("a", "&", "b", "_", "c", "_", "d", "\u2013");
  }

  @Test
  void next_anglesThatOpenNoTag_areText() {
    assertThat(tokens("<5 <A/RES/70/1>")).containsExactly("<", "5", "_", "<", "A", "/", "R", "E", "S", "/", "7", "0", "/", "1", ">");
  }

  @Test
  void next_tagLongerThanTheLimit_isText() {
    String tag = "<b title=\"" + "x".repeat(MarkupTokenizer.MAX_TAG_LENGTH) + "\">";
    assertThat(tokens(tag)).hasSize(tag.length());
    assertThat(tokens("<b title=\"x\">")).containsExactly("~b");
  }

  @Test
  void resume_afterTheStartOfAnUnknownTag_readsTheRestAsText() {
    MarkupTokenizer tokens = MarkupTokenizer.of("<x>y");
    assertThat(tokens.next()).isTrue();
    assertThat(tokens.token()).isEqualTo(MarkupTokenizer.Token.UNKNOWN_TAG);
    tokens.resume(tokens.start() + 1);
    assertThat(tokens.next()).isTrue();
    assertThat(tokens.codePoint()).isEqualTo('x');
  }

  @Test
  void resume_beforeTheCurrentToken_throws() {
    MarkupTokenizer tokens = MarkupTokenizer.of("ab");
    tokens.next();
    tokens.next();
    assertThatThrownBy(() -> tokens.resume(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was: 1");
  }

  @Test
  void normalise_collapsesEveryKindOfSpace() {
    assertThat(MarkupTokenizer.normalise(" a\u00a0\u2007 b\t\u202fc ")).isEqualTo("a b c");
    assertThat(MarkupTokenizer.isSpace('x')).isFalse();
  }

  @Test
  void plainText_isReadAsItIs_withoutItsMarkupBeingRead() {
    assertThat(Timing.read("<p>2020-2030</p>").getEntries()).extracting(TimingEntry::getKind)
        .containsExactly(TimingEntry.Kind.SPAN);
    assertThat(Timing.read(PlainText.of("2020-2030")).getEntries()).extracting(TimingEntry::getKind)
        .containsExactly(TimingEntry.Kind.SPAN);
    assertThat(SdgCell.read(PlainText.of("&amp; 9.1")).getRaw()).isEqualTo("&amp; 9.1");
    assertThat(SdgCell.read("&amp; 9.1").getRaw()).isEqualTo("& 9.1");
    assertThat(Metric.findAll(PlainText.of("3 regions")).get(0).getRaw()).isEqualTo("3 regions");
  }

  @Test
  void plainText_equalsByText() {
    assertThat(PlainText.of("a")).isEqualTo(PlainText.of("a")).hasSameHashCodeAs(PlainText.of("a"));
    assertThat(PlainText.of("a")).isNotEqualTo(PlainText.of("b"));
    assertThat(PlainText.of("abc").subSequence(1, 2).toString()).isEqualTo("b");
  }
}
