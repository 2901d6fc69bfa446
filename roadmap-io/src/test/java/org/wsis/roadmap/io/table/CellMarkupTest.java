package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class CellMarkupTest {
  private final List<String> unknown = new ArrayList<>();

  private List<String> texts(String cell) {
    return CellMarkup.split(cell, 7, (tag, line) -> unknown.add(tag + "@" + line)).stream()
        .map(CellParagraph::text)
        .collect(Collectors.toList());
  }

  @Test
  void split_paragraphs_giveOneItemEach() {
    assertThat(texts("<p>ITU Strategic Goal 1 (Target 1.6)</p> <p>Council Resolution 1306</p>"))
        .containsExactly("ITU Strategic Goal 1 (Target 1.6)", "Council Resolution 1306");
  }

  @Test
  void split_bulletsInStyledList_giveMarkedItems() {
    List<CellParagraph> items = CellMarkup.split(
        "Expected Results <ul style=\"list-style-type: none\"> \u2022 Establish a framework. \u2022 Develop markets  ", 3, (t, l) -> {});
    assertThat(items).extracting(CellParagraph::text)
        .containsExactly("Expected Results", "Establish a framework.", "Develop markets");
    assertThat(items).extracting(CellParagraph::bullet).containsExactly(false, true, true);
  }

  @Test
  void split_inlineTags_areRemovedWithoutSplitting() {
    assertThat(texts("<p><i>SDG 8,9</i></p>")).containsExactly("SDG 8,9");
    assertThat(texts("the <b>bold</b> and <em>emphasised</em> words")).containsExactly("the bold and emphasised words");
  }

  @Test
  void split_orderedList_splitsAtTheNextNumberAndKeepsIt() {
    assertThat(texts("<p>Key efforts include:</p> <ol style=\"list-style-type: none\"> 1. Tools for 2 areas. 2. WTDC 2022's focus. 3. The map.  "))
        .containsExactly("Key efforts include:", "1. Tools for 2 areas.", "2. WTDC 2022's focus.", "3. The map.");
  }

  @Test
  void split_dashBulletsInUnorderedList_giveItems_butHyphensStay() {
    assertThat(texts("<ul> - Convenes dialogues (REDs). - Raises awareness of ITU-D and e-government  "))
        .containsExactly("Convenes dialogues (REDs).", "Raises awareness of ITU-D and e-government");
  }

  @Test
  void split_dashOutsideList_staysText() {
    assertThat(texts("ITU-D: - convenes global forums")).containsExactly("ITU-D: - convenes global forums");
  }

  @Test
  void split_paragraphOpenedByDash_losesTheBullet() {
    List<CellParagraph> items = CellMarkup.split("<p>- Publishes discussion papers.</p>", 1, (t, l) -> {});
    assertThat(items).extracting(CellParagraph::text).containsExactly("Publishes discussion papers.");
    assertThat(items.get(0).bullet()).isTrue();
  }

  @Test
  void split_whiteSpace_isNormalised() {
    assertThat(texts("  a\u00a0 b \t c  ")).containsExactly("a b c");
  }

  @Test
  void split_lessThanThatOpensNoTag_isKeptAsText() {
    assertThat(texts("speeds < 2 Mbps and <5 users")).containsExactly("speeds < 2 Mbps and <5 users");
    assertThat(unknown).isEmpty();
  }

  @Test
  void split_symbolThatLooksLikeATag_isKeptAsText() {
    assertThat(texts("see <A/RES/70/1> and &amp; <o:p></o:p>")).containsExactly("see <A/RES/70/1> and &");
    assertThat(unknown).isEmpty();
  }

  @Test
  void split_unknownTag_isReportedAndEndsTheItem() {
    assertThat(texts("one<blink>two")).containsExactly("one", "two");
    assertThat(unknown).containsExactly("<blink>@7");
  }

  @Test
  void split_emptyOrMarkupOnly_givesNoItem() {
    assertThat(texts("")).isEmpty();
    assertThat(texts("<p></p> <ul style=\"list-style-type: none\"> \u2022  ")).isEmpty();
  }

  @Test
  void split_manyUnclosedAngleBrackets_keepsAllText() {
    String cell = "<".repeat(50_000) + "x";
    assertThat(texts(cell)).containsExactly(cell);
  }
}
