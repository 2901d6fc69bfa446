package org.wsis.roadmap.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.TerminalText;

/**
 * Writes reports as text, JSON and SARIF 2.1.0. JSON is written with Jackson's streaming generator
 * (correct escaping, no reflection); indentation and line ends are fixed so the bytes do not
 * depend on the platform.
 */
final class ReportWriter {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final String INFORMATION_URI = "https://github.com/wsis-roadmap/wsis-roadmap";

  private ReportWriter() {}

  static String text(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("WSIS roadmap validation report\n");
    out.append("roadmap:  ").append(shown(report.getRoadmapId()))
        .append(report.getRoadmapAsOf().map(d -> " (as of " + d + ")").orElse(" (undated)")).append('\n');
    out.append("profile:  ").append(shown(report.getProfile())).append('\n');
    out.append("library:  ").append(report.getLibraryVersion()).append(", rule catalogue ").append(report.getCatalogueVersion()).append('\n');
    out.append("result:   ").append(report.isValid() ? "VALID" : "NOT VALID").append(": ")
        .append(report.count(Severity.FATAL)).append(" fatal, ")
        .append(report.count(Severity.ERROR)).append(" errors, ")
        .append(report.count(Severity.WARNING)).append(" warnings, ")
        .append(report.count(Severity.INFO)).append(" infos, ")
        .append(report.waived().size()).append(" waived\n");
    Map<String, List<Finding>> groups = new TreeMap<>();
    for (Finding finding : report.active()) {
      String key = finding.getSeverity().ordinal() + ":" + (finding.getRule() instanceof Rule rule ? String.format("%03d", rule.ordinal()) : "999:" + finding.getRuleId());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    }
    for (List<Finding> group : groups.values()) {
      Finding head = group.get(0);
      out.append('\n').append(head.getSeverity()).append(' ').append(head.getRuleId()).append(' ')
          .append(head.getRule().getTitle()).append(" (").append(group.size()).append(")\n");
      Map<String, List<Finding>> byMessage = new LinkedHashMap<>();
      for (Finding finding : group) {
        byMessage.computeIfAbsent(finding.getMessage(), k -> new ArrayList<>()).add(finding);
      }
      for (Map.Entry<String, List<Finding>> entry : byMessage.entrySet()) {
        List<Finding> same = entry.getValue();
        out.append("  ").append(shown(entry.getKey()));
        if (same.size() > 1) {
          out.append("  [").append(same.size()).append(" times]");
        }
        out.append('\n');
        for (Finding finding : same) {
          out.append("    ").append(shown(finding.getLocationText()));
          if (finding.getOutcomeId().isPresent()) {
            out.append(' ').append(shown(finding.getPointer()));
          }
          out.append('\n');
        }
      }
    }
    List<Finding> waived = report.waived();
    if (!waived.isEmpty()) {
      out.append("\nWAIVED (").append(waived.size()).append(")\n");
      for (Finding finding : waived) {
        Waiver waiver = finding.getWaiver().orElseThrow();
        out.append("  ").append(finding.getSeverity()).append(' ').append(finding.getRuleId()).append(' ')
            .append(shown(finding.getLocationText())).append(": ").append(shown(finding.getMessage())).append('\n')
            .append("    waived: ").append(shown(waiver.getReason()))
            .append(waiver.getExpires().map(d -> " (until " + d + ")").orElse("")).append('\n');
      }
    }
    return out.toString();
  }

  /** A value quoted in the text report, its control characters escaped so the report is safe on a terminal. */
  private static String shown(String value) {
    return TerminalText.escape(value);
  }

