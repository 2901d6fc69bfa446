package org.wsis.roadmap.io.table;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;

/**
 * Refuses an imported roadmap that the readers would refuse under the same limits, so that the importer
 * never produces what cannot be read back: canonical JSON longer than the document limit, a text longer
 * than the string limit, more JSON Lines lines than the line limit. The JSON is counted, not kept, and
 * counting stops at the limit.
 */
final class ImportSize {
  private ImportSize() {}

  static void check(Roadmap roadmap, ReadLimits limits) {
    long jsonLines = 1;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      jsonLines += Math.max(1, line.getOutcomes().size());
    }
    if (jsonLines > limits.getMaxJsonLines()) {
      throw new TableImportException("an imported roadmap must fit the JSON Lines limit of " + limits.getMaxJsonLines()
          + " lines (see ReadLimits), but would take " + jsonLines, 1);
    }
    Counter counter = new Counter(limits.getMaxDocumentLength());
    Documents.write(Factories.json(), Factories.prettyPrinter(),
        factory -> new Guard(factory.createGenerator(counter, JsonEncoding.UTF8), roadmap, limits.getMaxStringLength()),
        roadmap, true);
  }

  /** Counts bytes, failing past the limit. */
  private static final class Counter extends OutputStream {
    private final long limit;
    private long count;

    Counter(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) {
      add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      add(len);
    }

    private void add(long n) {
      count += n;
      if (count > limit) {
        throw new TableImportException("an imported roadmap must fit the document limit of " + limit
            + " bytes of canonical JSON (see ReadLimits), so that the readers can read it back, but its JSON is "
            + "longer; import a smaller document or raise the limits of both the importer and the readers", 1);
      }
    }
  }

  /** Checks the length of every text written. */
  private static final class Guard extends JsonGeneratorDelegate {
    private final Roadmap roadmap;
    private final int maxString;

    Guard(JsonGenerator delegate, Roadmap roadmap, int maxString) {
      super(delegate);
      this.roadmap = roadmap;
      this.maxString = maxString;
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null && text.length() > maxString) {
        throw new TableImportException("an imported text must fit the string limit of " + maxString
            + " characters (see ReadLimits), so that the readers can read it back, but "
            + pointer() + " has " + text.length(), line());
      }
      super.writeString(text);
    }

    private String pointer() {
      StringBuilder out = new StringBuilder();
      for (JsonStreamContext c = getOutputContext(); c != null && !c.inRoot(); c = c.getParent()) {
        String segment = c.inArray() ? String.valueOf(Math.max(c.getCurrentIndex(), 0)) : c.getCurrentName();
        out.insert(0, "/" + segment);
      }
      return out.toString();
    }

    /** The first source line of the outcome or action line being written, else 1. */
    private int line() {
      String[] segments = pointer().split("/");
      try {
        if (segments.length > 2 && segments[1].equals("actionLines")) {
          ActionLineRoadmap line = roadmap.getActionLines().get(Integer.parseInt(segments[2]));
          if (segments.length > 4 && segments[3].equals("outcomes")) {
            return line.getOutcomes().get(Integer.parseInt(segments[4])).getSource().map(s -> s.getFromLine()).orElse(1);
          }
          return line.getSource().map(s -> s.getFromLine()).orElse(1);
        }
      } catch (RuntimeException e) {
        return 1;
      }
      return 1;
    }
  }
}
