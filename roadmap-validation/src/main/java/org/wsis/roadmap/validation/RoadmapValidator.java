package org.wsis.roadmap.validation;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;

/**
 * Validates roadmaps: the Bean Validation constraints of the model (rule {@code WSIS-STR-001}) and
 * every consistency rule of the catalogue that the profile runs, then applies waivers.
 *
 * <pre>{@code
 * RoadmapValidator validator = RoadmapValidator.builder()
 *     .profile(Profile.named("editorial"))
 *     .waivers(Waivers.read(Path.of("waivers.yaml")))
 *     .clock(Clock.systemUTC())
 *     .build();
 * ValidationReport report = validator.validate(roadmap);
 * }</pre>
 *
 * <p>{@link #validate(Roadmap)} never throws on bad data; every defect is a finding. A run is
 * linear in the number of outcomes: indexes (ids, statements, document symbols) are hash maps
 * built once per run, and no rule compares every outcome with every other. The Bean Validation
 * factory is built once per JVM and shared. Instances are immutable and thread-safe.
 *
 * <p>Roadmaps of at least {@value #PARALLEL_THRESHOLD} outcomes are checked in chunks of outcomes
 * on the common {@link java.util.concurrent.ForkJoinPool}, as {@link java.util.Arrays#parallelSort}
 * does for large arrays; the report is the same, byte for byte, as that of a sequential run.
 * {@link Builder#parallel(boolean) parallel(false)} keeps every run on the calling thread.
 *
 * <p>An application adds rules of its own with {@link Builder#rules(RuleCheck...)} or {@link
 * Builder#discoverRules(ClassLoader)}; they are reported, profiled, waived and exported like the
 * catalogue's. {@link #openStream(Roadmap)} validates a stream of outcomes (such as a JSON Lines
 * file) in bounded memory, with the same report as for the same outcomes held as a roadmap.
 */
public final class RoadmapValidator {
  /** The number of outcomes from which a run may use several threads, unless turned off. */
  public static final int PARALLEL_THRESHOLD = 2 * Engine.CHUNK;

  private static final String LIBRARY_VERSION = readVersion();

  private final Profile profile;
  private final List<Waiver> waivers;
  private final Clock clock;
  private final boolean parallel;
  private final List<RuleCheck> custom;
  private final List<RuleDefinition> customRules;
  private final Set<RuleDefinition> known;
  private final int spillThreshold;

  private RoadmapValidator(Builder builder) {
    this.profile = builder.profile;
    this.spillThreshold = builder.spillThreshold;
    this.waivers = List.copyOf(builder.waivers);
    this.clock = builder.clock;
    this.parallel = builder.parallel;
    this.custom = List.copyOf(builder.checks);
    Map<String, String> owners = new LinkedHashMap<>();
    for (Rule rule : Rule.values()) {
      owners.put(rule.getId(), "a rule of the catalogue");
    }
    Set<RuleDefinition> rules = new LinkedHashSet<>();
    for (RuleCheck check : custom) {
      List<? extends RuleDefinition> declared = Objects.requireNonNull(check.rules(), "rules() of " + check.getClass().getName());
      if (declared.isEmpty()) {
        throw new RoadmapException("a rule check must declare at least one rule, but " + check.getClass().getName() + " declares none");
      }
      for (RuleDefinition rule : declared) {
        String owner = owners.putIfAbsent(rule.getId(), "a rule of " + check.getClass().getName());
        if (owner != null) {
          throw new RoadmapException("rule ids must be unique, but '" + rule.getId() + "' of " + check.getClass().getName()
              + " is also the id of " + owner);
        }
        if (!CustomRule.isCustomId(rule.getId())) {
          throw new RoadmapException("a custom rule id must be upper-case parts joined by '-' outside the WSIS- namespace, such as 'ACME-LINK-001', but "
              + check.getClass().getName() + " declares: " + RoadmapException.quote(rule.getId()));
        }
        rules.add(rule);
      }
    }
    this.customRules = List.copyOf(rules);
    this.known = Set.copyOf(rules);
    for (String id : profile.customRuleIds()) {
      if (!owners.containsKey(id)) {
        throw new RoadmapException("a profile must name known rules, but profile '" + profile.getName() + "' names '" + id
            + "', which is neither in the catalogue nor registered with this validator");
      }
    }
    for (Waiver waiver : waivers) {
      if (!owners.containsKey(waiver.getRuleId())) {
        throw new RoadmapException("a waiver must name a known rule, but the waiver at '" + waiver.getLocation() + "' names '" + waiver.getRuleId()
            + "', which is neither in the catalogue nor registered with this validator");
      }
    }
  }

  /**
   * Returns a validator with the {@code default} profile, no waivers and the system clock (UTC).
   *
   * @return the validator
   */
  public static RoadmapValidator create() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with the {@code default} profile, no waivers and the system clock (UTC)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the shared Bean Validation validator, configured with the root locale so that messages
   * do not depend on the machine. Any other {@link Validator} (Spring's, Quarkus') sees the model's
   * constraints too, with no configuration.
   *
   * @return the validator
   */
  public static Validator constraintValidator() {
    return Shapes.validator();
  }

