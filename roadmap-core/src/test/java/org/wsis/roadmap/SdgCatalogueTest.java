package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SdgCatalogueTest {

  @Test
  void counts_matchTheUnFramework() {
    assertThat(SdgCatalogue.goalCount()).isEqualTo(17);
    assertThat(SdgCatalogue.goals()).hasSize(17);
    assertThat(SdgCatalogue.targetCount()).isEqualTo(169);
    assertThat(SdgCatalogue.indicatorEntryCount()).isEqualTo(248);
    assertThat(SdgCatalogue.distinctIndicatorCount()).isEqualTo(232);
  }

  @Test
  void targets_perGoal_matchProvenanceCounts() {
    int[] expected = {7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19};
    for (SdgGoal goal : SdgGoal.values()) {
      assertThat(goal.getTargets()).as(goal.toString()).hasSize(expected[goal.ordinal()]);
      assertThat(goal.getTargets()).allSatisfy(t -> assertThat(t.getGoal()).isEqualTo(goal));
    }
  }

  @Test
  void targets_areInUnOrderAndUnique() {
    List<SdgTarget> targets = SdgCatalogue.targets();
    assertThat(targets).isSorted().doesNotHaveDuplicates();
    assertThat(targets.get(0)).hasToString("1.1");
    assertThat(targets.get(168)).hasToString("17.19");
    assertThat(SdgGoal.NINE.getTargets()).extracting(SdgTarget::toString)
        .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "9.a", "9.b", "9.c");
  }

  @Test
  void everyTarget_hasAnExistingGoalAndAKindMatchingItsCode() {
    for (SdgTarget target : SdgCatalogue.targets()) {
      assertThat(SdgCatalogue.goals()).contains(target.getGoal());
      assertThat(target.isKnown()).isTrue();
      SdgCatalogue.TargetKind expected = target.isMeansOfImplementation()
          ? SdgCatalogue.TargetKind.MEANS_OF_IMPLEMENTATION : SdgCatalogue.TargetKind.OUTCOME;
      assertThat(SdgCatalogue.kindOf(target)).as(target.toString()).contains(expected);
    }
  }

  @Test
  void everyIndicator_belongsToAnExistingTarget() {
    for (SdgCatalogue.IndicatorEntry entry : SdgCatalogue.indicators()) {
      assertThat(SdgCatalogue.contains(entry.getIndicator().getTarget())).as(entry.toString()).isTrue();
      assertThat(entry.getText()).isNotBlank();
      assertThat(SdgCatalogue.contains(entry.getIndicator())).isTrue();
      for (SdgIndicator same : entry.getSameIndicatorAs()) {
        assertThat(SdgCatalogue.findIndicator(same)).as(same.toString()).isPresent();
        assertThat(SdgCatalogue.findIndicator(same).get().getText()).isEqualTo(entry.getText());
      }
    }
    assertThat(SdgCatalogue.indicators()).extracting(SdgCatalogue.IndicatorEntry::getIndicator).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void indicatorsOf_targetWithAndWithoutIndicators_listThem() {
    assertThat(SdgCatalogue.indicatorsOf(SdgTarget.parse("9.c")))
        .extracting(e -> e.getIndicator().toString()).containsExactly("9.c.1");
    assertThat(SdgCatalogue.indicatorsOf(SdgTarget.parse("9.c")).get(0).getText())
        .isEqualTo("Proportion of population covered by a mobile network, by technology");
    assertThat(SdgCatalogue.indicatorsOf(SdgTarget.parse("11.c"))).isEmpty();
    assertThat(SdgCatalogue.indicatorsOf(SdgTarget.read("9.z"))).isEmpty();
    assertThat(SdgCatalogue.findIndicator(SdgIndicator.parse("1.5.1")).get().getSameIndicatorAs())
        .extracting(SdgIndicator::toString).containsExactly("11.5.1", "13.1.1");
  }

  @Test
  void everyIndicatorTarget_exceptOneWithout_isCovered() {
    Set<SdgTarget> withIndicators = new HashSet<>();
    SdgCatalogue.indicators().forEach(e -> withIndicators.add(e.getIndicator().getTarget()));
    assertThat(SdgCatalogue.targets()).filteredOn(t -> !withIndicators.contains(t))
        .extracting(SdgTarget::toString).containsExactly("11.c");
  }

  @Test
  void titles_presentInAllSixLanguagesForEveryGoalAndTarget() {
    assertThat(SdgCatalogue.languages()).extracting(Locale::getLanguage).containsExactly("ar", "zh", "en", "fr", "ru", "es");
    for (Locale locale : SdgCatalogue.languages()) {
      Set<String> goalTitles = new HashSet<>();
      for (SdgGoal goal : SdgGoal.values()) {
        assertThat(goal.getTitle(locale)).isNotBlank();
        assertThat(goal.getShortTitle(locale)).isNotBlank();
        goalTitles.add(goal.getTitle(locale));
      }
      assertThat(goalTitles).as(locale.toString()).hasSize(17);
      for (SdgTarget target : SdgCatalogue.targets()) {
        assertThat(target.getTitle(locale)).as(target + " " + locale).hasValueSatisfying(t -> assertThat(t).isNotBlank());
      }
    }
  }

  @Test
  void titles_differBetweenLanguages() {
    for (SdgGoal goal : SdgGoal.values()) {
      Set<String> titles = new HashSet<>();
      SdgCatalogue.languages().forEach(l -> titles.add(goal.getTitle(l)));
      assertThat(titles).as(goal.toString()).hasSize(6);
    }
  }

  @Test
  void getTitle_knownLocales_giveTheUnText() {
    assertThat(SdgGoal.NINE.getShortTitle(Locale.ENGLISH)).isEqualTo("Industry, innovation and infrastructure");
    assertThat(SdgGoal.NINE.getShortTitle(Locale.FRENCH)).isEqualTo("Industrie, innovation et infrastructure");
    assertThat(SdgGoal.NINE.getTitle(Locale.forLanguageTag("zh-Hans")))
        .isEqualTo(SdgGoal.NINE.getTitle(Locale.CHINESE))
        .isEqualTo(SdgGoal.NINE.getTitle(Locale.TRADITIONAL_CHINESE))
        .startsWith("建造具备抵御灾害能力的基础设施");
    assertThat(SdgGoal.ONE.getShortTitle(Locale.forLanguageTag("ar"))).isEqualTo("لا فقر");
    assertThat(SdgTarget.parse("9.c").getTitle(Locale.ENGLISH)).hasValueSatisfying(
        t -> assertThat(t).startsWith("Significantly increase access to information and communications technology"));
    assertThat(SdgTarget.parse("3.2").getTitle(Locale.ENGLISH).get()).contains("under-5").doesNotContain("\u2010");
  }

  @Test
  void getTitle_otherLocale_fallsBackToEnglish() {
    assertThat(SdgGoal.NINE.getTitle(Locale.GERMAN)).isEqualTo(SdgGoal.NINE.getTitle(Locale.ENGLISH));
    assertThat(SdgGoal.NINE.getShortTitle(Locale.ROOT)).isEqualTo(SdgGoal.NINE.getShortTitle(Locale.UK));
    assertThat(SdgTarget.parse("4.4").getTitle(Locale.JAPANESE)).isEqualTo(SdgTarget.parse("4.4").getTitle(Locale.US));
    assertThat(SdgGoal.NINE.getTitle(Locale.CANADA_FRENCH)).isEqualTo(SdgGoal.NINE.getTitle(Locale.FRENCH));
  }

  @Test
  void unknownTarget_isNotKnownAndHasNoTitle() {
    SdgTarget unknown = SdgTarget.read("9.z");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.getTitle(Locale.ENGLISH)).isEmpty();
    assertThat(SdgCatalogue.kindOf(unknown)).isEmpty();
    assertThat(SdgTarget.read("9.20").isKnown()).isFalse();
    assertThat(SdgCatalogue.contains(SdgIndicator.parse("9.c.9"))).isFalse();
  }

  @Test
  void nullArguments_throwRoadmapException() {
    assertThatThrownBy(() -> SdgGoal.NINE.getTitle(null)).isInstanceOf(RoadmapException.class).hasMessageContaining("locale");
    assertThatThrownBy(() -> SdgTarget.read("9.z").getTitle(null)).isInstanceOf(RoadmapException.class);
    assertThatThrownBy(() -> SdgCatalogue.targetsOf(null)).isInstanceOf(RoadmapException.class);
    assertThatThrownBy(() -> SdgCatalogue.contains((SdgTarget) null)).isInstanceOf(RoadmapException.class);
    assertThatThrownBy(() -> SdgCatalogue.indicatorsOf(null)).isInstanceOf(RoadmapException.class);
  }

  @Test
  void lists_areUnmodifiable() {
    assertThatThrownBy(() -> SdgCatalogue.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SdgGoal.ONE.getTargets().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SdgCatalogue.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
