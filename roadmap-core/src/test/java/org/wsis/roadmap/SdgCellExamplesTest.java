package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tricky SDG cells read with {@link SdgCell#read}, rendered on one line so that links, note and unread fragments are
 * compared exactly.
 */
final class SdgCellExamplesTest {

  /** Renders a cell as "[codes] note='...' unread=[...]"; "-" is no note. */
  private static String read(String cell) {
    SdgCell c = SdgCell.read(cell);
    return c.getLinks().stream().map(SdgLink::getCode).collect(Collectors.toList()) + " note="
        + c.getNote().map(s -> "'" + s + "'").orElse("-") + " unread=" + c.getUnread();
  }

  @Test
  void read_glued_sdgKeyword_readsTheNumber() {
    assertThat(read("SDG8"))
        .isEqualTo("[8] note=- unread=[]");
    assertThat(read("SDG8, 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("sdg17"))
        .isEqualTo("[17] note=- unread=[]");
    assertThat(read("xSDG8"))
        .isEqualTo("[] note=- unread=[xSDG8]");
    assertThat(read("SDG"))
        .isEqualTo("[] note=- unread=[SDG]");
    assertThat(read("SDG 8"))
        .isEqualTo("[8] note=- unread=[]");
    assertThat(read("SDG8a"))
        .isEqualTo("[] note=- unread=[SDG8a]");
    assertThat(read("SDG18"))
        .isEqualTo("[] note=- unread=[SDG18]");
    assertThat(read("SDG 0"))
        .isEqualTo("[] note=- unread=[SDG 0]");
    assertThat(read("SDG 123"))
        .isEqualTo("[] note=- unread=[SDG 123]");
    assertThat(read("SDGs 8 and 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("Goals 8, 9 & 10"))
        .isEqualTo("[8, 9, 10] note=- unread=[]");
    assertThat(read("Goal 4"))
        .isEqualTo("[4] note=- unread=[]");
    assertThat(read("SDG 8 & 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 8 &9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 8 and SDG 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 8, Goal 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 8,"))
        .isEqualTo("[8] note=- unread=[]");
    assertThat(read("SDG 8 and"))
        .isEqualTo("[8] note=- unread=[]");
    assertThat(read("SDG 8, x"))
        .isEqualTo("[8] note=- unread=[x]");
    assertThat(read("SDG 9.c, 9.1"))
        .isEqualTo("[9.c, 9.1] note=- unread=[]");
    assertThat(read("SDG 9.c and 17.8"))
        .isEqualTo("[9.c, 17.8] note=- unread=[]");
  }

  @Test
  void read_goalTitles_areSkipped() {
    assertThat(read("SDG 1 (No poverty), SDG 4 (Quality education)"))
        .isEqualTo("[1, 4] note=- unread=[]");
    assertThat(read("SDG 1 (No poverty"))
        .isEqualTo("[1] note=- unread=[(No poverty]");
    assertThat(read("SDG 1 ()"))
        .isEqualTo("[1] note=- unread=[()]");
    assertThat(read("SDG 1 (1 poverty)"))
        .isEqualTo("[1] note=- unread=[(1 poverty)]");
    assertThat(read("SDG 1 (a (b) c)"))
        .isEqualTo("[1] note='SDG 1 (a (b) c)' unread=[]");
    assertThat(read("SDG 1 (x)"))
        .isEqualTo("[1] note=- unread=[]");
    assertThat(read("SDG 1(No poverty)"))
        .isEqualTo("[1] note=- unread=[]");
  }

  @Test
  void read_bareTargets_readTheirCodes() {
    assertThat(read("9.c"))
        .isEqualTo("[9.c] note=- unread=[]");
    assertThat(read("9.1"))
        .isEqualTo("[9.1] note=- unread=[]");
    assertThat(read("17.10"))
        .isEqualTo("[17.10] note=- unread=[]");
    assertThat(read("9.01"))
        .isEqualTo("[] note=- unread=[9, 01]");
    assertThat(read("9.100"))
        .isEqualTo("[] note=- unread=[9, 100]");
    assertThat(read("18.1"))
        .isEqualTo("[] note=- unread=[18, 1]");
    assertThat(read("0.1"))
        .isEqualTo("[] note=- unread=[0, 1]");
    assertThat(read("9.c1"))
        .isEqualTo("[] note=- unread=[9, c1]");
    assertThat(read("9.1."))
        .isEqualTo("[9.1] note=- unread=[]");
    assertThat(read("9.1. text"))
        .isEqualTo("[9.1] note=- unread=[text]");
    assertThat(read("9."))
        .isEqualTo("[] note=- unread=[9]");
    assertThat(read("9.C"))
        .isEqualTo("[] note=- unread=[9, C]");
    assertThat(read("9.cd"))
        .isEqualTo("[] note=- unread=[9, cd]");
    assertThat(read("9.1, 9.2 and 9.3"))
        .isEqualTo("[9.1, 9.2, 9.3] note=- unread=[]");
    assertThat(read("targets 9.1 and 9.2"))
        .isEqualTo("[9.1, 9.2] note=- unread=[]");
    assertThat(read("SDG target 9.1"))
        .isEqualTo("[9.1] note=- unread=[]");
    assertThat(read("x9.1"))
        .isEqualTo("[] note=- unread=[x9, 1]");
    assertThat(read(".9.1"))
        .isEqualTo("[9.1] note=- unread=[]");
  }

  @Test
  void read_sentencesAndParagraphs_splitTheCell() {
    assertThat(read("SDG 8. SDG 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 8; SDG 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 8.SDG 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
    assertThat(read("SDG 17.8. SDG 9"))
        .isEqualTo("[17.8, 9] note=- unread=[]");
    assertThat(read("SDG 8\nSDG 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
  }

  @Test
  void read_proseWithCodes_becomesTheNote() {
    assertThat(read("This supports SDG 9."))
        .isEqualTo("[9] note=- unread=[This supports]");
    assertThat(read("This supports SDG 9 and 9.c strongly."))
        .isEqualTo("[9, 9.c] note='This supports SDG 9 and 9.c strongly.' unread=[]");
    assertThat(read("Linked to 9.c, 9.z and 17.8 in many ways."))
        .isEqualTo("[9.c, 17.8] note='Linked to 9.c, 9.z and 17.8 in many ways.' unread=[]");
    assertThat(read("Also 9.z here"))
        .isEqualTo("[9.z] note=- unread=[Also, here]");
    assertThat(read("two words 9.1"))
        .isEqualTo("[9.1] note=- unread=[two words]");
    assertThat(read("tbd 9.1"))
        .isEqualTo("[9.1] note=- unread=[tbd]");
    assertThat(read("tbd and later 9.1"))
        .isEqualTo("[9.1] note=- unread=[tbd, later]");
    assertThat(read("SDG 8 tbd"))
        .isEqualTo("[8] note=- unread=[tbd]");
    assertThat(read("SDG 8 / tbd / 9.1"))
        .isEqualTo("[8, 9.1] note=- unread=[tbd]");
    assertThat(read("SDG 8; tbd."))
        .isEqualTo("[8] note=- unread=[tbd]");
  }

  @Test
  void read_proseSentenceBeforeAnother_keepsItsFullStopInTheNote() {
    assertThat(read("This supports SDG 9 and 9.c strongly. SDG 8"))
        .isEqualTo("[9, 9.c, 8] note='This supports SDG 9 and 9.c strongly.' unread=[]");
  }

  @Test
  void read_unreadWords_threeMakeProseTwoStayUnread() {
    assertThat(read("three words here 9.1"))
        .isEqualTo("[9.1] note='three words here 9.1' unread=[]");
    assertThat(read("tbd later 9.1"))
        .isEqualTo("[9.1] note=- unread=[tbd later]");
  }

  @Test
  void read_ampersandGluedToAGoal_joinsTheList() {
    assertThat(read("SDG 8& 9"))
        .isEqualTo("[8, 9] note=- unread=[]");
  }

}
