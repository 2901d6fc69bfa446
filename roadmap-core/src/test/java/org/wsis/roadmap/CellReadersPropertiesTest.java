package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Round trips and totality of the typed ids and the cell readers. */
final class CellReadersPropertiesTest {

  @Test
  void outcomeId_parseToString_roundTrips() {
    qt().forAll(Generators.outcomeIds()).checkAssert(id -> assertThat(OutcomeId.parse(id.toString())).isEqualTo(id));
  }

  @Test
  void sdgTarget_parseToString_roundTrips() {
    qt().forAll(Generators.targets()).checkAssert(t -> {
      assertThat(SdgTarget.read(t.toString())).isEqualTo(t);
      if (t.isKnown()) {
        assertThat(SdgTarget.parse(t.toString())).isEqualTo(t);
      } else {
        assertThatThrownBy(() -> SdgTarget.parse(t.toString())).isInstanceOf(RoadmapParseException.class)
            .hasMessageContaining("is not an SDG target");
      }
    });
  }

  @Test
  void sdgIndicator_parseToString_roundTrips() {
    qt().forAll(Generators.indicators()).checkAssert(i -> assertThat(SdgIndicator.parse(i.toString())).isEqualTo(i));
  }

  @Test
  void sdgLink_parseCode_roundTrips() {
    qt().forAll(Generators.links()).checkAssert(l -> {
      boolean known = !(l instanceof TargetLink) || ((TargetLink) l).getTarget().isKnown();
      if (known) {
        assertThat(SdgLink.parse(l.getCode())).isEqualTo(l);
      } else {
        assertThatThrownBy(() -> SdgLink.parse(l.getCode())).isInstanceOf(RoadmapParseException.class)
            .hasMessageContaining("is not an SDG target");
      }
    });
  }

  @Test
  void timing_parseToString_roundTrips() {
    qt().forAll(Generators.timings()).checkAssert(timing -> {
      assertThat(Timing.parse(timing.toString())).isEqualTo(timing);
      assertThat(Timing.read(timing.toString())).isEqualTo(timing);
    });
  }

  @Test
  void timing_readOfRaw_isIdempotent() {
    qt().forAll(Generate.oneOf(Generators.cellLikeText(), Generators.anyText())).checkAssert(text -> {
      Timing once = Timing.read(text);
      assertThat(Timing.read(once.toString())).isEqualTo(once);
    });
  }

  @Test
  void reference_parseToCitation_roundTrips() {
    qt().forAll(Generators.references()).checkAssert(ref -> {
      assertThat(Reference.parse(ref.toCitation())).isEqualTo(ref);
      assertThat(Reference.readAll(ref.toCitation())).containsExactly(ref);
    });
  }

  @Test
  void references_severalInOneCell_readBackInOrder() {
    qt().forAll(Generators.references(), Generators.references(), Generate.pick(List.of(" ", ", ", "; ", "</p><p>")))
        .checkAssert((a, b, sep) -> assertThat(Reference.readAll(a.toCitation() + sep + b.toCitation()))
            .extracting(Reference::toCitation).containsExactly(a.toCitation(), b.toCitation()));
  }

  @Test
  void metric_parseOfRaw_roundTrips() {
    qt().forAll(Generators.metricTexts()).checkAssert(text -> {
      Metric metric = Metric.parse(text);
      assertThat(metric.getRaw()).isEqualTo(text);
      assertThat(Metric.parse(metric.getRaw())).isEqualTo(metric);
      assertThat(Metric.find("Results: " + text + ", reported.")).contains(metric);
    });
  }

  private static Gen<String> anyInput() {
    return Generate.oneOf(Generators.cellLikeText(), Generators.anyText());
  }

  /** Lenient readers return a result for every string; every piece they return is text of the cell, in order. */
  @Test
  void lenientReaders_anyString_returnPiecesOfTheCellInOrder() {
    qt().forAll(anyInput()).checkAssert(text -> {
      Timing timing = Timing.read(text);
      assertInOrder(timing.getRaw(), timing.getEntries(), TimingEntry::getRaw);
      assertThat(digits(timing.getEntries(), TimingEntry::getRaw)).isEqualTo(digits(List.of(timing.getRaw()), s -> s));

      List<Reference> refs = Reference.readAll(text);
      String refText = Timing.read(text).getRaw();
      assertInOrder(refText, refs, Reference::getRaw);
      assertThat(digits(refs, Reference::getRaw)).isEqualTo(digits(List.of(refText), s -> s));

      SdgCell cell = SdgCell.read(text);
      cell.getUnread().forEach(u -> assertThat(cell.getRaw()).contains(u));
      cell.getNote().ifPresent(n -> {
        for (String word : n.split(" ")) {
          assertThat(cell.getRaw()).contains(word);
        }
      });
      assertThat(cell.getLinks()).doesNotHaveDuplicates();

      Metric.findAll(text).forEach(m -> assertThat(refText).contains(m.getRaw()));
    });
  }

  /** Strict parsers give a typed result or a RoadmapParseException for every string, nothing else. */
  @Test
  void strictParsers_anyString_resultOrParseException() {
    qt().forAll(anyInput()).checkAssert(text -> {
      totalOrParseException(text, Timing::parse);
      totalOrParseException(text, Reference::parse);
      totalOrParseException(text, Metric::parse);
      totalOrParseException(text, SdgTarget::parse);
      totalOrParseException(text, SdgIndicator::parse);
      totalOrParseException(text, OutcomeId::parse);
      totalOrParseException(text, SdgGoal::parse);
      totalOrParseException(text, SdgLink::parse);
      totalOrParseException(text, ActionLine::parse);
      totalOrParseException(text, C7SubLine::parse);
    });
  }

  @Test
  void readers_null_throwParseException() {
    for (Consumer<String> reader : List.<Consumer<String>>of(Timing::read, Timing::parse, Reference::readAll,
        Reference::parse, SdgCell::read, Metric::find, Metric::findAll, Metric::parse)) {
      assertThatThrownBy(() -> reader.accept(null)).isInstanceOf(RoadmapParseException.class);
    }
  }

  private static void totalOrParseException(String text, Function<String, ?> parser) {
    try {
      assertThat(parser.apply(text)).isNotNull();
    } catch (RoadmapParseException e) {
      assertThat(e.getParsedString()).isEqualTo(text);
      assertThat(e.getErrorIndex()).isBetween(0, text.length());
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static <T> void assertInOrder(String whole, List<T> pieces, Function<T, String> raw) {
    int from = 0;
    for (T piece : pieces) {
      String text = raw.apply(piece);
      assertThat(text).isNotBlank();
      int at = whole.indexOf(text, from);
      assertThat(at).as("'%s' in '%s' from %d", text, whole, from).isGreaterThanOrEqualTo(0);
      from = at + text.length();
    }
  }

  private static <T> long digits(List<T> pieces, Function<T, String> raw) {
    return pieces.stream().map(raw).mapToLong(s -> s.chars().filter(c -> c >= '0' && c <= '9').count()).sum();
  }
}
