package org.wsis.roadmap.modulepath;

import static org.wsis.roadmap.testkit.RoadmapAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.io.OutcomeRow;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapModule;
import org.wsis.roadmap.io.RoadmapYaml;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.SdgCoverage;
import org.wsis.roadmap.report.CoverageCsv;
import org.wsis.roadmap.report.HtmlReport;
import org.wsis.roadmap.testkit.RoadmapGenerator;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Uses the library as an application on the module path does, and checks what the module
 * descriptors promise. Prints one {@code ok ...} line per check and exits with 0; any failed check
 * throws, so the process exits with 1 and a stack trace.
 */
public final class Main {
  /** Each library module's exported packages, and its open packages with the modules they open to. */
  private static final Map<String, Set<String>> EXPORTS = Map.of(
      "org.wsis.roadmap.core", Set.of("org.wsis.roadmap", "org.wsis.roadmap.query", "org.wsis.roadmap.markup"),
      "org.wsis.roadmap.io", Set.of("org.wsis.roadmap.io", "org.wsis.roadmap.io.table"),
      "org.wsis.roadmap.validation", Set.of("org.wsis.roadmap.validation"),
      "org.wsis.roadmap.testkit", Set.of("org.wsis.roadmap.testkit"),
      "org.wsis.roadmap.report", Set.of("org.wsis.roadmap.report"),
      "org.wsis.roadmap.office", Set.of("org.wsis.roadmap.office"),
      "org.wsis.roadmap.rdf", Set.of("org.wsis.roadmap.rdf"));
  private static final Map<String, String> OPENS = Map.of(
      "org.wsis.roadmap.core", "org.wsis.roadmap to [com.fasterxml.jackson.databind, org.hibernate.validator]",
      "org.wsis.roadmap.io", "",
      "org.wsis.roadmap.validation", "",
      "org.wsis.roadmap.testkit", "",
      "org.wsis.roadmap.report", "",
      "org.wsis.roadmap.office", "",
      "org.wsis.roadmap.rdf", "");

  private Main() {}

  /**
   * Runs every check.
   *
   * @param args none
   * @throws Exception when a check fails
   */
  public static void main(String[] args) throws Exception {
    check(Main.class.getModule().isNamed(), "the application runs as a named module, not from the class path");
    descriptors();
    Roadmap roadmap = bundledRoadmaps();
    validation(roadmap);
    report(roadmap);
    formats(roadmap);
    jackson(roadmap);
    internals();
    testkit();
    office(roadmap);
    rdf(roadmap);
    System.out.println("ok all checks");
  }

  private static void descriptors() {
    ModuleLayer layer = ModuleLayer.boot();
    for (String name : new TreeSet<>(EXPORTS.keySet())) {
      Module module = layer.findModule(name).orElseThrow(() -> new IllegalStateException("module not resolved: " + name));
      ModuleDescriptor descriptor = module.getDescriptor();
      check(!descriptor.isAutomatic() && !descriptor.isOpen(), name + " is an explicit module, not an automatic or open one");
      Set<String> exports = descriptor.exports().stream()
          .peek(e -> check(!e.isQualified(), name + " has no qualified export, but exports " + e))
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
      check(exports.equals(new TreeSet<>(EXPORTS.get(name))), name + " exports " + EXPORTS.get(name) + ", but exports " + exports);
      String opens = descriptor.opens().stream()
          .map(o -> o.source() + " to " + new TreeSet<>(o.targets()))
          .sorted()
          .collect(Collectors.joining("; "));
      check(opens.equals(OPENS.get(name)), name + " opens '" + OPENS.get(name) + "', but opens '" + opens + "'");
    }
    ModuleDescriptor io = layer.findModule("org.wsis.roadmap.io").orElseThrow().getDescriptor();
    check(io.provides().stream().anyMatch(p -> p.service().equals("com.fasterxml.jackson.databind.Module")
            && p.providers().equals(List.of(RoadmapModule.class.getName()))),
        "org.wsis.roadmap.io provides com.fasterxml.jackson.databind.Module with RoadmapModule");
    System.out.println("ok module descriptors: exports, opens, provides");
  }