  /**
   * Returns the version of this library, as stamped on reports.
   *
   * @return such as {@code "0.1.0"}
   */
  public static String libraryVersion() {
    return LIBRARY_VERSION;
  }

  /**
   * Returns the key under which the text rules compare texts: two statements, citations or result
   * items are "the same text" when their keys are equal. The key is the text in lower case, with runs
   * of white space as one space and no trailing {@code .;:,} or white space.
   *
   * <pre>{@code
   * RoadmapValidator.textKey("  Promote  IPv6 adoption.") // "promote ipv6 adoption"
   * }</pre>
   *
   * @param text any text
   * @return its comparison key
   * @throws NullPointerException when {@code text} is null
   */
  public static String textKey(String text) {
    return Texts.normalise(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the rules this validator runs besides the catalogue's: those of the checks registered
   * with {@link Builder#rules(RuleCheck...)} and {@link Builder#discoverRules(ClassLoader)}, in
   * registration order.
   *
   * <pre>{@code
   * validator.customRules().forEach(rule -> System.out.println(rule.getId() + " " + rule.getTitle()));
   * }</pre>
   *
   * @return the custom rules; empty when none was registered
   */
  public List<RuleDefinition> customRules() {
    return customRules;
  }

  /**
   * Validates a roadmap.
   *
   * @param roadmap the roadmap
   * @return the report; never throws on bad data
   * @throws NullPointerException when {@code roadmap} is null
   */
  public ValidationReport validate(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    LocalDate today = LocalDate.now(clock);
    int outcomes = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      outcomes += line.getOutcomes().size();
    }
    boolean manyOutcomes = parallel && outcomes >= PARALLEL_THRESHOLD;
    Engine engine = engine(roadmap, today, manyOutcomes, false);
    engine.start(roadmap);
    List<ActionLineRoadmap> lines = roadmap.getActionLines();
    for (int a = 0; a < lines.size(); a++) {
      engine.actionLine(a, lines.get(a));
      for (org.wsis.roadmap.Outcome outcome : lines.get(a).getOutcomes()) {
        engine.outcome(outcome);
      }
    }
    return report(roadmap, engine.finish(roadmap), today, manyOutcomes);
  }

  /**
   * Starts validating a stream of outcomes: the header, then each table and its outcomes in
   * document order, such as the lines of a JSON Lines file. Every rule runs, the cross-outcome ones
   * over the whole stream, in bounded memory: what a rule keeps per outcome is a fixed-size
   * fingerprint (see the documentation of {@link CrossOutcomeCheck}). The report equals, byte for
   * byte in every format, the report of {@link #validate(Roadmap)} for the same outcomes held as a
   * roadmap.
   *
   * <pre>{@code
   * try (OutcomeLineReader lines = RoadmapJsonLines.open(path)) {
   *   StreamValidation run = validator.openStream(lines.getHeader());
   *   lines.forEachRemaining(line -> run.accept(line.getActionLineIndex(), line.getActionLine(), line.getOutcome().orElse(null)));
   *   ValidationReport report = run.finish();
   * }
   * }</pre>
   *
   * @param header the roadmap's properties; its tables, if any, are ignored: the stream brings them
   * @return the run, for one thread
   * @throws NullPointerException when {@code header} is null
   */
  public StreamValidation openStream(Roadmap header) {
    Objects.requireNonNull(header, "header");
    LocalDate today = LocalDate.now(clock);
    Roadmap bare = header.getActionLines().isEmpty() ? header : header.withActionLines(List.of());
    Engine engine = engine(bare, today, parallel, true);
    engine.start(bare);
    return new StreamValidation(this, engine, bare, today);
  }

  private Engine engine(Roadmap header, LocalDate today, boolean parallelRun, boolean stream) {
    int editionYear = header.getAsOf().orElse(today).getYear();
    List<RuleCheck> checks = new ArrayList<>(Engine.builtIns());
    checks.addAll(custom);
    // A stream's findings are written to a temporary file in sorted runs past the threshold; a
    // roadmap in memory is larger than its findings, which stay in memory.
    return new Engine(profile, editionYear, parallelRun, stream, checks, known, stream ? spillThreshold : 0);
  }

  ValidationReport report(Roadmap roadmap, List<Finding> found, LocalDate today, boolean manyOutcomes) {
    List<Finding> findings = FindingOrder.sort(applyWaivers(found, today), manyOutcomes);
    return ValidationReport.builder()
        .libraryVersion(LIBRARY_VERSION)
        .catalogueVersion(Rule.CATALOGUE_VERSION)
        .profile(profile.getName())
        .roadmapId(roadmap.getId())
        .roadmapAsOf(roadmap.getAsOf())
        .findings(findings)
        .build();
  }

  private List<Finding> applyWaivers(List<Finding> findings, LocalDate today) {
    if (waivers.isEmpty()) {
      return findings;
    }
    List<Finding> result = new ArrayList<>(findings.size());
    boolean[] used = new boolean[waivers.size()];
    List<Finding> meta = new ArrayList<>();
    for (Finding finding : findings) {
      Finding out = finding;
      for (int w = 0; w < waivers.size(); w++) {
        Waiver waiver = waivers.get(w);
        if (!waiver.matches(finding)) {
          continue;
        }
        used[w] = true;
        if (waiver.isExpired(today)) {
          continue;
        }
        if (finding.getSeverity() == Severity.FATAL) {
          meta(meta, Rule.VAL_003, "a FATAL finding cannot be waived, but the waiver of " + waiver.getRuleId() + " at '"
              + waiver.getLocation() + "' matches one at " + finding.getLocationText());
          continue;
        }
        out = Finding.builder().from(finding).waiver(waiver).build();
        break;
      }
      result.add(out);
    }
    for (int w = 0; w < waivers.size(); w++) {
      Waiver waiver = waivers.get(w);
      if (waiver.isExpired(today)) {
        meta(meta, Rule.VAL_001, "a waiver must be current, but the waiver of " + waiver.getRuleId() + " at '" + waiver.getLocation()
            + "' expired on " + waiver.getExpires().orElseThrow());
      } else if (!used[w]) {
        meta(meta, Rule.VAL_002, "a waiver must match a finding, but the waiver of " + waiver.getRuleId() + " at '"
            + waiver.getLocation() + "' matches none");
      }
    }
    result.addAll(meta);
    return result;
  }

  private void meta(List<Finding> meta, Rule rule, String message) {
    profile.severityOf(rule).ifPresent(severity ->
        meta.add(Finding.builder().rule(rule).severity(severity).pointer("").message(message).build()));
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = RoadmapValidator.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("the library jar must contain org/wsis/roadmap/validation/version.properties, but it is missing");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new org.wsis.roadmap.RoadmapIoException("cannot read version.properties of the roadmap-validation jar", null, e);
    }
    return properties.getProperty("version");
  }

  /** Builds {@link RoadmapValidator}s; obtain one with {@link RoadmapValidator#builder()}. */
  public static final class Builder {
    private Profile profile = Profile.DEFAULT;
    private final List<Waiver> waivers = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private boolean parallel = true;
    private final List<RuleCheck> checks = new ArrayList<>();
    private int spillThreshold = FindingStore.DEFAULT_THRESHOLD;

    private Builder() {}

    /** Sets how many findings a stream validation holds before it writes a sorted run of them to a temporary file (tests). */
    Builder spillThreshold(int findings) {
      this.spillThreshold = findings;
      return this;
    }

    /**
     * Adds checks of an application's own rules; they run after the catalogue's, in this order.
     *
     * <pre>{@code
     * RoadmapValidator validator = RoadmapValidator.builder().rules(new EvidenceLinks()).build();
     * }</pre>
     *
     * @param checks the checks
     * @return this builder
     */
    public Builder rules(RuleCheck... checks) {
      for (RuleCheck check : checks) {
        this.checks.add(Objects.requireNonNull(check, "check"));
      }
      return this;
    }

    /**
     * Adds the checks that a class loader (and, on the module path, the module layer of this
     * library) lists as services of {@link RuleCheck}: {@code provides org.wsis.roadmap.validation.RuleCheck
     * with ...} in a {@code module-info.java}, or a {@code META-INF/services/org.wsis.roadmap.validation.RuleCheck}
     * file in a jar.
     *
     * @param loader the class loader to search, such as one over the jars of an application's rules
     * @return this builder
     * @throws RoadmapException when a listed check cannot be loaded or created
     */
    public Builder discoverRules(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      try {
        for (RuleCheck check : ServiceLoader.load(RuleCheck.class, loader)) {
          checks.add(check);
        }
      } catch (ServiceConfigurationError e) {
        throw new RoadmapException("a rule check listed as a service must load, but one did not: " + RoadmapException.quote(String.valueOf(e.getMessage())), e);
      }
      return this;
    }

    /**
     * Sets the profile.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Adds waivers; a finding is silenced by the first current waiver that matches it.
     *
     * @param waivers the waivers
     * @return this builder
     */
    public Builder waivers(List<Waiver> waivers) {
      for (Waiver waiver : waivers) {
        this.waivers.add(Objects.requireNonNull(waiver, "waiver"));
      }
      return this;
    }

    /**
     * Sets the clock that tells today's date, for waiver expiry and undated editions.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets whether a run over a roadmap of at least {@link #PARALLEL_THRESHOLD} outcomes may check
     * chunks of outcomes on the common {@link java.util.concurrent.ForkJoinPool} (the default), or
     * keeps every run on the calling thread. The report is the same either way.
     *
     * @param parallel {@code false} to stay on the calling thread
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws RoadmapException when two rules share an id (a custom rule and a built-in one, or two
     *     custom ones), when a check declares no rule or an id outside its own namespace, or when
     *     the profile or a waiver names a custom rule that no registered check declares
     */
    public RoadmapValidator build() {
      return new RoadmapValidator(this);
    }
  }
}
