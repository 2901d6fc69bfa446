package org.wsis.roadmap.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/** A small hand-made roadmap, the model of the golden files. */
final class SampleRoadmaps {
  private SampleRoadmaps() {}

  static Roadmap small() {
    Outcome a = Outcome.builder()
        .id(OutcomeId.parse("C5.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A")
        .statement("Promote cooperation among governments to prevent, detect and respond to cyber-crime.")
        .addSubItem(SubItem.builder().label("A1").text("Regional workshops").build())
        .timing(Timing.builder()
            .raw("2020-2025; Since 2019 (continuous)")
            .addEntry(TimingEntry.builder().raw("2020-2025").kind(TimingEntry.Kind.SPAN).from(2020).to(2025).build())
            .addEntry(TimingEntry.builder().raw("Since 2019 (continuous)").kind(TimingEntry.Kind.SINCE).from(2019).build())
            .build())
        .addReference(StrategicGoalRef.builder().raw("ITU Strategic Goal 1 (Target 1.6)").goal(1).target("1.6").build())
        .addReference(ResolutionRef.builder()
            .raw("Resolutions 130, 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference")
            .body(ResolutionBody.PP).addNumbers("130", "179").revised(true).place("Bucharest").year(2022).build())
        .addReference(InstrumentRef.builder().raw("ITRs (Rev. Dubai, 2012)").name("ITRs").place("Dubai").year(2012).build())
        .addReference(DocumentRef.builder().raw("Council Documents C15/18, C16/18").issuer("Council")
            .addSymbols("C15/18", "C16/18").build())
        .addReference(TextRef.builder().raw("Global Cybersecurity Agenda").build())
        .addSdgLink(SdgLink.of(SdgGoal.SIXTEEN))
        .addSdgLink(SdgLink.of(SdgTarget.parse("9.c")))
        .sdgRaw("SDG 16, 9.c")
        .addEvidence("Cyber-attacks grew in number and reach.")
        .results(Results.builder()
            .addExpected("National CIRTs in every region")
            .addActivity("CIRT assessments")
            .addAchievement(Achievement.builder().text("More than 80 CIRT assessments since 2010")
                .metric(Metric.builder().raw("More than 80").comparator(Metric.Comparison.MORE_THAN)
                    .value(new BigDecimal("80")).unit("CIRT assessments").asOfYear(2010).build())
                .build())
            .addTarget(ResultTarget.builder().text("100 CIRTs by 2030").byYear(2030).build())
            .build())
        .covidResponse(CovidResponse.builder().addDocument("C20/18").addInitiative("REG4COVID").build())
        .source(SourceRange.of(120, 134))
        .build();
    Outcome b = Outcome.builder()
        .id(OutcomeId.parse("C5.W10.a"))
        .section(OutcomeSection.WSIS_PLUS_10)
        .label("a")
        .statement("Renforcer la confiance — укрепление доверия — 加强信任 — تعزيز الثقة")
        .sdgNote("Goal 16 on institutions")
        .build();
    return Roadmap.builder()
        .id("sample-2024")
        .title("Sample roadmap C5")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11))
        .facilitator("ITU")
        .addIntroduction("A small roadmap for tests.")
        .addMandateReference(ResolutionRef.builder().raw("Council Resolution 1332").body(ResolutionBody.COUNCIL)
            .addNumber("1332").build())
        .addGlossary(GlossaryEntry.builder().term("GCA").meaning("Global Cybersecurity Agenda").build())
        .addActionLine(ActionLineRoadmap.builder()
            .actionLine(ActionLine.C5)
            .title("Building confidence and security in the use of ICTs")
            .addNote("GCA – Global Cybersecurity Agenda")
            .addOutcomes(a, b)
            .build())
        .build();
  }
}