  private static Roadmap bundledRoadmaps() {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    int outcomes = roadmap.getActionLines().stream().mapToInt(line -> line.getOutcomes().size()).sum();
    check(outcomes == 68, "the 2024 edition has 68 outcomes, but has " + outcomes);
    check(!RoadmapJson.schema().isEmpty(), "the JSON Schema is readable through RoadmapJson.schema()");
    check(Main.class.getResourceAsStream(RoadmapJson.SCHEMA_RESOURCE) == null,
        "the schema resource is encapsulated in org.wsis.roadmap.io");
    System.out.println("ok bundled 2024 roadmaps: " + roadmap.getActionLines().size() + " action lines, " + outcomes + " outcomes");
    return roadmap;
  }

  private static void validation(Roadmap roadmap) {
    ValidationReport report = RoadmapValidator.create().validate(roadmap);
    check(report.getFindings().stream().noneMatch(f -> f.getRuleId().equals("WSIS-STR-001")),
        "the bundled roadmaps break no Bean Validation constraint");
    Roadmap blankId = Roadmap.builder().from(roadmap).id(" ").build();
    List<Finding> shape = RoadmapValidator.create().validate(blankId).getFindings().stream()
        .filter(f -> f.getRuleId().equals("WSIS-STR-001"))
        .collect(Collectors.toList());
    check(shape.size() == 1 && shape.get(0).getPointer().equals("/id"), "a blank roadmap id is one WSIS-STR-001 finding at /id, but was " + shape);
    String message = shape.get(0).getMessage();
    check(!message.matches(".*\\{[^}]*\\}.*"), "the constraint message has every message key resolved, but was: " + message);
    check(!RoadmapValidator.constraintValidator().validate(blankId).isEmpty(), "the shared Validator sees the model's constraints");
    System.out.println("ok validation without Expression Language: " + report.getFindings().size() + " findings; " + message);
  }

  private static void report(Roadmap roadmap) {
    String html = HtmlReport.builder().roadmap(roadmap).validation(RoadmapValidator.create().validate(roadmap)).build().toHtml();
    check(html.startsWith("<!DOCTYPE html>") && html.contains("<table class=\"heatmap\">") && html.contains(":root{"),
        "the HTML report renders, its style sheet read from the report module");
    String csv = CoverageCsv.toCsv(SdgCoverage.of(roadmap));
    check(csv.startsWith("actionLine,outcomes,linked,linkedShare,sdg1,"), "the SDG coverage as CSV, but was: " + csv.lines().findFirst());
    System.out.println("ok HTML report (" + html.length() + " characters) and coverage CSV through the report module");
  }

