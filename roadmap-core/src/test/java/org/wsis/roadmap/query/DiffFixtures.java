package org.wsis.roadmap.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * Seeded roadmaps and seeded edits of them, each edit with the change the diff must report. Only the
 * fields the diff compares are filled. Every text carries one token no other text has, so that texts
 * never repeat by chance; edits bring words no generated text has, so that an added text never looks
 * like a removed one.
 */
final class DiffFixtures {
  private final Random random;
  private final int vocabulary;
  private int unique;

  DiffFixtures(Random random, int vocabulary) {
    this.random = random;
    this.vocabulary = vocabulary;
  }

  /** A roadmap of one to three action lines with zero to six outcomes each. */
  Roadmap roadmap() {
    List<ActionLine> lines = new ArrayList<>(EnumSet.allOf(ActionLine.class));
    Collections.shuffle(lines, random);
    lines = lines.subList(0, 1 + random.nextInt(3));
    lines.sort(null);
    Roadmap.Builder builder = Roadmap.builder()
        .id("generated-" + random.nextInt(1000))
        .title(text(4))
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11));
    for (ActionLine actionLine : lines) {
      List<Outcome> outcomes = new ArrayList<>();
      int gt = random.nextInt(5);
      int w10 = random.nextInt(3);
      for (int i = 0; i < gt; i++) {
        outcomes.add(outcome(OutcomeId.of(actionLine, OutcomeSection.GENEVA_TUNIS, String.valueOf((char) ('A' + i)))));
      }
      for (int i = 0; i < w10; i++) {
        outcomes.add(outcome(OutcomeId.of(actionLine, OutcomeSection.WSIS_PLUS_10, String.valueOf((char) ('a' + i)))));
      }
      builder.addActionLine(ActionLineRoadmap.builder().actionLine(actionLine).title(text(3)).outcomes(outcomes).build());
    }
    return builder.build();
  }

  private Outcome outcome(OutcomeId id) {
    Outcome.Builder builder = Outcome.builder()
        .id(id)
        .section(id.getSection())
        .label(id.getLabel())
        .statement(text(6 + random.nextInt(4)));
    if (random.nextBoolean()) {
      builder.timing(timing());
    }
    Set<SdgLink> links = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      links.add(link());
    }
    builder.sdgLinks(links);
    for (int i = random.nextInt(3); i > 0; i--) {
      builder.addReference(reference());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      builder.addEvidence(text(5 + random.nextInt(3)));
    }
    if (random.nextInt(4) == 0) {
      builder.covidResponse(CovidResponse.builder().addInitiative("INIT" + (++unique)).build());
    }
    return builder.build();
  }

  private String text(int words) {
    List<String> chosen = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    while (chosen.size() < words - 1) {
      int word = random.nextInt(vocabulary);
      if (seen.add(word)) {
        chosen.add("w" + word);
      }
    }
    chosen.add(random.nextInt(words), "u" + (++unique));
    return String.join(" ", chosen);
  }

  private String freshText(int words) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      chosen.add("fresh" + (++unique));
    }
    return String.join(" ", chosen);
  }

  /** Replaces one word by a word no text has: at least four of five words stay, so the text is similar. */
  private String reword(String text) {
    String[] words = text.split(" ");
    words[random.nextInt(words.length)] = "new" + (++unique);
    return String.join(" ", words);
  }

  private Timing timing() {
    int from = 2000 + random.nextInt(40);
    int to = from + random.nextInt(20);
    String raw = from + "-" + to + " (" + (++unique) + ")";
    return Timing.builder()
        .raw(raw)
        .addEntry(TimingEntry.builder().raw(raw).kind(TimingEntry.Kind.SPAN).from(from).to(to).build())
        .build();
  }

  private SdgLink link() {
    SdgGoal goal = SdgGoal.of(1 + random.nextInt(17));
    return random.nextBoolean() ? SdgLink.of(goal) : SdgLink.of(SdgTarget.of(goal, String.valueOf(1 + random.nextInt(9))));
  }

  private Reference reference() {
    String number = Integer.toString(++unique);
    return ResolutionRef.builder().raw("PP Resolution " + number).body(ResolutionBody.PP).addNumber(number).build();
  }

  /** A roadmap after some edits, and the changes those edits make. */
  static final class Edited {
    final Roadmap roadmap;
    final List<Change> expected;

    Edited(Roadmap roadmap, List<Change> expected) {
      this.roadmap = roadmap;
      this.expected = expected;
    }
  }

  /** The kinds of edit, each touching one outcome (or the edition). */
  enum Edit {
    REWORD_STATEMENT, ADD_LINK, REMOVE_LINK, ADD_REFERENCE, REMOVE_REFERENCE, ADD_EVIDENCE, REMOVE_EVIDENCE,
    REWORD_EVIDENCE, CHANGE_TIMING, ADD_INITIATIVE, REMOVE_OUTCOME, RELABEL_OUTCOME, MOVE_OUTCOME, ADD_OUTCOME,
    RETITLE_EDITION
  }

  /** Applies up to {@code count} edits, each to a different outcome. */
  Edited edit(Roadmap roadmap, int count) {
    List<List<Outcome>> lines = new ArrayList<>();
    List<int[]> positions = new ArrayList<>();
    for (int l = 0; l < roadmap.getActionLines().size(); l++) {
      List<Outcome> outcomes = new ArrayList<>(roadmap.getActionLines().get(l).getOutcomes());
      lines.add(outcomes);
      for (int o = 0; o < outcomes.size(); o++) {
        positions.add(new int[] {l, o});
      }
    }
    Collections.shuffle(positions, random);
    List<Change> expected = new ArrayList<>();
    List<List<Outcome>> added = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      added.add(new ArrayList<>());
    }
    String title = roadmap.getTitle();
    int next = 0;
    for (int e = 0; e < count; e++) {
      Edit edit = Edit.values()[random.nextInt(Edit.values().length)];
      if (edit == Edit.RETITLE_EDITION) {
        if (!title.equals(roadmap.getTitle())) {
          continue;
        }
        String newTitle = freshText(3);
        expected.add(Change.builder().kind(Change.Kind.FIELD_CHANGED).field("title").before(title).after(newTitle).build());
        title = newTitle;
        continue;
      }
      if (edit == Edit.ADD_OUTCOME) {
        if (lines.isEmpty()) {
          continue;
        }
        int l = random.nextInt(lines.size());
        ActionLine actionLine = roadmap.getActionLines().get(l).getActionLine();
        OutcomeSection section = random.nextBoolean() ? OutcomeSection.GENEVA_TUNIS : OutcomeSection.WSIS_PLUS_10;
        OutcomeId id = OutcomeId.of(actionLine, section, "N" + (++unique));
        String statement = freshText(6);
        added.get(l).add(Outcome.builder().id(id).section(section).label(id.getLabel()).statement(statement).build());
        expected.add(Change.builder().kind(Change.Kind.OUTCOME_ADDED).actionLine(actionLine).newerId(id).after(statement).build());
        continue;
      }
      if (next >= positions.size()) {
        continue;
      }
      int[] at = positions.get(next++);
      Outcome before = lines.get(at[0]).get(at[1]);
      ActionLine actionLine = before.getId().getActionLine();
      Change.Builder change = Change.builder().actionLine(actionLine).olderId(before.getId()).newerId(before.getId());
      Outcome.Builder after = Outcome.builder().from(before);
      switch (edit) {
        case REWORD_STATEMENT: {
          String statement = reword(before.getStatement());
          after.statement(statement);
          expected.add(change.kind(Change.Kind.FIELD_CHANGED).field("statement").before(before.getStatement()).after(statement).build());
          break;
        }
        case ADD_LINK: {
          SdgLink link = link();
          if (before.getSdgLinks().contains(link)) {
            next--;
            continue;
          }
          after.addSdgLink(link);
          expected.add(change.kind(Change.Kind.ITEM_ADDED).field("sdgLinks").after(link.getCode()).build());
          break;
        }
        case REMOVE_LINK: {
          if (before.getSdgLinks().isEmpty()) {
            next--;
            continue;
          }
          List<SdgLink> links = new ArrayList<>(before.getSdgLinks());
          SdgLink removed = links.remove(random.nextInt(links.size()));
          after.sdgLinks(links);
          expected.add(change.kind(Change.Kind.ITEM_REMOVED).field("sdgLinks").before(removed.getCode()).build());
          break;
        }
        case ADD_REFERENCE: {
          Reference reference = reference();
          List<Reference> references = new ArrayList<>(before.getReferences());
          references.add(random.nextInt(references.size() + 1), reference);
          after.references(references);
          expected.add(change.kind(Change.Kind.ITEM_ADDED).field("references").after(reference.getRaw()).build());
          break;
        }
        case REMOVE_REFERENCE: {
          if (before.getReferences().isEmpty()) {
            next--;
            continue;
          }
          List<Reference> references = new ArrayList<>(before.getReferences());
          Reference removed = references.remove(random.nextInt(references.size()));
          after.references(references);
          expected.add(change.kind(Change.Kind.ITEM_REMOVED).field("references").before(removed.getRaw()).build());
          break;
        }
        case ADD_EVIDENCE: {
          String item = freshText(5);
          List<String> evidence = new ArrayList<>(before.getEvidence());
          evidence.add(random.nextInt(evidence.size() + 1), item);
          after.evidence(evidence);
          expected.add(change.kind(Change.Kind.ITEM_ADDED).field("evidence").after(item).build());
          break;
        }
        case REMOVE_EVIDENCE: {
          if (before.getEvidence().isEmpty()) {
            next--;
            continue;
          }
          List<String> evidence = new ArrayList<>(before.getEvidence());
          String removed = evidence.remove(random.nextInt(evidence.size()));
          after.evidence(evidence);
          expected.add(change.kind(Change.Kind.ITEM_REMOVED).field("evidence").before(removed).build());
          break;
        }
        case REWORD_EVIDENCE: {
          if (before.getEvidence().isEmpty()) {
            next--;
            continue;
          }
          List<String> evidence = new ArrayList<>(before.getEvidence());
          int index = random.nextInt(evidence.size());
          String old = evidence.get(index);
          evidence.set(index, reword(old));
          after.evidence(evidence);
          expected.add(change.kind(Change.Kind.ITEM_REWORDED).field("evidence").before(old).after(evidence.get(index)).build());
          break;
        }
        case CHANGE_TIMING: {
          Timing timing = timing();
          after.timing(timing);
          expected.add(change.kind(Change.Kind.FIELD_CHANGED).field("timing")
              .before(before.getTiming().map(Timing::getRaw)).after(timing.getRaw()).build());
          break;
        }
        case ADD_INITIATIVE: {
          String initiative = "NEWINIT" + (++unique);
          CovidResponse covid = before.getCovidResponse().orElse(CovidResponse.builder().build());
          after.covidResponse(CovidResponse.builder().from(covid).addInitiative(initiative).build());
          expected.add(change.kind(Change.Kind.ITEM_ADDED).field("covidResponse/initiatives").after(initiative).build());
          break;
        }
        case REMOVE_OUTCOME:
          lines.get(at[0]).set(at[1], null);
          expected.add(Change.builder().kind(Change.Kind.OUTCOME_REMOVED).actionLine(actionLine)
              .olderId(before.getId()).before(before.getStatement()).build());
          continue;
        case RELABEL_OUTCOME:
        case MOVE_OUTCOME: {
          OutcomeSection section = edit == Edit.RELABEL_OUTCOME
              ? before.getSection()
              : before.getSection() == OutcomeSection.GENEVA_TUNIS ? OutcomeSection.WSIS_PLUS_10 : OutcomeSection.GENEVA_TUNIS;
          OutcomeId id = OutcomeId.of(actionLine, section, "R" + (++unique));
          after.id(id).section(section).label(id.getLabel());
          expected.add(change.newerId(id)
              .kind(edit == Edit.RELABEL_OUTCOME ? Change.Kind.OUTCOME_RELABELLED : Change.Kind.OUTCOME_MOVED)
              .before(before.getId().toString()).after(id.toString()).build());
          break;
        }
        default:
          throw new IllegalStateException("unhandled edit " + edit);
      }
      lines.get(at[0]).set(at[1], after.build());
    }
    List<ActionLineRoadmap> newLines = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : lines.get(l)) {
        if (outcome != null) {
          outcomes.add(outcome);
        }
      }
      outcomes.addAll(added.get(l));
      newLines.add(ActionLineRoadmap.builder().from(roadmap.getActionLines().get(l)).outcomes(outcomes).build());
    }
    Roadmap edited = Roadmap.builder().from(roadmap).title(title).actionLines(newLines).build();
    return new Edited(edited, expected);
  }
}
