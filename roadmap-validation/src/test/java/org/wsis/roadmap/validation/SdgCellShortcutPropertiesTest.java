package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.SdgCell;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;

/**
 * WSIS-SDG-005 skips the full SDG cell reader for cells that are only known codes; this checks that
 * the reader indeed leaves nothing unread in such cells, so the shortcut loses no finding.
 */
final class SdgCellShortcutPropertiesTest {
  private static final List<String> CODES = codes();

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (SdgGoal goal : SdgGoal.values()) {
      codes.add(String.valueOf(goal.getNumber()));
      for (SdgTarget target : goal.getTargets()) {
        codes.add(target.toString());
      }
    }
    return codes;
  }

  @Test
  void read_listOfKnownCodes_leavesNothingUnread() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, CODES.size() - 1)).ofSizeBetween(1, 6), integers().between(0, 2))
        .checkAssert((indexes, style) -> {
          StringBuilder cell = new StringBuilder(style == 0 ? "SDG " : "");
          for (int i = 0; i < indexes.size(); i++) {
            cell.append(i == 0 ? "" : style == 2 ? "; " : ", ").append(CODES.get(indexes.get(i)));
          }
          if (Texts.isCodeList(cell.toString())) {
            assertThat(SdgCell.read(cell.toString()).getUnread()).as(cell.toString()).isEmpty();
          }
        });
  }

  @Test
  void isCodeList_typicalCells_takeTheShortcut() {
    assertThat(Texts.isCodeList("SDG 8, 9")).isTrue();
    assertThat(Texts.isCodeList("SDG 9: 9.c")).isTrue();
    assertThat(Texts.isCodeList("1.4, 7.a, 9.c, 17.8")).isTrue();
    assertThat(Texts.isCodeList("SDG 9, 18")).isFalse();
    assertThat(Texts.isCodeList("1")).isFalse();
    assertThat(Texts.isCodeList("9.z")).isFalse();
    assertThat(Texts.isCodeList("SDG 8 (Decent work)")).isFalse();
  }
}
