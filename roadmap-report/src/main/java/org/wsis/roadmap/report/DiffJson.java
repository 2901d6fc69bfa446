package org.wsis.roadmap.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;
import java.util.Optional;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.query.Change;
import org.wsis.roadmap.query.RoadmapDiff;

/**
 * The diff of two editions of a roadmap as JSON (RFC 8259), written by Jackson's streaming
 * generator.
 *
 * <pre>{@code
 * String json = DiffJson.toJson(RoadmapDiff.between(older, newer));
 * }</pre>
 *
 * <p>An object with the ids of the two editions and the array {@code changes}, one object per change
 * with {@code kind}, {@code path}, and, when present, {@code actionLine}, {@code olderId}, {@code
 * newerId}, {@code field}, {@code before} and {@code after}, in that order:
 *
 * <pre>
 * {
 *   "older": "r-2024",
 *   "newer": "r-2025",
 *   "changes": [
 *     {
 *       "kind": "ITEM_ADDED",
 *       "path": "C5.GT.B3/sdgLinks",
 *       "actionLine": "C5",
 *       "olderId": "C5.GT.B3",
 *       "newerId": "C5.GT.B3",
 *       "field": "sdgLinks",
 *       "after": "9.c"
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>Two spaces of indentation, {@code \n} line ends and a final line end, as the library's other JSON;
 * control characters in values are escaped. The same diff gives the same bytes.
 *
 * <p>The class has no state; it is thread-safe.
 */
public final class DiffJson {
  private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private DiffJson() {}

  /**
   * Renders a diff.
   *
   * @param diff the diff
   * @return the JSON text, ended by a line feed
   * @throws NullPointerException when {@code diff} is null
   */
  public static String toJson(RoadmapDiff diff) {
    StringWriter out = new StringWriter();
    write(diff, out);
    return out.toString();
  }

  /**
   * Writes a diff as {@link #toJson(RoadmapDiff)} renders it.
   *
   * @param diff the diff
   * @param out where the JSON goes; not closed
   * @throws RoadmapIoException when writing to {@code out} fails
   * @throws NullPointerException when an argument is null
   */
  public static void write(RoadmapDiff diff, Writer out) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(out, "out");
    try {
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.setPrettyPrinter(printer());
        g.writeStartObject();
        g.writeStringField("older", diff.getOlder().getId());
        g.writeStringField("newer", diff.getNewer().getId());
        g.writeArrayFieldStart("changes");
        for (Change change : diff.getChanges()) {
          g.writeStartObject();
          g.writeStringField("kind", change.getKind().name());
          g.writeStringField("path", change.getPath());
          field(g, "actionLine", change.getActionLine().map(ActionLine::getCode));
          field(g, "olderId", change.getOlderId().map(OutcomeId::toString));
          field(g, "newerId", change.getNewerId().map(OutcomeId::toString));
          field(g, "field", change.getField());
          field(g, "before", change.getBefore());
          field(g, "after", change.getAfter());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.write('\n');
    } catch (IOException e) {
      throw new RoadmapIoException("cannot write the diff as JSON: " + e.getMessage(), null, e);
    }
  }

  private static void field(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