  private static void formats(Roadmap roadmap) {
    check(RoadmapJson.read(RoadmapJson.toString(roadmap)).equals(roadmap), "JSON round trip");
    check(RoadmapJson.read(RoadmapJson.toCompactString(roadmap)).equals(roadmap), "compact JSON round trip");
    check(RoadmapYaml.read(RoadmapYaml.toString(roadmap)).equals(roadmap), "YAML round trip");
    check(RoadmapJsonLines.read(RoadmapJsonLines.toString(roadmap)).equals(roadmap), "JSON Lines round trip");
    check(RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap)).equals(OutcomeRow.allOf(roadmap)), "CSV round trip");
    check(!RoadmapCsv.toSdgLinksString(roadmap).isEmpty(), "CSV of SDG links");
    System.out.println("ok JSON, YAML, JSON Lines and CSV read what they write");
  }

  private static void jackson(Roadmap roadmap) throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(new RoadmapModule());
    check(own.readValue(own.writeValueAsString(roadmap), Roadmap.class).equals(roadmap), "RoadmapModule on the application's ObjectMapper");

    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    check(found.getRegisteredModuleIds().contains("RoadmapModule"), "findAndRegisterModules() registers RoadmapModule, but registered " + found.getRegisteredModuleIds());
    check(found.readValue(found.writeValueAsString(roadmap), Roadmap.class).equals(roadmap), "RoadmapModule found by findAndRegisterModules()");
    Optional<com.fasterxml.jackson.databind.Module> service = ServiceLoader.load(com.fasterxml.jackson.databind.Module.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(RoadmapModule.class::isInstance)
        .findFirst();
    check(service.isPresent(), "ServiceLoader finds RoadmapModule");

    // The model's own Jackson annotations (@JsonValue, @JsonCreator) need the package open to databind.
    ObjectMapper plain = new ObjectMapper();
    SdgTarget target = SdgTarget.parse("9.c");
    check(plain.writeValueAsString(target).equals("\"9.c\""), "a plain ObjectMapper writes an SDG target");
    check(plain.readValue("\"9.c\"", SdgTarget.class).equals(target), "a plain ObjectMapper reads an SDG target");
    System.out.println("ok Jackson: own ObjectMapper, findAndRegisterModules(), ServiceLoader, the model's annotations");
  }

  private static void internals() throws Exception {
    Map<String, String> internals = new TreeMap<>(Map.of(
        "org.wsis.roadmap.internal.Text", "org.wsis.roadmap.core",
        "org.wsis.roadmap.io.internal.Factories", "org.wsis.roadmap.io",
        "org.wsis.roadmap.report.internal.JtereportGenerated", "org.wsis.roadmap.report"));
    for (Map.Entry<String, String> e : internals.entrySet()) {
      Class<?> type = Class.forName(e.getKey());
      Module module = type.getModule();
      String pkg = type.getPackageName();
      check(module.getName().equals(e.getValue()), e.getKey() + " is in " + e.getValue());
      check(Main.class.getModule().canRead(module), "the application reads " + module.getName());
      check(!module.isExported(pkg) && !module.isOpen(pkg), pkg + " is neither exported nor open");
    }
    Class<?> factories = Class.forName("org.wsis.roadmap.io.internal.Factories");
    try {
      factories.getMethod("json").invoke(null);
      throw new IllegalStateException("a public method of org.wsis.roadmap.io.internal was callable from the application");
    } catch (IllegalAccessException expected) {
      // not exported: the module system refuses the call
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
    System.out.println("ok internal packages are not accessible");
  }

  private static void testkit() {
    Roadmap generated = RoadmapGenerator.valid(new Random(1), 5);
    assertThat(generated).isConsistent();
    assertThat(RoadmapValidator.create().validate(generated)).hasNoErrors();
    System.out.println("ok test kit: generator and AssertJ assertions");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("check failed: " + what);
    }
  }

  /** The workbook round trip on the module path: Apache POI's modules resolve and work. */
  private static void office(Roadmap roadmap) {
    byte[] workbook = org.wsis.roadmap.office.RoadmapWorkbook.toBytes(roadmap);
    Roadmap back = org.wsis.roadmap.office.RoadmapWorkbook.read(new java.io.ByteArrayInputStream(workbook));
    check(back.equals(roadmap), "a workbook written and read on the module path gives the same roadmap");
  }

  /**
   * Turtle on the module path: RDF4J's jars resolve as automatic modules, Rio finds its writers as
   * services, and RoadmapFormat finds the formats the optional modules provide.
   */
  private static void rdf(Roadmap roadmap) {
    String turtle = org.wsis.roadmap.rdf.RoadmapRdf.toTurtle(roadmap, org.wsis.roadmap.io.RoadmapJsonLd.DEFAULT_BASE);
    check(turtle.contains("<http://metadata.un.org/sdg/") || turtle.contains("sdg:"), "Turtle names the UN SDG IRIs");
    java.util.List<String> ids = org.wsis.roadmap.io.RoadmapFormat.all().stream()
        .map(org.wsis.roadmap.io.RoadmapFormat::getId).toList();
    check(ids.containsAll(java.util.List.of("xlsx", "docx", "ttl", "nt")),
        "RoadmapFormat.all() finds the formats of roadmap-office and roadmap-rdf as services, but found " + ids);
    byte[] nt = org.wsis.roadmap.io.RoadmapFormat.byName("nt").orElseThrow().writer().toBytes(roadmap);
    check(nt.length > 0, "the nt format service writes N-Triples");
    System.out.println("ok RDF (Turtle, N-Triples) and the format services of the optional modules");
  }
}
