package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tricky result texts read with {@link Metric#findAll}, each metric rendered on one line so that comparator, value,
 * unit, year and raw text are compared exactly.
 */
final class MetricExamplesTest {

  /** Renders every metric of a text as "COMPARATOR value unit year 'raw'" joined with " | "; "-" is no year. */
  private static String all(String text) {
    return Metric.findAll(text).stream()
        .map(m -> m.getComparator() + " " + m.getValue().toPlainString() + " " + m.getUnit() + " "
            + m.getAsOfYear().map(Object::toString).orElse("-") + " '" + m.getRaw() + "'")
        .collect(Collectors.joining(" | "));
  }

  @Test
  void findAll_daysBeforeAMonth_areDatesNotQuantities() {
    assertThat(all("held on 26 September with 300 participants"))
        .isEqualTo("EXACT 300 participants - '300 participants'");
    assertThat(all("5-8 June 2023 with 40 delegates"))
        .isEqualTo("EXACT 40 delegates - '40 delegates'");
    assertThat(all("5 to 8 June, 200 experts"))
        .isEqualTo("EXACT 200 experts - '200 experts'");
    assertThat(all("5, 6 and 8 June: 12 sessions"))
        .isEqualTo("EXACT 12 sessions - '12 sessions'");
    assertThat(all("1, 2, 3, 4 and 5 June with 7 panels"))
        .isEqualTo("EXACT 1  - '1' | EXACT 7 panels - '7 panels'");
    assertThat(all("26 Sept. 2024 with 300 participants"))
        .isEqualTo("EXACT 300 participants - '300 participants'");
    assertThat(all("26 September2024 and 5 people"))
        .isEqualTo("EXACT 26  - '26' | EXACT 5 people - '5 people'");
    assertThat(all("26September and 5 people"))
        .isEqualTo("EXACT 5 people - '5 people'");
    assertThat(all("5 Junes 40 people"))
        .isEqualTo("EXACT 5 Junes - '5 Junes'");
    assertThat(all("123 June 40 people"))
        .isEqualTo("EXACT 123 June - '123 June'");
    assertThat(all("5 to 123 June 40 people"))
        .isEqualTo("EXACT 123 June - '123 June'");
    assertThat(all("5 Mayfair 40 people"))
        .isEqualTo("EXACT 5 Mayfair - '5 Mayfair'");
    assertThat(all("5 SEPTEMBERS 40 people"))
        .isEqualTo("EXACT 5 SEPTEMBERS - '5 SEPTEMBERS'");
    assertThat(all("26 Septemberr 40 people"))
        .isEqualTo("EXACT 26 Septemberr - '26 Septemberr'");
  }

  @Test
  void findAll_numbersAfterDesignators_areNoQuantities() {
    assertThat(all("Resolutions 71, 130 and 140 with 25 members"))
        .isEqualTo("EXACT 25 members - '25 members'");
    assertThat(all("Study Group 3 has 40 experts"))
        .isEqualTo("EXACT 40 experts - '40 experts'");
    assertThat(all("Res. 76 has 300 participants"))
        .isEqualTo("EXACT 300 participants - '300 participants'");
    assertThat(all("Questions 4 or 5 had 60 contributions"))
        .isEqualTo("EXACT 60 contributions - '60 contributions'");
    assertThat(all("Resolution 44, 45a and 12 people"))
        .isEqualTo("EXACT 12 people - '12 people'");
    assertThat(all("With 300 participants"))
        .isEqualTo("EXACT 300 participants - '300 participants'");
    assertThat(all("The 300 participants"))
        .isEqualTo("EXACT 300 participants - '300 participants'");
    assertThat(all("Reports. 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("long-word 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("Abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("x2b 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("Group 40 countries"))
        .isEqualTo("");
  }

  @Test
  void findAll_listMarkers_areNoQuantities() {
    assertThat(all("(1) 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("1) 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("1. 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("1."))
        .isEqualTo("");
    assertThat(all("1)"))
        .isEqualTo("");
    assertThat(all("(12) 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("(123) 40 countries"))
        .isEqualTo("EXACT 123  - '123' | EXACT 40 countries - '40 countries'");
    assertThat(all("12. x 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("x 1. 40 countries"))
        .isEqualTo("EXACT 1  - '1' | EXACT 40 countries - '40 countries'");
    assertThat(all("(1 40 countries"))
        .isEqualTo("EXACT 1  - '1' | EXACT 40 countries - '40 countries'");
  }

  @Test
  void findAll_numberShapes_rejectCodesAndTimes() {
    assertThat(all("9.c 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("C15/18 and 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("2.2.1 and 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("10:30 and 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("10: 30 people"))
        .isEqualTo("EXACT 10  - '10' | EXACT 30 people - '30 people'");
    assertThat(all("1.5 million users"))
        .isEqualTo("EXACT 1500000 users - '1.5 million users'");
    assertThat(all("250,000 people"))
        .isEqualTo("EXACT 250000 people - '250,000 people'");
    assertThat(all("1,2345 people"))
        .isEqualTo("EXACT 1  - '1'");
    assertThat(all("12345,678 people"))
        .isEqualTo("EXACT 12345  - '12345'");
    assertThat(all("1,234,567 people"))
        .isEqualTo("EXACT 1234567 people - '1,234,567 people'");
    assertThat(all("40.5% of schools"))
        .isEqualTo("EXACT 40.5 % - '40.5%'");
    assertThat(all("40% of schools"))
        .isEqualTo("EXACT 40 % - '40%'");
    assertThat(all("40 per cent of schools"))
        .isEqualTo("EXACT 40 % - '40 per cent'");
    assertThat(all("40 percent of schools"))
        .isEqualTo("EXACT 40 % - '40 percent'");
    assertThat(all("x-40 people"))
        .isEqualTo("");
    assertThat(all("-40 people"))
        .isEqualTo("");
    assertThat(all(".40 people"))
        .isEqualTo("");
    assertThat(all("/40 people"))
        .isEqualTo("");
    assertThat(all(",40 people"))
        .isEqualTo("");
    assertThat(all("3:40 people"))
        .isEqualTo("");
    assertThat(all(":40 people"))
        .isEqualTo("EXACT 40 people - '40 people'");
    assertThat(all("40/50 people"))
        .isEqualTo("");
    assertThat(all("40.x people"))
        .isEqualTo("");
    assertThat(all("40.5. and more"))
        .isEqualTo("EXACT 40.5  - '40.5'");
    assertThat(all("40. Then 5 more"))
        .isEqualTo("EXACT 5  - '5'");
    assertThat(all("40."))
        .isEqualTo("");
  }

  @Test
  void findAll_units_stopAtStopWordsNumbersAndConjunctions() {
    assertThat(all("212 participants registered and 102 received certificates"))
        .isEqualTo("EXACT 212 participants registered - '212 participants registered' | EXACT 102 received certificates - '102 received certificates'");
    assertThat(all("212 participants and 102 received"))
        .isEqualTo("EXACT 212 participants - '212 participants' | EXACT 102 received - '102 received'");
    assertThat(all("300 people or"))
        .isEqualTo("EXACT 300 people - '300 people'");
    assertThat(all("300 a b c d e f g h"))
        .isEqualTo("EXACT 300 a b c d e f - '300 a b c d e f'");
    assertThat(all("300 mobile-phone users' apps in 2022"))
        .isEqualTo("EXACT 300 mobile-phone users' apps 2022 '300 mobile-phone users' apps in 2022'");
    assertThat(all("300 users in 2022"))
        .isEqualTo("EXACT 300 users 2022 '300 users in 2022'");
    assertThat(all("300 users in 22"))
        .isEqualTo("EXACT 300 users - '300 users' | EXACT 22  - '22'");
    assertThat(all("300 users (2022)"))
        .isEqualTo("EXACT 300 users 2022 '300 users (2022)'");
    assertThat(all("300 users (2022"))
        .isEqualTo("EXACT 300 users - '300 users'");
    assertThat(all("300 users ( 2022)"))
        .isEqualTo("EXACT 300 users - '300 users'");
    assertThat(all("300 users as of 2022"))
        .isEqualTo("EXACT 300 users 2022 '300 users as of 2022'");
    assertThat(all("300 users2 things"))
        .isEqualTo("EXACT 300  - '300'");
    assertThat(all("300+ users"))
        .isEqualTo("EXACT 300 users - '300+ users'");
    assertThat(all("300 2022"))
        .isEqualTo("EXACT 300  - '300'");
    assertThat(all("up to 2015"))
        .isEqualTo("");
    assertThat(all("up to 2015 people"))
        .isEqualTo("UP_TO 2015 people - 'up to 2015 people'");
    assertThat(all("from 10,000 to over 40,000 users"))
        .isEqualTo("MORE_THAN 40000 users - 'over 40,000 users'");
    assertThat(all("from 10,000 users to over 40,000"))
        .isEqualTo("EXACT 10000 users - '10,000 users' | MORE_THAN 40000  - 'over 40,000'");
    assertThat(all("over 5 thousand schools"))
        .isEqualTo("MORE_THAN 5000 schools - 'over 5 thousand schools'");
    assertThat(all("over 5 thousands schools"))
        .isEqualTo("MORE_THAN 5 thousands schools - 'over 5 thousands schools'");
    assertThat(all("5 billion people"))
        .isEqualTo("EXACT 5000000000 people - '5 billion people'");
    assertThat(all("2 trillion bytes"))
        .isEqualTo("EXACT 2000000000000 bytes - '2 trillion bytes'");
    assertThat(all("3 million"))
        .isEqualTo("EXACT 3000000  - '3 million'");
  }

  @Test
  void findAll_comparators_readTheirWords() {
    assertThat(all("more than 5 people"))
        .isEqualTo("MORE_THAN 5 people - 'more than 5 people'");
    assertThat(all("in excess of 5 people"))
        .isEqualTo("MORE_THAN 5 people - 'in excess of 5 people'");
    assertThat(all("above 5 people"))
        .isEqualTo("MORE_THAN 5 people - 'above 5 people'");
    assertThat(all("at least 5 people"))
        .isEqualTo("AT_LEAST 5 people - 'at least 5 people'");
    assertThat(all("a minimum of 5 people"))
        .isEqualTo("AT_LEAST 5 people - 'a minimum of 5 people'");
    assertThat(all("no fewer than 5 people"))
        .isEqualTo("AT_LEAST 5 people - 'no fewer than 5 people'");
    assertThat(all("no less than 5 people"))
        .isEqualTo("AT_LEAST 5 people - 'no less than 5 people'");
    assertThat(all("approximately 5 people"))
        .isEqualTo("AROUND 5 people - 'approximately 5 people'");
    assertThat(all("around 5 people"))
        .isEqualTo("AROUND 5 people - 'around 5 people'");
    assertThat(all("about 5 people"))
        .isEqualTo("AROUND 5 people - 'about 5 people'");
    assertThat(all("nearly 5 people"))
        .isEqualTo("AROUND 5 people - 'nearly 5 people'");
    assertThat(all("almost 5 people"))
        .isEqualTo("AROUND 5 people - 'almost 5 people'");
    assertThat(all("roughly 5 people"))
        .isEqualTo("AROUND 5 people - 'roughly 5 people'");
    assertThat(all("some 5 people"))
        .isEqualTo("AROUND 5 people - 'some 5 people'");
    assertThat(all("close to 5 people"))
        .isEqualTo("AROUND 5 people - 'close to 5 people'");
    assertThat(all("up to 5 people"))
        .isEqualTo("UP_TO 5 people - 'up to 5 people'");
    assertThat(all("at most 5 people"))
        .isEqualTo("UP_TO 5 people - 'at most 5 people'");
    assertThat(all("a maximum of 5 people"))
        .isEqualTo("UP_TO 5 people - 'a maximum of 5 people'");
    assertThat(all("less than 5 people"))
        .isEqualTo("LESS_THAN 5 people - 'less than 5 people'");
    assertThat(all("fewer than 5 people"))
        .isEqualTo("LESS_THAN 5 people - 'fewer than 5 people'");
    assertThat(all("under 5 people"))
        .isEqualTo("LESS_THAN 5 people - 'under 5 people'");
    assertThat(all("below 5 people"))
        .isEqualTo("LESS_THAN 5 people - 'below 5 people'");
    assertThat(all("over5 people"))
        .isEqualTo("");
    assertThat(all("more than"))
        .isEqualTo("");
    assertThat(all("around 2020"))
        .isEqualTo("");
  }

  @Test
  void findAll_asOfYears_holdUntilTheSentenceEnds() {
    assertThat(all("As of 2023, 40 countries and 5 regions"))
        .isEqualTo("EXACT 40 countries 2023 '40 countries' | EXACT 5 regions 2023 '5 regions'");
    assertThat(all("As of 2023, 40 countries. Then 5 regions"))
        .isEqualTo("EXACT 40 countries 2023 '40 countries' | EXACT 5 regions - '5 regions'");
    assertThat(all("As of 2023.40 countries"))
        .isEqualTo("");
    assertThat(all("As of 23, 40 countries"))
        .isEqualTo("EXACT 23  - '23' | EXACT 40 countries - '40 countries'");
    assertThat(all("as of2023 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
  }

  @Test
  void findAll_unitOfOnlyAConjunction_isDropped() {
    assertThat(all("5 and 6 and 7 and 8 and 9 June 10 people"))
        .isEqualTo("EXACT 5  - '5'");
    assertThat(all("40 million and 5 grants"))
        .isEqualTo("EXACT 40000000  - '40 million' | EXACT 5 grants - '5 grants'");
    assertThat(all("300 or more"))
        .isEqualTo("EXACT 300  - '300'");
  }

  @Test
  void findAll_wordsOfUpToFortyLettersBeforeANumber_mayDesignateIt() {
    assertThat(all("Abcdefghijabcdefghijabcdefghijabcdefghi 40 countries"))
        .isEqualTo("");
    assertThat(all("Abcdefghijabcdefghijabcdefghijabcdefghij 40 countries"))
        .isEqualTo("EXACT 40 countries - '40 countries'");
    assertThat(all("As agreed in the annual meeting, Resolution 44 applies"))
        .isEqualTo("");
    assertThat(all("Resolutions 71,"))
        .isEqualTo("");
  }

  @Test
  void findAll_digitsZeroAndNine_startNumbers() {
    assertThat(all("0 incidents reported"))
        .isEqualTo("EXACT 0 incidents reported - '0 incidents reported'");
    assertThat(all("9 people"))
        .isEqualTo("EXACT 9 people - '9 people'");
  }

  @Test
  void findAll_numberBeforeAFullStopOrColon_isAQuantity() {
    assertThat(all("rose by 1.5."))
        .isEqualTo("EXACT 1.5  - '1.5'");
    assertThat(all("Rose to 40. Then more"))
        .isEqualTo("EXACT 40  - '40'");
    assertThat(all("Rose to 40."))
        .isEqualTo("EXACT 40  - '40'");
    assertThat(all("met at 10:"))
        .isEqualTo("EXACT 10  - '10'");
    assertThat(all("1.5.1 and 3 people"))
        .isEqualTo("EXACT 3 people - '3 people'");
  }

  @Test
  void findAll_plusGluedToAWord_takesNoUnit() {
    assertThat(all("300+users"))
        .isEqualTo("EXACT 300  - '300+'");
    assertThat(all("300+ users"))
        .isEqualTo("EXACT 300 users - '300+ users'");
  }

  @Test
  void findAll_dayListBeforeAMonth_isADate() {
    assertThat(all("5 and 12 June: 40 people"))
        .isEqualTo("EXACT 40 people - '40 people'");
  }

}
