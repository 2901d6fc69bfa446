package org.wsis.roadmap.validation;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;

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
 */
public final class RoadmapValidator {
  /** The number of outcomes from which a run may use several threads, unless turned off. */
  public static final int PARALLEL_THRESHOLD = 2 * Checks.CHUNK;

  private static final String LIBRARY_VERSION = readVersion();

  private final Profile profile;
  private final List<Waiver> waivers;
  private final Clock clock;
  private final boolean parallel;

  private RoadmapValidator(Builder builder) {
    this.profile = builder.profile;
    this.waivers = List.copyOf(builder.waivers);
    this.clock = builder.clock;
    this.parallel = builder.parallel;
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
    return Checks.normalise(Objects.requireNonNull(text, "text"));
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
    int editionYear = roadmap.getAsOf().orElse(today).getYear();
    List<Finding> findings = new ArrayList<>(Shapes.check(roadmap, profile));
    boolean shapes = profile.isEnabled(Rule.STR_001);
    int outcomes = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      outcomes += line.getOutcomes().size();
    }
    boolean manyOutcomes = parallel && outcomes >= PARALLEL_THRESHOLD;
    findings.addAll(new Checks(roadmap, profile, editionYear).run(shapes, manyOutcomes));
    findings = FindingOrder.sort(applyWaivers(findings, today), manyOutcomes);
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

    private Builder() {}

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
     */
    public RoadmapValidator build() {
      return new RoadmapValidator(this);
    }
  }
}
