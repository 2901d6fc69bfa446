package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SDG cells as the 2024 roadmaps print them. */
final class SdgCellTest {

  private static List<String> codes(SdgCell cell) {
    return cell.getLinks().stream().map(SdgLink::getCode).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void read_goalList_givesGoalLinks() {
    for (String cell : List.of("SDG 8,9", "<i>SDG 8,9</i>", "<p><i>SDG 8,9</i></p>")) {
      SdgCell read = SdgCell.read(cell);
      assertThat(read.getLinks()).as(cell).containsExactly(SdgLink.of(SdgGoal.EIGHT), SdgLink.of(SdgGoal.NINE));
      assertThat(read.getNote()).isEmpty();
      assertThat(read.getUnread()).isEmpty();
      assertThat(read.getRaw()).isEqualTo("SDG 8,9");
    }
    assertThat(codes(SdgCell.read("SDG 9,11"))).containsExactly("9", "11");
    assertThat(codes(SdgCell.read("<i>SDG 1,9</i>"))).containsExactly("1", "9");
  }

  @Test
  void read_targetList_withFinalFullStop_givesTargetLinks() {
    SdgCell cell = SdgCell.read("1.4, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8.");
    assertThat(codes(cell)).containsExactly("1.4", "7.1", "7.a", "7.b", "9.1", "9.c", "11.3", "11.b", "16.2", "17.8");
    assertThat(cell.getLinks()).allSatisfy(l -> assertThat(l.getKind()).isEqualTo(SdgLink.Kind.TARGET));
    assertThat(cell.getNote()).isEmpty();
    assertThat(cell.getUnread()).isEmpty();
  }

  @Test
  void read_goalsWithTitles_andStrayFragment_reportsTheFragment() {
    SdgCell cell = SdgCell.read("<p>SDG 1 (No poverty), SDG 4 (Quality education), growth), SDG 9 (Industry, Innovation, and "
        + "Infrastructure) and SDG 10 (Reducing inequality)</p> <p>ITU contributes to strengthening digital skills among "
        + "target beneficiaries, including women, school children, youth, teachers, and persons with disabilities.</p>");
    assertThat(codes(cell)).containsExactly("1", "4", "9", "10");
    assertThat(cell.getUnread()).containsExactly("growth)");
    assertThat(cell.getNote()).contains("ITU contributes to strengthening digital skills among target beneficiaries, "
        + "including women, school children, youth, teachers, and persons with disabilities.");
  }

  @Test
  void read_proseNamingGoals_givesLinksAndNote() {
    SdgCell cell = SdgCell.read("<p>SDG 8 calls for sustainable economic growth, full and productive employment, and decent "
        + "work for all.</p> <p>ITU directly contributes to SDG8 by equipping beneficiaries with skills.</p>");
    assertThat(codes(cell)).containsExactly("8");
    assertThat(cell.getNote()).hasValueSatisfying(note -> assertThat(note)
        .startsWith("SDG 8 calls for sustainable economic growth").endsWith("equipping beneficiaries with skills."));
    assertThat(cell.getUnread()).isEmpty();
  }

  @Test
  void read_goalsWithTitlesSeparatedBySemicolon() {
    assertThat(codes(SdgCell.read("SDG 5 (gender equality); SDG 10 (reducing inequalities)"))).containsExactly("5", "10");
    assertThat(codes(SdgCell.read("SDG 17 (partnerships)."))).containsExactly("17");
    assertThat(SdgCell.read("SDG 9 (Industry, Innovation, and Infrastructure)").getUnread()).isEmpty();
  }

  @Test
  void read_repeatedLinks_areDistinct() {
    assertThat(codes(SdgCell.read("SDG 9, 9.c, SDG 9 and 9.c"))).containsExactly("9", "9.c");
  }

  @Test
  void read_codesOutsideTheSdgs_areUnreadNotDropped() {
    SdgCell cell = SdgCell.read("SDG 18, 9.c");
    assertThat(codes(cell)).containsExactly("9.c");
    assertThat(cell.getUnread()).containsExactly("SDG 18");
    SdgCell unknownTarget = SdgCell.read("9.z");
    assertThat(codes(unknownTarget)).containsExactly("9.z");
  }

  @Test
  void read_proseNumberThatIsNoTarget_isNotALink() {
    SdgCell cell = SdgCell.read("People living on less than 1.25 a day benefit from target 1.4 of the agenda.");
    assertThat(codes(cell)).containsExactly("1.4");
    assertThat(cell.getNote()).isPresent();
  }

  @Test
  void read_blank_isEmpty() {
    SdgCell cell = SdgCell.read("<p> </p>");
    assertThat(cell.getLinks()).isEmpty();
    assertThat(cell.getNote()).isEmpty();
    assertThat(cell.getUnread()).isEmpty();
  }

  @Test
  void read_null_throwsParseException() {
    assertThatThrownBy(() -> SdgCell.read(null)).isInstanceOf(RoadmapParseException.class);
  }
}
