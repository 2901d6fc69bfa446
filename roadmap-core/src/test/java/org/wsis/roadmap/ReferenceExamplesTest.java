package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tricky citation cells, each read whole with {@link Reference#readAll} and rendered on one line so that every field of
 * every reference (kind, body, numbers, revised, place, year, raw text) is compared exactly.
 */
final class ReferenceExamplesTest {

  /** Renders a cell's references as "kind fields 'raw'" joined with " | "; "-" stands for an empty optional. */
  private static String read(String cell) {
    return Reference.readAll(cell).stream().map(ReferenceExamplesTest::render).collect(Collectors.joining(" | "));
  }

  private static String render(Reference r) {
    if (r instanceof StrategicGoalRef) {
      StrategicGoalRef g = (StrategicGoalRef) r;
      return "goal " + g.getGoal() + " " + g.getTarget().orElse("-") + " '" + r.getRaw() + "'";
    }
    if (r instanceof ResolutionRef) {
      ResolutionRef x = (ResolutionRef) r;
      return "res " + x.getBody().map(Object::toString).orElse("-") + " " + x.getNumbers() + (x.isRevised() ? " rev" : "")
          + " " + x.getPlace().orElse("-") + " " + x.getYear().map(Object::toString).orElse("-") + " '" + r.getRaw() + "'";
    }
    if (r instanceof InstrumentRef) {
      InstrumentRef x = (InstrumentRef) r;
      return "instrument " + x.getName() + " " + x.getPlace().orElse("-") + " "
          + x.getYear().map(Object::toString).orElse("-") + " '" + r.getRaw() + "'";
    }
    if (r instanceof DocumentRef) {
      DocumentRef x = (DocumentRef) r;
      return "doc " + x.getIssuer().orElse("-") + " " + x.getSymbols() + " '" + r.getRaw() + "'";
    }
    assertThat(r).isInstanceOf(TextRef.class);
    return "text '" + r.getRaw() + "'";
  }

  @Test
  void readAll_bodyAbbreviationAlone_staysText() {
    assertThat(read("PP")).isEqualTo("text 'PP'");
    assertThat(read("WTDC")).isEqualTo("text 'WTDC'");
  }

  @Test
  void readAll_closingBracketsAndStopsAfterACitation_areNoText() {
    assertThat(read("Resolution 5 )")).isEqualTo("res - [5] - - 'Resolution 5'");
    assertThat(read("Resolution 5 ), more text")).isEqualTo("res - [5] - - 'Resolution 5' | text 'more text'");
    assertThat(read("Resolution 5 ..")).isEqualTo("res - [5] - - 'Resolution 5'");
    assertThat(read("Resolution 5 ..[]")).isEqualTo("res - [5] - - 'Resolution 5'");
  }

  @Test
  void readAll_bodyNamedAsAWholeWordBeforeALongerWord_givesTheBody() {
    assertThat(read("Council councillors: Resolution 5"))
        .isEqualTo("text 'Council councillors' | res COUNCIL [5] - - 'Resolution 5'");
  }

  @Test
  void readAll_sentenceEndInTextBetweenCitations_endsTheBodyOfTheProse() {
    assertThat(read("Council texts: Resolution 5 . tbd Resolution 6"))
        .isEqualTo("text 'Council texts' | res COUNCIL [5] - - 'Resolution 5' | text '. tbd' | res - [6] - - 'Resolution 6'");
  }

  @Test
  void readAll_numberEndingInASlashOrDash_keepsTheRestAsText() {
    assertThat(read("Resolution 12/ 5")).isEqualTo("text 'Resolution 12/ 5'");
    assertThat(read("Resolution 12- 5")).isEqualTo("res - [12] - - 'Resolution 12' | text '- 5'");
    assertThat(read("Resolution 12- and more")).isEqualTo("res - [12] - - 'Resolution 12' | text '- and more'");
  }

  @Test
  void parse_textBeforeACitation_pointsAtTheText() {
    assertThatThrownBy(() -> Reference.parse("see Resolution 5"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isZero();
          assertThat(e.getMessage()).contains("could not read 'see' in: 'see Resolution 5'");
        });
    assertThatThrownBy(() -> Reference.parse("<p>Resolution 5 see</p>"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(16));
  }

  @Test
  void parse_twoCitations_pointsAtTheSecond() {
    assertThatThrownBy(() -> Reference.parse("Resolution 5 and 6 of the Council, Resolution 7"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(35);
          assertThat(e.getMessage()).contains("held 2");
        });
  }

  @Test
  void readAll_councilSymbolsWithoutHead_becomeDocumentsOnlyInTheirShape() {
    assertThat(read("C15/18"))
        .isEqualTo("doc - [C15/18] 'C15/18'");
    assertThat(read("C15/18 and C16/20"))
        .isEqualTo("doc - [C15/18, C16/20] 'C15/18 and C16/20'");
    assertThat(read("C15/18, C16/20"))
        .isEqualTo("doc - [C15/18, C16/20] 'C15/18, C16/20'");
    assertThat(read("AB12/34"))
        .isEqualTo("doc - [AB12/34] 'AB12/34'");
    assertThat(read("C123/45"))
        .isEqualTo("doc - [C123/45] 'C123/45'");
    assertThat(read("C12/123"))
        .isEqualTo("doc - [C12/123] 'C12/123'");
    assertThat(read("ABC1/2"))
        .isEqualTo("text 'ABC1/2'");
    assertThat(read("C1234/5"))
        .isEqualTo("text 'C1234/5'");
    assertThat(read("C12/1234"))
        .isEqualTo("text 'C12/1234'");
    assertThat(read("C15/18a"))
        .isEqualTo("text 'C15/18a'");
    assertThat(read("C15/18/2"))
        .isEqualTo("text 'C15/18/2'");
    assertThat(read("C15/"))
        .isEqualTo("text 'C15/'");
    assertThat(read("c15/18"))
        .isEqualTo("text 'c15/18'");
  }

  @Test
  void readAll_documentHeads_readSymbolsWithSlash() {
    assertThat(read("Document C22/45"))
        .isEqualTo("doc - [C22/45] 'Document C22/45'");
    assertThat(read("Documents WSIS-05/TUNIS/DOC/6(Rev.1) and A/60/687"))
        .isEqualTo("doc - [WSIS-05/TUNIS/DOC/6(Rev.1), A/60/687] 'Documents WSIS-05/TUNIS/DOC/6(Rev.1) and A/60/687'");
    assertThat(read("Document A/RES/70/1."))
        .isEqualTo("doc - [A/RES/70/1] 'Document A/RES/70/1'");
    assertThat(read("Document WSIS/PC-3/DOC/12."))
        .isEqualTo("doc - [WSIS/PC-3/DOC/12] 'Document WSIS/PC-3/DOC/12'");
    assertThat(read("(see Document C19/12)"))
        .isEqualTo("text '(see' | doc - [C19/12] 'Document C19/12'");
    assertThat(read("ITU Doc. PP-22/1"))
        .isEqualTo("doc ITU [PP-22/1] 'ITU Doc. PP-22/1'");
    assertThat(read("UNESCO document 38 C/12"))
        .isEqualTo("text 'UNESCO document 38 C/12'");
    assertThat(read("Doc. abc"))
        .isEqualTo("text 'Doc. abc'");
  }

  @Test
  void readAll_symbolLongerThanItsLimit_keepsTheRestAsText() {
    assertThat(read("Document ABCDEFGHIJ/KLMNOPQRSTUVWXYZ/0123456789/ABCDEFGH"))
        .isEqualTo("doc - [ABCDEFGHIJ/KLMNOPQRSTUVWXYZ/0123456789/A] 'Document ABCDEFGHIJ/KLMNOPQRSTUVWXYZ/0123456789/A' | text 'BCDEFGH'");
  }

  @Test
  void readAll_resolutionNumbers_takeAtMostFiveDigitsPerPart() {
    assertThat(read("Resolution 12345"))
        .isEqualTo("res - [12345] - - 'Resolution 12345'");
    assertThat(read("Resolution 123456"))
        .isEqualTo("text 'Resolution 123456'");
    assertThat(read("Resolution 70/12345"))
        .isEqualTo("res UNGA [70/12345] - - 'Resolution 70/12345'");
    assertThat(read("Resolution 70/123456"))
        .isEqualTo("text 'Resolution 70/123456'");
    assertThat(read("Resolution 12-"))
        .isEqualTo("res - [12] - - 'Resolution 12' | text '-'");
    assertThat(read("Resolution 12/"))
        .isEqualTo("text 'Resolution 12/'");
    assertThat(read("Resolution 12a"))
        .isEqualTo("text 'Resolution 12a'");
    assertThat(read("Resolution 1-5"))
        .isEqualTo("res - [1-5] - - 'Resolution 1-5'");
    assertThat(read("Resolution 0123"))
        .isEqualTo("res - [0123] - - 'Resolution 0123'");
  }

  @Test
  void readAll_unGeneralAssemblySymbols_giveUnga() {
    assertThat(read("Resolutions A/RES/70/1 and A/RES/70/125"))
        .isEqualTo("res UNGA [70/1, 70/125] - - 'Resolutions A/RES/70/1 and A/RES/70/125'");
    assertThat(read("A/RES/70"))
        .isEqualTo("text 'A/RES/70'");
    assertThat(read("a/res/70/1"))
        .isEqualTo("res UNGA [70/1] - - 'a/res/70/1'");
    assertThat(read("xA/RES/70/1"))
        .isEqualTo("text 'xA/RES/70/1'");
    assertThat(read("See A/RES/70/1"))
        .isEqualTo("text 'See' | res UNGA [70/1] - - 'A/RES/70/1'");
    assertThat(read("UNGA Resolution 70/1"))
        .isEqualTo("res UNGA [70/1] - - 'UNGA Resolution 70/1'");
    assertThat(read("Resolutions 1305, 1306"))
        .isEqualTo("res COUNCIL [1305, 1306] - - 'Resolutions 1305, 1306'");
    assertThat(read("Resolutions 1305, 130"))
        .isEqualTo("res - [1305, 130] - - 'Resolutions 1305, 130'");
    assertThat(read("Resolutions 70/1, 1306"))
        .isEqualTo("res - [70/1, 1306] - - 'Resolutions 70/1, 1306'");
  }

  @Test
  void readAll_radiocommunicationAssemblyNumbers_giveRa() {
    assertThat(read("Resolution ITU-R 1-5"))
        .isEqualTo("res RA [1-5] - - 'Resolution ITU-R 1-5'");
    assertThat(read("Resolution ITU-R"))
        .isEqualTo("text 'Resolution ITU-R'");
    assertThat(read("Resolution ITU-R x"))
        .isEqualTo("text 'Resolution ITU-R x'");
    assertThat(read("RA Resolution 5"))
        .isEqualTo("res RA [5] - - 'RA Resolution 5'");
  }

  @Test
  void readAll_bodyPrefixWithConferenceLabel_givesBodyAndYear() {
    assertThat(read("PP-14 Resolution 101"))
        .isEqualTo("res PP [101] - 2014 'PP-14 Resolution 101'");
    assertThat(read("PP-2014 Resolution 101"))
        .isEqualTo("res PP [101] - 2014 'PP-2014 Resolution 101'");
    assertThat(read("PP-145 Resolution 101"))
        .isEqualTo("text 'PP-145' | res PP [101] - - 'Resolution 101'");
    assertThat(read("PP- Resolution 101"))
        .isEqualTo("res PP [101] - - 'PP- Resolution 101'");
    assertThat(read("PP Resolution 101"))
        .isEqualTo("res PP [101] - - 'PP Resolution 101'");
    assertThat(read("WTDC-17 Resolution 37"))
        .isEqualTo("res WTDC [37] - 2017 'WTDC-17 Resolution 37'");
    assertThat(read("WRC-19 Resolution 12"))
        .isEqualTo("res WRC [12] - 2019 'WRC-19 Resolution 12'");
    assertThat(read("pp-14 Res. 101"))
        .isEqualTo("res PP [101] - 2014 'pp-14 Res. 101'");
    assertThat(read("PPX Resolution 101"))
        .isEqualTo("text 'PPX' | res - [101] - - 'Resolution 101'");
    assertThat(read("Plenipotentiary Conference Resolution 71"))
        .isEqualTo("res PP [71] - - 'Plenipotentiary Conference Resolution 71'");
  }

  @Test
  void readAll_resolutionWithoutNumber_needsPlaceOrBody() {
    assertThat(read("Dubai Resolution 174"))
        .isEqualTo("res - [174] Dubai - 'Dubai Resolution 174'");
    assertThat(read("Kigali Resolution (2022)"))
        .isEqualTo("res WTDC [] Kigali 2022 'Kigali Resolution (2022)'");
    assertThat(read("Resolution (Rev. Kigali, 2022)"))
        .isEqualTo("res WTDC [] rev Kigali 2022 'Resolution (Rev. Kigali, 2022)'");
    assertThat(read("WTDC Resolution (2022)"))
        .isEqualTo("res WTDC [] - 2022 'WTDC Resolution (2022)'");
    assertThat(read("Resolution (2022)"))
        .isEqualTo("text 'Resolution (2022)'");
  }

  @Test
  void readAll_shortResolutionHeads_needANumber() {
    assertThat(read("Res 5"))
        .isEqualTo("res - [5] - - 'Res 5'");
    assertThat(read("Res x"))
        .isEqualTo("text 'Res x'");
    assertThat(read("Res"))
        .isEqualTo("text 'Res'");
    assertThat(read("Res. 5"))
        .isEqualTo("res - [5] - - 'Res. 5'");
  }

  @Test
  void readAll_parenthesisedRevisions_giveRevisedPlaceYearAndBody() {
    assertThat(read("Resolution 5 (Rev.WRC-23)"))
        .isEqualTo("res WRC [5] rev - 2023 'Resolution 5 (Rev.WRC-23)'");
    assertThat(read("Resolution 5 (WRC-23)"))
        .isEqualTo("res WRC [5] - 2023 'Resolution 5 (WRC-23)'");
    assertThat(read("Resolution 5 (WRC-2023)"))
        .isEqualTo("res WRC [5] - 2023 'Resolution 5 (WRC-2023)'");
    assertThat(read("Resolution 5 (Rev. 2022)"))
        .isEqualTo("res - [5] rev - 2022 'Resolution 5 (Rev. 2022)'");
    assertThat(read("Resolution 5 (Revised Dubai, 2018)"))
        .isEqualTo("res PP [5] rev Dubai 2018 'Resolution 5 (Revised Dubai, 2018)'");
    assertThat(read("Resolution 5 (Mod. Dubai, 2018)"))
        .isEqualTo("res PP [5] rev Dubai 2018 'Resolution 5 (Mod. Dubai, 2018)'");
    assertThat(read("Resolution 5 (Sharm el-Sheikh, 2019)"))
        .isEqualTo("res - [5] Sharm el-Sheikh 2019 'Resolution 5 (Sharm el-Sheikh, 2019)'");
    assertThat(read("Resolution 5 (Rev. Hammamet, 2016)"))
        .isEqualTo("res WTSA [5] rev Hammamet 2016 'Resolution 5 (Rev. Hammamet, 2016)'");
  }

  @Test
  void readAll_malformedRevisions_stayText() {
    assertThat(read("Resolution 5 (WRC-233)"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(WRC-233)'");
    assertThat(read("Resolution 5 (WRC-23"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(WRC-23'");
    assertThat(read("Resolution 5 (2022"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(2022'");
    assertThat(read("Resolution 5 (Dubai 2018)"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(Dubai 2018)'");
    assertThat(read("Resolution 5 (Dubai, 2018"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(Dubai, 2018'");
    assertThat(read("Resolution 5 (Dubai, 18)"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(Dubai, 18)'");
    assertThat(read("Resolution 5 (2 Dubai, 2018)"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(2 Dubai, 2018)'");
    assertThat(read("Resolution 5 (A very long place name that goes on and on, 2018)"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text '(A very long place name that goes on and on, 2018)'");
  }

  @Test
  void readAll_bodySuffix_givesBody() {
    assertThat(read("Resolution 5 of the Council"))
        .isEqualTo("res COUNCIL [5] - - 'Resolution 5 of the Council'");
    assertThat(read("Resolution 5 of Council"))
        .isEqualTo("res COUNCIL [5] - - 'Resolution 5 of Council'");
    assertThat(read("Resolution 5 of the World Telecommunication Development Conference"))
        .isEqualTo("res WTDC [5] - - 'Resolution 5 of the World Telecommunication Development Conference'");
    assertThat(read("Resolution 5 of the ITU Council"))
        .isEqualTo("res COUNCIL [5] - - 'Resolution 5 of the ITU Council'");
    assertThat(read("Resolution 5 of the United Nations General Assembly"))
        .isEqualTo("res UNGA [5] - - 'Resolution 5 of the United Nations General Assembly'");
    assertThat(read("Resolution 5 of the Radiocommunication Assembly"))
        .isEqualTo("res RA [5] - - 'Resolution 5 of the Radiocommunication Assembly'");
    assertThat(read("Resolution 5 of the World Radiocommunication Conference"))
        .isEqualTo("res WRC [5] - - 'Resolution 5 of the World Radiocommunication Conference'");
    assertThat(read("Resolution 5 of the moon"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text 'of the moon'");
  }

  @Test
  void readAll_numberLists_joinWithCommasAndAnd() {
    assertThat(read("Resolution 5 , 6"))
        .isEqualTo("res - [5, 6] - - 'Resolution 5 , 6'");
    assertThat(read("Resolution 5 and 6"))
        .isEqualTo("res - [5, 6] - - 'Resolution 5 and 6'");
    assertThat(read("Resolution 5, and 6"))
        .isEqualTo("res - [5, 6] - - 'Resolution 5, and 6'");
    assertThat(read("Resolution 5,6"))
        .isEqualTo("res - [5, 6] - - 'Resolution 5,6'");
    assertThat(read("Resolution 5 and"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text 'and'");
    assertThat(read("Resolution 5, x"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text 'x'");
    assertThat(read("Resolutions 5 (Dubai, 2018), 6 (Busan, 2014)"))
        .isEqualTo("res PP [5] Dubai 2018 'Resolutions 5 (Dubai, 2018)' | res PP [6] Busan 2014 '6 (Busan, 2014)'");
    assertThat(read("Resolutions 5, 6 (Dubai, 2018) and 7"))
        .isEqualTo("res PP [5, 6] Dubai 2018 'Resolutions 5, 6 (Dubai, 2018)' | res - [7] - - '7'");
  }

  @Test
  void readAll_proseNamingABody_givesBodyUntilTheSentenceEnds() {
    assertThat(read("Adopted by the Council: Resolution 5"))
        .isEqualTo("text 'Adopted by the Council' | res COUNCIL [5] - - 'Resolution 5'");
    assertThat(read("Adopted by the Council. Resolution 5"))
        .isEqualTo("text 'Adopted by the Council.' | res - [5] - - 'Resolution 5'");
    assertThat(read("Adopted by the Council. Then Resolution 5"))
        .isEqualTo("text 'Adopted by the Council. Then' | res - [5] - - 'Resolution 5'");
    assertThat(read("Adopted at the PP: Resolution 5"))
        .isEqualTo("text 'Adopted at the PP' | res PP [5] - - 'Resolution 5'");
    assertThat(read("Plenipotentiary texts: Resolution 5"))
        .isEqualTo("text 'Plenipotentiary texts' | res PP [5] - - 'Resolution 5'");
    assertThat(read("WTDC texts: Resolution 5"))
        .isEqualTo("text 'WTDC texts' | res WTDC [5] - - 'Resolution 5'");
    assertThat(read("development conference texts: Resolution 5"))
        .isEqualTo("text 'development conference texts' | res WTDC [5] - - 'Resolution 5'");
    assertThat(read("WTSA texts: Resolution 5"))
        .isEqualTo("text 'WTSA texts' | res WTSA [5] - - 'Resolution 5'");
    assertThat(read("standardization assembly texts: Resolution 5"))
        .isEqualTo("text 'standardization assembly texts' | res WTSA [5] - - 'Resolution 5'");
    assertThat(read("WRC texts: Resolution 5"))
        .isEqualTo("text 'WRC texts' | res WRC [5] - - 'Resolution 5'");
    assertThat(read("radiocommunication conference texts: Resolution 5"))
        .isEqualTo("text 'radiocommunication conference texts' | res WRC [5] - - 'Resolution 5'");
    assertThat(read("radiocommunication assembly texts: Resolution 5"))
        .isEqualTo("text 'radiocommunication assembly texts' | res RA [5] - - 'Resolution 5'");
    assertThat(read("general assembly texts: Resolution 5"))
        .isEqualTo("text 'general assembly texts' | res UNGA [5] - - 'Resolution 5'");
    assertThat(read("UNGA texts: Resolution 5"))
        .isEqualTo("text 'UNGA texts' | res UNGA [5] - - 'Resolution 5'");
    assertThat(read("Council and WTDC texts: Resolution 5"))
        .isEqualTo("text 'Council and WTDC texts' | res WTDC [5] - - 'Resolution 5'");
    assertThat(read("WTDC and Council texts: Resolution 5"))
        .isEqualTo("text 'WTDC and Council texts' | res COUNCIL [5] - - 'Resolution 5'");
    assertThat(read("Councillors texts: Resolution 5"))
        .isEqualTo("text 'Councillors texts' | res - [5] - - 'Resolution 5'");
    assertThat(read("the app texts: Resolution 5"))
        .isEqualTo("text 'the app texts' | res - [5] - - 'Resolution 5'");
    assertThat(read("Council text, WTDC. Resolution 5"))
        .isEqualTo("text 'Council text, WTDC.' | res - [5] - - 'Resolution 5'");
    assertThat(read("Council text. WTDC Resolution 5 and Resolution 6"))
        .isEqualTo("text 'Council text.' | res WTDC [5] - - 'WTDC Resolution 5' | res - [6] - - 'Resolution 6'");
    assertThat(read("The Council. Resolution 5"))
        .isEqualTo("text 'The Council.' | res - [5] - - 'Resolution 5'");
  }

  @Test
  void readAll_strategicGoals_readGoalAndTarget() {
    assertThat(read("ITU Strategic Goal 1 (Target 1.6)"))
        .isEqualTo("goal 1 1.6 'ITU Strategic Goal 1 (Target 1.6)'");
    assertThat(read("Strategic Goal 1 (Target 1.6)"))
        .isEqualTo("goal 1 1.6 'Strategic Goal 1 (Target 1.6)'");
    assertThat(read("Strategic Goal 12"))
        .isEqualTo("goal 12 - 'Strategic Goal 12'");
    assertThat(read("Strategic Goal 2 (Target 2.10)"))
        .isEqualTo("goal 2 2.10 'Strategic Goal 2 (Target 2.10)'");
    assertThat(read("Strategic Goal 2(Target 2.2)"))
        .isEqualTo("goal 2 2.2 'Strategic Goal 2(Target 2.2)'");
  }

  @Test
  void readAll_malformedStrategicGoals_stayText() {
    assertThat(read("Strategic Goal 123"))
        .isEqualTo("text 'Strategic Goal 123'");
    assertThat(read("Strategic Goal 1a"))
        .isEqualTo("text 'Strategic Goal 1a'");
    assertThat(read("Strategic Goal"))
        .isEqualTo("text 'Strategic Goal'");
    assertThat(read("Strategic Goal x"))
        .isEqualTo("text 'Strategic Goal x'");
    assertThat(read("Strategic Goal 2 (Target 2.)"))
        .isEqualTo("goal 2 - 'Strategic Goal 2' | text '(Target 2.)'");
    assertThat(read("Strategic Goal 2 (Target .2)"))
        .isEqualTo("goal 2 - 'Strategic Goal 2' | text '(Target .2)'");
    assertThat(read("Strategic Goal 2 (Target 2.2"))
        .isEqualTo("goal 2 - 'Strategic Goal 2' | text '(Target 2.2'");
    assertThat(read("Strategic Goal 2 (Target 2)"))
        .isEqualTo("goal 2 - 'Strategic Goal 2' | text '(Target 2)'");
    assertThat(read("Strategic Goal 2 (Targets 2.2)"))
        .isEqualTo("goal 2 - 'Strategic Goal 2' | text '(Targets 2.2)'");
    assertThat(read("Strategic Goal 2 (x)"))
        .isEqualTo("goal 2 - 'Strategic Goal 2' | text '(x)'");
    assertThat(read("ITU Strategic Goals 3"))
        .isEqualTo("text 'ITU Strategic Goals 3'");
    assertThat(read("ITUStrategic Goal 1"))
        .isEqualTo("text 'ITUStrategic Goal 1'");
  }

  @Test
  void readAll_separatorsBetweenCitations_areDropped() {
    assertThat(read("Strategic Goal 1; Strategic Goal 2"))
        .isEqualTo("goal 1 - 'Strategic Goal 1' | goal 2 - 'Strategic Goal 2'");
    assertThat(read("Strategic Goal 1 and Strategic Goal 2"))
        .isEqualTo("goal 1 - 'Strategic Goal 1' | goal 2 - 'Strategic Goal 2'");
    assertThat(read("Strategic Goal 1 andStrategic Goal 2"))
        .isEqualTo("goal 1 - 'Strategic Goal 1' | text 'andStrategic Goal 2'");
    assertThat(read("Strategic Goal 1: Strategic Goal 2"))
        .isEqualTo("goal 1 - 'Strategic Goal 1' | goal 2 - 'Strategic Goal 2'");
    assertThat(read("Strategic Goal 1, , ; Radio Regulations"))
        .isEqualTo("goal 1 - 'Strategic Goal 1' | instrument Radio Regulations - - 'Radio Regulations'");
    assertThat(read("and Radio Regulations"))
        .isEqualTo("instrument Radio Regulations - - 'Radio Regulations'");
    assertThat(read("andy Radio Regulations"))
        .isEqualTo("text 'andy' | instrument Radio Regulations - - 'Radio Regulations'");
    assertThat(read("Radio Regulations and"))
        .isEqualTo("instrument Radio Regulations - - 'Radio Regulations' | text 'and'");
    assertThat(read("Radio Regulations and more"))
        .isEqualTo("instrument Radio Regulations - - 'Radio Regulations' | text 'more'");
    assertThat(read(" ( ; ) "))
        .isEqualTo("");
    assertThat(read(".;."))
        .isEqualTo("");
    assertThat(read("(x)"))
        .isEqualTo("text '(x)'");
    assertThat(read("Some text; Resolution 5"))
        .isEqualTo("text 'Some text' | res - [5] - - 'Resolution 5'");
    assertThat(read("Some text (Resolution 5)"))
        .isEqualTo("text 'Some text' | res - [5] - - 'Resolution 5'");
    assertThat(read("Some text ( Resolution 5 )"))
        .isEqualTo("text 'Some text' | res - [5] - - 'Resolution 5'");
    assertThat(read("Resolution 5 ;: some text,"))
        .isEqualTo("res - [5] - - 'Resolution 5' | text 'some text'");
    assertThat(read("text Resolution 5 text Resolution 6"))
        .isEqualTo("text 'text' | res - [5] - - 'Resolution 5' | text 'text' | res - [6] - - 'Resolution 6'");
  }

  @Test
  void readAll_instruments_readNameAndRevision() {
    assertThat(read("Radio Regulations"))
        .isEqualTo("instrument Radio Regulations - - 'Radio Regulations'");
    assertThat(read("Radio Regulations (2020)"))
        .isEqualTo("instrument Radio Regulations - 2020 'Radio Regulations (2020)'");
    assertThat(read("Radio Regulations (Rev.WRC-23)"))
        .isEqualTo("instrument Radio Regulations - - 'Radio Regulations' | text '(Rev.WRC-23)'");
    assertThat(read("International Telecommunication Regulations (Dubai, 2012)"))
        .isEqualTo("instrument International Telecommunication Regulations Dubai 2012 'International Telecommunication Regulations (Dubai, 2012)'");
    assertThat(read("ITRs (Dubai, 2012)"))
        .isEqualTo("instrument ITRs Dubai 2012 'ITRs (Dubai, 2012)'");
    assertThat(read("ITR"))
        .isEqualTo("instrument ITR - - 'ITR'");
    assertThat(read("ITRx"))
        .isEqualTo("text 'ITRx'");
    assertThat(read("ITU Constitution and Convention"))
        .isEqualTo("instrument ITU Constitution and Convention - - 'ITU Constitution and Convention'");
    assertThat(read("ITU Constitution"))
        .isEqualTo("instrument ITU Constitution - - 'ITU Constitution'");
  }

}
