package org.wsis.roadmap.validation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.RoadmapIoException;

/**
 * The findings of one run, in bounded memory: once {@code threshold} findings are held, they are
 * sorted into report order ({@link FindingOrder#ORDER}, stable) and written to a temporary file as a
 * run; {@link #finish()} merges the runs and the findings still held (an external merge sort), so
 * that the result is the stable sort of every finding in the order it was added, as if none had been
 * written. A run that never passes the threshold writes nothing.
 *
 * <p>A finding on file takes some 25 bytes plus the UTF-8 of its message, pointer and label; read
 * back, equal messages (a rule that reports the same text on many outcomes) share one string, and
 * the findings of one outcome share its id. The file is deleted when the merge ends, or at the latest when the JVM
 * exits. Not thread-safe.
 */
final class FindingStore {
  /** Findings held in memory before they are written out as a sorted run. */
  static final int DEFAULT_THRESHOLD = 1 << 16;

  private final int threshold;
  private final boolean parallel;
  private List<Finding> held = new ArrayList<>();
  private final List<RuleDefinition> rules = new ArrayList<>();
  private final Map<RuleDefinition, Integer> ruleIndexes = new IdentityHashMap<>();
  private final List<long[]> runs = new ArrayList<>(); // {offset, count}
  private @Nullable Path file;
  private @Nullable FileChannel channel;
  private long written;

  /**
   * @param threshold findings held before a run is written; 0 or less never writes
   * @param parallel whether sorting a run may use the common fork-join pool
   */
  FindingStore(int threshold, boolean parallel) {
    this.threshold = threshold;
    this.parallel = parallel;
  }

  void add(Finding finding) {
    held.add(finding);
    if (threshold > 0 && held.size() >= threshold) {
      spill();
    }
  }

  void addAll(List<Finding> findings) {
    for (Finding finding : findings) {
      add(finding);
    }
  }

  /** Tells whether runs were written to a file. */
  boolean spilled() {
    return !runs.isEmpty();
  }

  /**
   * Returns every finding added: as added when none was written out, else merged into report order.
   *
   * @return the findings
   * @throws RoadmapIoException when the temporary file cannot be written or read
   */
  List<Finding> finish() {
    if (runs.isEmpty()) {
      return held;
    }
    try {
      List<Finding> last = FindingOrder.sort(held, parallel);
      held = new ArrayList<>();
      return merge(last);
    } catch (IOException e) {
      throw new RoadmapIoException("the findings of a validation run must be written to and read from a temporary file, but "
          + file + " failed: " + e.getMessage(), file, e);
    } finally {
      close();
    }
  }

