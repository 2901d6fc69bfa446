package org.wsis.roadmap.benchmarks;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Metric;
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
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.io.OutcomeLine;
import org.wsis.roadmap.io.OutcomeLineReader;
import org.wsis.roadmap.io.OutcomeLineWriter;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.StreamValidation;

/**
 * Streams a roadmap of many outcomes through JSON Lines and validates it in bounded memory: a
 * writer thread generates the JSON Lines on the fly into a pipe (no file), the main thread reads
 * them with {@link RoadmapJsonLines#open} and, by mode:
 *
 * <ul>
 *   <li>{@code stream} (the default): validates the whole stream with {@link RoadmapValidator#openStream},
 *       every rule over every outcome, the cross-outcome ones included;
 *   <li>{@code read}: only reads the lines, the baseline of {@code stream};
 *   <li>{@code chunks}: validates each chunk of outcomes as a roadmap of its own (cross-outcome rules
 *       see one chunk at a time), as before whole-stream validation existed.
 * </ul>
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.wsis.roadmap.benchmarks.StreamValidateMain 1000000 10000 stream
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.wsis.roadmap.benchmarks.StreamValidateMain 1000000 10000 read
 * }</pre>
 */
public final class StreamValidateMain {
  private static final ActionLine[] LINES = {ActionLine.C2, ActionLine.C4, ActionLine.C5, ActionLine.C6};

  private StreamValidateMain() {}

  /**
   * Streams and validates.
   *
   * @param args the number of outcomes (default 1,000,000) and the chunk size (default 10,000)
   * @throws Exception when the writer thread fails
   */
  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    String mode = args.length > 2 ? args[2] : "stream";
    Roadmap header = Roadmap.builder().id("stream-" + total).title("Streamed WSIS Action Lines Roadmaps")
        .status(RoadmapStatus.DRAFT).asOf(LocalDate.of(2024, 10, 11)).facilitator("ITU").build();
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    Thread writer = new Thread(() -> write(header, out, total), "jsonl-writer");
    long start = System.nanoTime();
    writer.start();
    RoadmapValidator validator = RoadmapValidator.create();
    long outcomes = 0;
    long findings = 0;
    long peakUsed = 0;
    List<Outcome> batch = new ArrayList<>(chunk);
    ActionLineRoadmap table = null;
    // The stream is generated here and bounded by its count: lift the limits of whole reads (64 MiB, 100,000 lines).
    ReadLimits limits = ReadLimits.defaults().toBuilder().maxJsonLinesLength(Long.MAX_VALUE).maxJsonLines(Integer.MAX_VALUE).build();
    try (OutcomeLineReader lines = RoadmapFormat.jsonLines().reader().withLimits(limits).lines(in)) {
      StreamValidation run = mode.equals("stream") ? validator.openStream(lines.getHeader()) : null;
      while (lines.hasNext()) {
        OutcomeLine line = lines.next();
        if (!mode.equals("chunks")) {
          if (run != null) {
            run.accept(line.getActionLineIndex(), line.getActionLine(), line.getOutcome().orElse(null));
          }
          outcomes += line.getOutcome().isPresent() ? 1 : 0;
          if ((outcomes & 0xFFF) == 0) {
            peakUsed = Math.max(peakUsed, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
          }
          continue;
        }
        if (line.getOutcome().isEmpty()) {
          continue;
        }
        if (table != null && table.getActionLine() != line.getActionLine().getActionLine() || batch.size() == chunk) {
          findings += validate(validator, header, table, batch);
        }
        table = line.getActionLine();
        batch.add(line.getOutcome().get());
        outcomes++;
        if ((outcomes & 0xFFF) == 0) {
          peakUsed = Math.max(peakUsed, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        }
      }
      if (run != null) {
        peakUsed = Math.max(peakUsed, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        findings = run.finish().getFindings().size();
      } else if (mode.equals("chunks")) {
        findings += validate(validator, header, table, batch);
      }
    }
    peakUsed = Math.max(peakUsed, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
    writer.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("mode %s: %d outcomes streamed (chunks of %d in mode chunks): %.1f s, %.0f outcomes/s, %d findings,"
            + " max heap %d MiB, peak used heap seen %d MiB, peak of the heap pools %d MiB%n", mode, outcomes, chunk, seconds,
        outcomes / seconds, findings, Runtime.getRuntime().maxMemory() >> 20, peakUsed >> 20, heapPoolPeaks() >> 20);
  }

  /**
   * The peak use of the heap, from the JVM's memory pools: the sum of each heap pool's peak (in
   * G1: eden, survivor and old generation), an upper bound on the peak of the whole heap.
   */
  private static long heapPoolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long validate(RoadmapValidator validator, Roadmap header, ActionLineRoadmap table, List<Outcome> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    Roadmap part = Roadmap.builder().from(header)
        .addActionLine(ActionLineRoadmap.builder().from(table).outcomes(batch).build()).build();
    long n = validator.validate(part).getFindings().size();
    batch.clear();
    return n;
  }

  private static void write(Roadmap header, PipedOutputStream out, int total) {
    try (OutcomeLineWriter writer = RoadmapJsonLines.openWriter(header, out)) {
      int perLine = total / LINES.length;
      int written = 0;
      for (int l = 0; l < LINES.length; l++) {
        ActionLine al = LINES[l];
        writer.startActionLine(ActionLineRoadmap.builder().actionLine(al).title(al.getTitle()).build());
        int n = l == LINES.length - 1 ? total - written : perLine;
        for (int i = 1; i <= n; i++) {
          writer.write(outcome(al, i));
        }
        written += n;
      }
    } finally {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Outcome outcome(ActionLine actionLine, int index) {
    String label = "A" + index;
    return Outcome.builder()
        .id(OutcomeId.of(actionLine, OutcomeSection.GENEVA_TUNIS, label))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label(label)
        .statement("Stakeholders should act on outcome " + actionLine.getCode() + " " + label + " (see the plan).")
        .timing(Timing.builder().raw("2020-2030")
            .addEntry(TimingEntry.builder().raw("2020-2030").kind(TimingEntry.Kind.SPAN).from(2020).to(2030).build())
            .build())
        .addReference(ResolutionRef.builder().raw("Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference")
            .body(ResolutionBody.PP).addNumber("71").revised(true).place("Bucharest").year(2022).build())
        .addSdgLink(SdgLink.of(SdgGoal.NINE))
        .addSdgLink(SdgLink.of(SdgTarget.parse("9.c")))
        .sdgRaw("SDG 9: 9.c")
        .addEvidence("Evidence for " + label)
        .results(Results.builder()
            .addExpected("Expected result of " + label)
            .addAchievement(Achievement.builder().text("More than 100 participants (2022)")
                .metric(Metric.builder().raw("More than 100 participants").comparator(Metric.Comparison.MORE_THAN)
                    .value(BigDecimal.valueOf(100)).unit("participants").asOfYear(2022).build()).build())
            .build())
        .build();
  }
}
