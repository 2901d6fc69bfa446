package org.wsis.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ResolutionBody;

/** The list of ITU conferences: which body met where and when, and the year a conference label stands for. */
final class ConferencesTest {

  @Test
  void bodyOf_venueAndYearOfOneConference_givesItsBody() {
    assertThat(Conferences.bodyOf("Dubai", 2018)).contains(ResolutionBody.PP);
    assertThat(Conferences.bodyOf("Dubai", 2014)).contains(ResolutionBody.WTDC);
    assertThat(Conferences.bodyOf("Dubai", 2012)).contains(ResolutionBody.WTSA);
    assertThat(Conferences.bodyOf("Geneva", 2022)).contains(ResolutionBody.WTSA);
    assertThat(Conferences.bodyOf("Geneva", 2015)).contains(ResolutionBody.WRC);
  }

  @Test
  void bodyOf_caseAccentsAndOuterSpaces_areIgnored() {
    assertThat(Conferences.bodyOf(" florianopolis ", 2004)).contains(ResolutionBody.WTSA);
    assertThat(Conferences.bodyOf("BUENOS AIRES", 2017)).contains(ResolutionBody.WTDC);
  }

  @Test
  void bodyOf_twoBodiesMetThereThatYear_givesNone() {
    assertThat(Conferences.bodyOf("Sharm el-Sheikh", 2019)).isEmpty();
    assertThat(Conferences.bodyOf("Dubai", 2023)).isEmpty();
  }

  @Test
  void bodyOf_noConferenceThereThatYear_givesNone() {
    assertThat(Conferences.bodyOf("Dubai", 2019)).isEmpty();
    assertThat(Conferences.bodyOf("Lisbon", 2018)).isEmpty();
  }

  @Test
  void venues_distinctAndLongestFirstInListOrder() {
    assertThat(Conferences.venues()).containsExactly("Sharm el-Sheikh", "Florian\u00f3polis", "Buenos Aires",
        "Johannesburg", "Minneapolis", "Guadalajara", "Marrakesh", "Bucharest", "Hyderabad", "New Delhi", "Valletta",
        "Istanbul", "Montreal", "Hammamet", "Antalya", "Kigali", "Geneva", "Kyoto", "Busan", "Dubai", "Doha");
  }

  @Test
  void yearOf_listedLabel_givesTheYearTheConferenceMet() {
    assertThat(Conferences.yearOf(ResolutionBody.WTSA, "20")).isEqualTo(Optional.of(2022));
    assertThat(Conferences.yearOf(ResolutionBody.WTSA, "2000")).isEqualTo(Optional.of(2000));
    assertThat(Conferences.yearOf(ResolutionBody.PP, "94")).isEqualTo(Optional.of(1994));
  }

  @Test
  void yearOf_unlistedLabel_readsTheLabelAsAYear() {
    assertThat(Conferences.yearOf(ResolutionBody.WRC, "20")).isEqualTo(Optional.of(2020));
    assertThat(Conferences.yearOf(ResolutionBody.PP, "25")).isEqualTo(Optional.of(2025));
    assertThat(Conferences.yearOf(ResolutionBody.PP, "49")).isEqualTo(Optional.of(2049));
    assertThat(Conferences.yearOf(ResolutionBody.PP, "50")).isEqualTo(Optional.of(1950));
    assertThat(Conferences.yearOf(ResolutionBody.PP, "99")).isEqualTo(Optional.of(1999));
    assertThat(Conferences.yearOf(ResolutionBody.PP, "2030")).isEqualTo(Optional.of(2030));
  }

  @Test
  void yearOf_labelOfNeitherTwoNorFourDigits_givesNone() {
    assertThat(Conferences.yearOf(ResolutionBody.PP, "7")).isEmpty();
    assertThat(Conferences.yearOf(ResolutionBody.PP, "123")).isEmpty();
  }
}
