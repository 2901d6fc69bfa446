package org.wsis.roadmap.query;

import java.time.LocalDate;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/** Small hand-built roadmaps for the query tests. */
final class Fixtures {
  private Fixtures() {}

  static Outcome.Builder outcome(String id, String statement) {
    OutcomeId outcomeId = OutcomeId.parse(id);
    return Outcome.builder()
        .id(outcomeId)
        .section(outcomeId.getSection())
        .label(outcomeId.getLabel())
        .statement(statement);
  }

  static TimingEntry entry(String raw, TimingEntry.Kind kind, Integer from, Integer to) {
    TimingEntry.Builder builder = TimingEntry.builder().raw(raw).kind(kind);
    if (from != null) {
      builder.from(from);
    }
    if (to != null) {
      builder.to(to);
    }
    return builder.build();
  }

  static Timing timing(TimingEntry... entries) {
    StringBuilder raw = new StringBuilder();
    for (TimingEntry entry : entries) {
      raw.append(raw.length() == 0 ? "" : "; ").append(entry.getRaw());
    }
    return Timing.builder().raw(raw.toString()).addEntries(entries).build();
  }

  static ResolutionRef resolution(String raw, ResolutionBody body, String... numbers) {
    ResolutionRef.Builder builder = ResolutionRef.builder().raw(raw).addNumbers(numbers);
    if (body != null) {
      builder.body(body);
    }
    return builder.build();
  }

  /**
   * Two action lines, five outcomes:
   *
   * <pre>
   * C2.GT.A   SDG 9, 9.c; PP 140 (Rev. Bucharest, 2022); 2020-2025; evidence on broadband
   * C2.GT.B   17.8; WTDC 45 (Rev. Kigali, 2022); Since 2019; sub-item on spectrum
   * C2.W10.a  no SDG link; Resolution 70/1; Continuous
   * C5.GT.A   SDG 16; WTDC 45 (Rev. Buenos Aires, 2017), PP 130; 2012 to date; results on cybersecurity
   * C5.W10.a  4.4; 2030 and unreadable text
   * </pre>
   */
  static Roadmap sample() {
    Outcome c2a = outcome("C2.GT.A", "Governments should take action to develop broadband infrastructure.")
        .timing(timing(entry("2020-2025", TimingEntry.Kind.SPAN, 2020, 2025)))
        .addReference(resolution("Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference",
            ResolutionBody.PP, "140"))
        .addReference(StrategicGoalRef.builder().raw("ITU Strategic Goal 1").goal(1).build())
        .addSdgLink(SdgLink.of(SdgGoal.NINE))
        .addSdgLink(SdgLink.of(SdgTarget.parse("9.c")))
        .sdgRaw("SDG 9, 9.c")
        .addEvidence("Broadband penetration remains low in least developed countries.")
        .build();
    Outcome c2b = outcome("C2.GT.B", "Develop and strengthen national backbone networks.")
        .addSubItem(SubItem.builder().label("i").text("Harmonise spectrum management").build())
        .timing(timing(entry("Since 2019", TimingEntry.Kind.SINCE, 2019, null)))
        .addReference(resolution("WTDC Resolution 45 (Rev. Kigali, 2022)", ResolutionBody.WTDC, "45"))
        .addSdgLink(SdgLink.of(SdgTarget.parse("17.8")))
        .build();
    Outcome c2w = outcome("C2.W10.a", "Promote universal access.")
        .timing(timing(entry("Continuous", TimingEntry.Kind.CONTINUOUS, null, null)))
        .addReference(resolution("Resolution 70/1", null, "70/1"))
        .build();
    Outcome c5a = outcome("C5.GT.A", "Build confidence and security in the use of ICTs.")
        .timing(timing(entry("2012 to date", TimingEntry.Kind.TO_DATE, 2012, null)))
        .addReference(resolution("WTDC Resolution 45 (Rev. Buenos Aires, 2017)", ResolutionBody.WTDC, "45"))
        .addReference(resolution("PP Resolution 130", ResolutionBody.PP, "130"))
        .addSdgLink(SdgLink.of(SdgGoal.SIXTEEN))
        .results(Results.builder().addActivity("Cybersecurity Strategy workshops for Member States").build())
        .build();
    Outcome c5w = outcome("C5.W10.a", "Strengthen capacity for child online protection.")
        .timing(timing(
            entry("2030", TimingEntry.Kind.YEAR, 2030, 2030),
            entry("when funds allow", TimingEntry.Kind.UNREAD, null, null)))
        .addSdgLink(SdgLink.of(SdgTarget.parse("4.4")))
        .build();
    return Roadmap.builder()
        .id("sample-2024")
        .title("Sample roadmaps")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11))
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Information infrastructure")
            .addOutcomes(c2a, c2b, c2w).build())
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C5).title("Confidence and security")
            .addOutcomes(c5a, c5w).build())
        .build();
  }
}
