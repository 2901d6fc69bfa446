package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.CovidResponse;

final class CovidCellReaderTest {
  @Test
  void read_symbolsAndInitiative_giveDocumentsAndInitiatives() {
    CovidCellReader.Reading reading = CovidCellReader.read(List.of("C20/18,C21/18 REG4COVID"));
    CovidResponse response = reading.response().orElseThrow();
    assertThat(response.getDocuments()).containsExactly("C20/18", "C21/18");
    assertThat(response.getInitiatives()).containsExactly("REG4COVID");
    assertThat(response.getText()).isEmpty();
    assertThat(reading.unread()).isEmpty();
  }

  @Test
  void read_garbledSymbols_areKeptAsTextAndReported() {
    CovidCellReader.Reading reading = CovidCellReader.read(List.of("C20/18_C21/18"));
    assertThat(reading.response().orElseThrow().getText()).containsExactly("C20/18_C21/18");
    assertThat(reading.response().orElseThrow().getDocuments()).isEmpty();
    assertThat(reading.unread()).containsExactly("C20/18_C21/18");
  }

  @Test
  void read_prose_isKeptAsText() {
    String prose = "BDT has produced the ITU Report on the Economic impact of broadband through the COVID-19 pandemic.";
    CovidCellReader.Reading reading = CovidCellReader.read(List.of(prose));
    assertThat(reading.response().orElseThrow().getText()).containsExactly(prose);
    assertThat(reading.unread()).isEmpty();
  }

  @Test
  void read_emptyCell_givesNoResponse() {
    assertThat(CovidCellReader.read(List.of()).response()).isEmpty();
  }
}
