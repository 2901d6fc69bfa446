package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TimingEntry;

/**
 * Each constraint of the model speaks the model's words (from {@code ValidationMessages.properties},
 * never a raw regular expression), with the property path and its list indices: one failing and one
 * passing value each.
 */
final class ValidationMessagesTest {

  private static List<String> messages(Object bean) {
    return Shapes.validator().validate(bean).stream().map(Shapes::message).sorted().collect(Collectors.toList());
  }

  private static Outcome outcome() {
    OutcomeId id = OutcomeId.parse("C5.GT.A");
    return Outcome.builder().id(id).section(id.getSection()).label("A").statement("Statement").build();
  }

  @Test
  void text_blank_saysATextIsNotBlank() {
    assertThat(messages(GlossaryEntry.builder().term(" ").meaning("Global Cybersecurity Agenda").build()))
        .containsExactly("term: a text is not blank, but was: ' '");
    assertThat(messages(GlossaryEntry.builder().term("GCA").meaning("Global Cybersecurity Agenda").build())).isEmpty();
  }

  @Test
  void listItem_blank_namesTheListAndTheIndex() {
    assertThat(messages(outcome().withEvidence("Report 2023", " ")))
        .containsExactly("evidence[1]: a text is not blank, but was: ' '");
    assertThat(messages(outcome().withEvidence("Report 2023", "Report 2024"))).isEmpty();
  }

  @Test
  void optionalText_blank_saysATextWhenPresentIsNotBlank() {
    InstrumentRef.Builder ref = InstrumentRef.builder().raw("ITRs (Dubai, 2012)").name("ITRs");
    assertThat(messages(ref.place(" ").build())).containsExactly("place: a text, when present, is not blank, but was: ' '");
    assertThat(messages(ref.place("Dubai").build())).isEmpty();
  }

  @Test
  void label_withAHyphen_saysWhatALabelIs() {
    assertThat(messages(SubItem.builder().label("A-1").text("Workshops").build()))
        .containsExactly("label: a label is 1 to 12 letters or digits, but was: 'A-1'")
        .noneMatch(m -> m.contains("[A-Za-z0-9]"));
    assertThat(messages(SubItem.builder().label("A1").text("Workshops").build())).isEmpty();
  }

  @Test
  void year_outOfRange_saysTheRange() {
    TimingEntry.Builder entry = TimingEntry.builder().raw("1700").kind(TimingEntry.Kind.YEAR);
    assertThat(messages(entry.from(1700).build())).containsExactly("from: a year is from 1800 to 2200, but was: '1700'");
    assertThat(messages(TimingEntry.builder().raw("2300").kind(TimingEntry.Kind.YEAR).from(2300).build()))
        .containsExactly("from: a year is from 1800 to 2200, but was: '2300'");
    assertThat(messages(TimingEntry.builder().raw("2020").kind(TimingEntry.Kind.YEAR).from(2020).build())).isEmpty();
  }

  @Test
  void strategicGoalAndTarget_malformed_sayWhatTheyAre() {
    StrategicGoalRef bad = StrategicGoalRef.builder().raw("Goal 0").goal(0).target("1-6").build();
    assertThat(messages(bad)).containsExactly(
        "goal: an ITU strategic goal number is 1 or more, but was: '0'",
        "target: an ITU strategic target is one or two digits, then optionally a dot and one or two digits, such as 1.6,"
            + " but was: '1-6'");
    assertThat(messages(StrategicGoalRef.builder().raw("Goal 1 (Target 1.6)").goal(1).target("1.6").build())).isEmpty();
  }

  @Test
  void finding_ofAListItemInAnOutcome_hasThePathAndTheWords() {
    Outcome outcome = outcome().withEvidence("Report 2023", "");
    List<Finding> findings = Shapes.checkOutcome(outcome, "/actionLines/0/outcomes/3", Profile.DEFAULT);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getPointer()).isEqualTo("/actionLines/0/outcomes/3/evidence/1");
      assertThat(f.getMessage()).isEqualTo("evidence[1]: a text is not blank, but was: ''");
    });
  }
}