  static String json(ValidationReport report) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("libraryVersion", report.getLibraryVersion());
      g.writeStringField("catalogueVersion", report.getCatalogueVersion());
      g.writeStringField("profile", report.getProfile());
      g.writeObjectFieldStart("roadmap");
      g.writeStringField("id", report.getRoadmapId());
      if (report.getRoadmapAsOf().isPresent()) {
        g.writeStringField("asOf", report.getRoadmapAsOf().get().toString());
      }
      g.writeEndObject();
      g.writeBooleanField("valid", report.isValid());
      g.writeObjectFieldStart("counts");
      for (Severity severity : Severity.values()) {
        g.writeNumberField(severity.name(), report.count(severity));
      }
      g.writeNumberField("WAIVED", report.waived().size());
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Finding finding : report.getFindings()) {
        g.writeStartObject();
        g.writeStringField("ruleId", finding.getRuleId());
        g.writeStringField("severity", finding.getSeverity().name());
        g.writeStringField("message", finding.getMessage());
        g.writeStringField("pointer", finding.getPointer());
        if (finding.getOutcomeId().isPresent()) {
          g.writeStringField("outcomeId", finding.getOutcomeId().get().toString());
        }
        if (finding.getLine().isPresent()) {
          g.writeNumberField("line", finding.getLine().get());
        }
        if (finding.getWaiver().isPresent()) {
          Waiver waiver = finding.getWaiver().get();
          g.writeObjectFieldStart("waiver");
          g.writeStringField("location", waiver.getLocation());
          g.writeStringField("reason", waiver.getReason());
          if (waiver.getExpires().isPresent()) {
            g.writeStringField("expires", waiver.getExpires().get().toString());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * Writes SARIF.
   *
   * @param report the report
   * @param artifactUri the artifact's URI
   * @param positions where each pointer starts in the artifact, or null when the artifact is the ITU
   *     document and the findings' document lines are the regions
   */
  static String sarif(ValidationReport report, String artifactUri, Function<String, Optional<FilePosition>> positions) {
    Set<Rule> used = EnumSet.noneOf(Rule.class);
    Set<RuleDefinition> usedCustom = new java.util.TreeSet<>(java.util.Comparator.comparing(RuleDefinition::getId));
    for (Finding finding : report.getFindings()) {
      if (finding.getRule() instanceof Rule rule) {
        used.add(rule);
      } else {
        usedCustom.add(finding.getRule());
      }
    }
    List<RuleDefinition> rules = new ArrayList<>(used);
    rules.addAll(usedCustom);
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("$schema", SARIF_SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "wsis-roadmap-validator");
      g.writeStringField("version", report.getLibraryVersion());
      g.writeStringField("informationUri", INFORMATION_URI);
      g.writeObjectFieldStart("properties");
      g.writeStringField("catalogueVersion", report.getCatalogueVersion());
      g.writeStringField("profile", report.getProfile());
      g.writeEndObject();
      g.writeArrayFieldStart("rules");
      for (RuleDefinition rule : rules) {
        g.writeStartObject();
        g.writeStringField("id", rule.getId());
        g.writeStringField("name", rule instanceof Rule builtIn ? builtIn.name() : rule.getId());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.getTitle());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", rule.getRationale());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", rule.getDefaultSeverity().getSarifLevel());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("family", rule.getFamilyName());
        g.writeStringField("defaultSeverity", rule.getDefaultSeverity().name());
        if (!rule.getSince().isEmpty()) {
          g.writeStringField("since", rule.getSince());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("roadmapId", report.getRoadmapId());
      if (report.getRoadmapAsOf().isPresent()) {
        g.writeStringField("roadmapAsOf", report.getRoadmapAsOf().get().toString());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Finding finding : report.getFindings()) {
        g.writeStartObject();
        g.writeStringField("ruleId", finding.getRuleId());
        g.writeNumberField("ruleIndex", rules.indexOf(finding.getRule()));
        g.writeStringField("level", finding.getSeverity().getSarifLevel());
        g.writeObjectFieldStart("message");
        g.writeStringField("text", finding.getMessage());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        if (positions != null) {
          Optional<FilePosition> at = Objects.requireNonNull(positions.apply(finding.getPointer()), "position");
          g.writeObjectFieldStart("physicalLocation");
          g.writeObjectFieldStart("artifactLocation");
          g.writeStringField("uri", artifactUri);
          g.writeEndObject();
          if (at.isPresent()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", at.get().line());
            if (at.get().column() > 0) {
              g.writeNumberField("startColumn", at.get().column());
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        } else if (finding.getLine().isPresent()) {
          g.writeObjectFieldStart("physicalLocation");
          g.writeObjectFieldStart("artifactLocation");
          g.writeStringField("uri", artifactUri);
          g.writeEndObject();
          g.writeObjectFieldStart("region");
          g.writeNumberField("startLine", finding.getLine().get());
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", finding.getPointer().isEmpty() ? "/" : finding.getPointer());
        if (finding.getOutcomeId().isPresent()) {
          g.writeStringField("name", finding.getOutcomeId().map(OutcomeId::toString).get());
          g.writeStringField("kind", "element");
        } else {
          g.writeStringField("kind", "object");
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (finding.getWaiver().isPresent()) {
          g.writeArrayFieldStart("suppressions");
          g.writeStartObject();
          g.writeStringField("kind", "external");
          g.writeStringField("status", "accepted");
          g.writeStringField("justification", finding.getWaiver().get().getReason());
          g.writeEndObject();
          g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", finding.getSeverity().name());
        if (positions != null && finding.getLine().isPresent()) {
          g.writeNumberField("documentLine", finding.getLine().get());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * Returns the SARIF artifact URI of a file: a relative path as a relative reference with {@code /}
   * between names, an absolute one as a {@code file:} URI; every character but the unreserved ones
   * of RFC 3986 (letters, digits, {@code - . _ ~}) percent-encoded in UTF-8.
   *
   * @param file the file
   * @return such as {@code "drafts/my%20draft%232.json"} or {@code "file:///work/draft.json"}
   */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.toUri().toASCIIString();
    }
    StringBuilder out = new StringBuilder();
    for (Path name : file) {
      if (out.length() > 0) {
        out.append('/');
      }
      for (byte b : name.toString().getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xFF);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~') {
          out.append(c);
        } else {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
      }
    }
    return out.toString();
  }

  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.setPrettyPrinter(printer);
      body.write(generator);
    } catch (IOException e) {
      throw new org.wsis.roadmap.RoadmapIoException("cannot write a report to memory", null, e);
    }
    return out.append('\n').toString();
  }
}