  private void spill() {
    List<Finding> sorted = FindingOrder.sort(held, parallel);
    held = new ArrayList<>();
    try {
      if (channel == null) {
        Path created = Files.createTempFile("roadmap-findings-", ".bin");
        created.toFile().deleteOnExit();
        file = created;
        channel = FileChannel.open(created, StandardOpenOption.WRITE, StandardOpenOption.READ);
      }
      channel.position(written);
      CountingOutput counted = new CountingOutput(Channels.newOutputStream(channel));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(counted, 1 << 16));
      for (Finding finding : sorted) {
        write(out, finding);
      }
      out.flush();
      runs.add(new long[] {written, sorted.size()});
      written += counted.count;
    } catch (IOException e) {
      close();
      throw new RoadmapIoException("the findings of a validation run must be written to a temporary file, but " + file + " failed: "
          + e.getMessage(), file, e);
    }
  }

  private void close() {
    try {
      if (channel != null) {
        channel.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // the file is deleted on exit at the latest
    } finally {
      channel = null;
      file = null;
    }
  }

  private void write(DataOutputStream out, Finding finding) throws IOException {
    if (finding.getWaiver().isPresent()) {
      throw new IllegalStateException("findings are stored before waivers apply, but this one is waived: " + finding);
    }
    Integer rule = ruleIndexes.get(finding.getRule());
    if (rule == null) {
      rule = rules.size();
      rules.add(finding.getRule());
      ruleIndexes.put(finding.getRule(), rule);
    }
    out.writeInt(rule);
    out.writeByte(finding.getSeverity().ordinal());
    writeText(out, finding.getMessage());
    writeText(out, finding.getPointer());
    Optional<OutcomeId> id = finding.getOutcomeId();
    if (id.isPresent()) {
      out.writeByte(id.get().getActionLine().ordinal());
      out.writeByte(id.get().getSection().ordinal());
      writeText(out, id.get().getLabel());
    } else {
      out.writeByte(-1);
    }
    out.writeBoolean(finding.getLine().isPresent());
    out.writeInt(finding.getLine().orElse(0));
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private List<Finding> merge(List<Finding> last) throws IOException {
    long total = last.size();
    for (long[] run : runs) {
      total += run[1];
    }
    List<Finding> merged = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, total));
    Strings strings = new Strings();
    PriorityQueue<Run> queue = new PriorityQueue<>();
    List<FileChannel> opened = new ArrayList<>();
    try {
      for (int r = 0; r < runs.size(); r++) {
        FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        opened.add(in);
        in.position(runs.get(r)[0]);
        Run run = new Run(r, new DataInputStream(new BufferedInputStream(Channels.newInputStream(in), 1 << 15)), runs.get(r)[1], strings);
        if (run.advance()) {
          queue.add(run);
        }
      }
      Run memory = new Run(runs.size(), last);
      if (memory.advance()) {
        queue.add(memory);
      }
      while (!queue.isEmpty()) {
        Run run = queue.poll();
        merged.add(run.head);
        if (run.advance()) {
          queue.add(run);
        }
      }
    } finally {
      for (FileChannel in : opened) {
        in.close();
      }
    }
    return merged;
  }

  /** One sorted run being merged: the findings of a file region, or those held in memory. */
  private final class Run implements Comparable<Run> {
    private final int index;
    private final @Nullable DataInputStream in;
    private final @Nullable List<Finding> list;
    private final @Nullable Strings strings;
    private long left;
    private int next;
    private @Nullable Finding head;
    private @Nullable OutcomeId lastId;
    private @Nullable Integer lastLine;

    Run(int index, DataInputStream in, long count, Strings strings) {
      this.index = index;
      this.in = in;
      this.list = null;
      this.left = count;
      this.strings = strings;
    }

    Run(int index, List<Finding> list) {
      this.index = index;
      this.in = null;
      this.list = list;
      this.left = list.size();
      this.strings = null;
    }

    boolean advance() throws IOException {
      if (left == 0) {
        head = null;
        return false;
      }
      left--;
      head = list != null ? list.get(next++) : read();
      return true;
    }

    private Finding read() throws IOException {
      DataInputStream input = in;
      RuleDefinition rule = rules.get(input.readInt());
      Severity severity = Severity.values()[input.readByte()];
      String message = strings.share(readText(input));
      String pointer = readText(input);
      byte actionLine = input.readByte();
      OutcomeId id = null;
      if (actionLine >= 0) {
        OutcomeSection section = OutcomeSection.values()[input.readByte()];
        String label = readText(input);
        OutcomeId previous = lastId;
        id = previous != null && previous.getActionLine().ordinal() == actionLine && previous.getSection() == section
            && previous.getLabel().equals(label) ? previous : OutcomeId.of(ActionLine.values()[actionLine], section, label);
        lastId = id;
      }
      boolean hasLine = input.readBoolean();
      int lineValue = input.readInt();
      Integer line = null;
      if (hasLine) {
        line = lastLine != null && lastLine == lineValue ? lastLine : Integer.valueOf(lineValue);
        lastLine = line;
      }
      return Finding.builder().rule(rule).severity(severity).message(message).pointer(pointer)
          .outcomeId(Optional.ofNullable(id)).line(Optional.ofNullable(line)).build();
    }

    @Override
    public int compareTo(Run other) {
      int c = FindingOrder.ORDER.compare(head, other.head);
      return c != 0 ? c : Integer.compare(index, other.index); // equal findings keep the order they were added in
    }
  }

  private static String readText(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new EOFException("a negative text length in the findings file");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Equal texts as one string: a direct-mapped cache of the last text seen for each hash slot. */
  private static final class Strings {
    private final String[] slots = new String[1 << 12];

    String share(String text) {
      int slot = (text.hashCode() * 0x9E3779B9) >>> 20;
      String seen = slots[slot];
      if (text.equals(seen)) {
        return seen;
      }
      slots[slot] = text;
      return text;
    }
  }

  /** Counts the bytes written through it. */
  private static final class CountingOutput extends java.io.FilterOutputStream {
    long count;

    CountingOutput(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
