package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;

/** {@link FindingStore}: sorted runs written to a temporary file and merged give the stable sort of all findings. */
final class FindingStoreTest {
  private static List<Finding> findings(int n, long seed) {
    Random random = new Random(seed);
    Rule[] rules = {Rule.TEXT_002, Rule.MATRIX_001, Rule.ID_001};
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int outcome = random.nextInt(50);
      boolean located = random.nextInt(5) > 0;
      findings.add(Finding.builder().rule(rules[random.nextInt(rules.length)]).severity(Severity.values()[random.nextInt(4)])
          .pointer(located ? "/actionLines/" + random.nextInt(3) + "/outcomes/" + outcome + "/sdgLinks/" + random.nextInt(2) : "/title")
          .outcomeId(located ? Optional.of(OutcomeId.of(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, "A" + outcome)) : Optional.empty())
          .line(random.nextBoolean() ? Optional.of(1000 + outcome) : Optional.empty())
          .message("m" + random.nextInt(3) + " \u00e9\u4e2d \uD83D\uDE00").build());
    }
    return findings;
  }

  @Test
  void finish_pastTheThreshold_writesRunsAndMergesThemIntoTheStableSort() {
    List<Finding> all = findings(1_000, 7);
    FindingStore store = new FindingStore(64, false);

    store.addAll(all);
    List<Finding> merged = store.finish();

    assertThat(store.spilled()).isTrue();
    assertThat(merged).isEqualTo(FindingOrder.sort(all, false));
    // Equal findings keep the order they were added in: compare the indexes of the originals.
    List<Finding> sorted = FindingOrder.sort(all, false);
    for (int i = 0; i < merged.size(); i++) {
      assertThat(merged.get(i)).isEqualTo(sorted.get(i));
    }
  }

  @Test
  void finish_underTheThreshold_returnsTheFindingsAsAdded() {
    List<Finding> all = findings(100, 8);
    FindingStore store = new FindingStore(1_000, false);

    store.addAll(all);

    assertThat(store.finish()).containsExactlyElementsOf(all);
    assertThat(store.spilled()).isFalse();
  }

  @Test
  void finish_equalMessagesReadBack_shareOneString() {
    FindingStore store = new FindingStore(2, false);
    for (int i = 0; i < 6; i++) {
      store.add(Finding.builder().rule(Rule.MATRIX_001).severity(Severity.WARNING).pointer("/actionLines/0/outcomes/" + i)
          .message(new String("the same message")).build());
    }

    List<Finding> merged = store.finish();

    assertThat(merged).hasSize(6);
    assertThat(merged.get(0).getMessage()).isSameAs(merged.get(2).getMessage());
  }

  @Test
  void add_waivedFindingPastTheThreshold_throws() {
    FindingStore store = new FindingStore(1, false);
    Finding waived = Finding.builder().rule(Rule.TEXT_002).severity(Severity.INFO).pointer("").message("m")
        .waiver(Waiver.builder().ruleId("WSIS-TEXT-002").location("*").reason("r").build()).build();

    assertThatThrownBy(() -> store.add(waived)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("findings are stored before waivers apply");
  }
}
