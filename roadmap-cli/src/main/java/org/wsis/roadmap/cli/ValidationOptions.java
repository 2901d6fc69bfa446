package org.wsis.roadmap.cli;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.OutcomeLine;
import org.wsis.roadmap.io.OutcomeLineReader;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.validation.StreamValidation;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;
import org.wsis.roadmap.validation.Waiver;
import org.wsis.roadmap.validation.WaiverFileException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that choose how a roadmap is validated: profile, waivers and rules of one's own. */
final class ValidationOptions {
  @Option(
      names = "--rules-jar",
      paramLabel = "JAR",
      description = "A jar of rules of your own (services of org.wsis.roadmap.validation.RuleCheck), run besides the"
          + " catalogue and any such rules on the class path; repeatable.")
  List<Path> rulesJars = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      converter = ProfileConverter.class,
      defaultValue = "default",
      description = "The rules and severities: default, strict (warnings become errors) or editorial"
          + " (the rules an editor fixes in the text); default: ${DEFAULT-VALUE}.")
  Profile profile;

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description = "A YAML or JSON file of waivers (rule, location, reason, expires); waived findings are"
          + " reported as waived and do not fail.")
  Path waivers;

  /**
   * Validates a roadmap with these options and the system clock.
   *
   * @param roadmap the roadmap
   * @return the report
   * @throws BadInputException when the waiver file cannot be read
   */
  ValidationReport validate(Roadmap roadmap) {
    ValidatorStart.await();
    return validator().validate(roadmap);
  }

  /**
   * Validates a JSON Lines file as a stream, line by line, with every rule over the whole stream.
   *
   * @param file the file
   * @return the report
   * @throws BadInputException when the file, the waiver file or a rules jar cannot be read
   */
  ValidationReport validateJsonLines(Path file) {
    ValidatorStart.await();
    RoadmapValidator validator = validator();
    Inputs.requireReadable(file);
    // A file is finite and is validated in bounded memory: its size, not the defaults for whole reads
    // (64 MiB, 100,000 lines), bounds the stream's length and its number of lines.
    ReadLimits limits;
    try {
      long size = java.nio.file.Files.size(file);
      limits = ReadLimits.defaults().toBuilder()
          .maxJsonLinesLength(Math.max(ReadLimits.MAX_JSON_LINES_LENGTH, size))
          .maxJsonLines((int) Math.min(Integer.MAX_VALUE, Math.max(ReadLimits.MAX_JSON_LINES, size)))
          .build();
    } catch (java.io.IOException e) {
      throw new BadInputException(file, "", "cannot be read: " + IoFailures.reason(e), e);
    }
    try (OutcomeLineReader lines = RoadmapFormat.jsonLines().reader().withLimits(limits).lines(file)) {
      StreamValidation run = validator.openStream(lines.getHeader());
      while (lines.hasNext()) {
        OutcomeLine line = lines.next();
        run.accept(line.getActionLineIndex(), line.getActionLine(), line.getOutcome().orElse(null));
      }
      return run.finish();
    } catch (RoadmapReadException | RoadmapIoException | UncheckedIOException e) {
      throw Inputs.readFailure(file, RoadmapFormat.jsonLines(), e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, "", "is not a valid jsonl roadmap: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the validator of these options: profile, waivers, the system clock, and the rules of the
   * class path and of the {@code --rules-jar} jars.
   *
   * @return the validator
   * @throws BadInputException when the waiver file or a rules jar cannot be read, or the rules clash
   */
  RoadmapValidator validator() {
    RoadmapValidator.Builder builder = withRules(rulesJars).profile(profile).waivers(waivers()).clock(Clock.systemUTC());
    try {
      return builder.build();
    } catch (RoadmapException e) {
      throw new BadInputException(rulesJars.isEmpty() ? Path.of("--rules-jar") : rulesJars.get(0), "", e.getMessage(), e);
    }
  }

  /**
   * Returns a validator builder with the rules of the class path and of jars.
   *
   * @param jars the jars of {@code --rules-jar}
   * @return the builder
   * @throws BadInputException when a jar cannot be read or a rule in it cannot be loaded
   */
  static RoadmapValidator.Builder withRules(List<Path> jars) {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      Inputs.requireReadable(jars.get(i));
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new BadInputException(jars.get(i), "", "cannot be read as a jar: " + e.getMessage(), e);
      }
    }
    ClassLoader parent = ValidationOptions.class.getClassLoader();
    // Left open: the rules' classes are used until the command ends.
    ClassLoader loader = urls.length == 0 ? parent : new URLClassLoader(urls, parent);
    try {
      return RoadmapValidator.builder().discoverRules(loader);
    } catch (RoadmapException e) {
      throw new BadInputException(jars.isEmpty() ? Path.of("--rules-jar") : jars.get(0), "", e.getMessage(), e);
    }
  }

  /**
   * Validates a roadmap with the default profile, no waivers and the system clock.
   *
   * @param roadmap the roadmap
   * @return the report
   */
  ValidationReport validateDefault(Roadmap roadmap) {
    ValidatorStart.await();
    return RoadmapValidator.builder().profile(Profile.DEFAULT).clock(Clock.systemUTC()).build().validate(roadmap);
  }

  private List<Waiver> waivers() {
    if (waivers == null) {
      return List.of();
    }
    Inputs.requireReadable(waivers);
    try {
      return org.wsis.roadmap.validation.Waivers.read(waivers);
    } catch (WaiverFileException e) {
      String prefix = e.getSource() + ":" + e.getLine() + ":" + e.getColumn() + ": ";
      String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      throw new BadInputException(waivers, "line " + e.getLine() + ", column " + e.getColumn(), message, e);
    } catch (RoadmapException e) {
      throw new BadInputException(waivers, "", e.getMessage(), e);
    }
  }

  /**
   * Counts the active findings at or above a severity.
   *
   * @param report the report
   * @param failOn the lowest severity that counts, or {@code null} for none
   * @return the number of such findings that are not waived
   */
  static int countAtOrAbove(ValidationReport report, Severity failOn) {
    if (failOn == null) {
      return 0;
    }
    int count = 0;
    for (Finding finding : report.active()) {
      if (finding.getSeverity().compareTo(failOn) <= 0) {
        count++;
      }
    }
    return count;
  }

  /** Reads a profile name. */
  static final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      try {
        return Profile.named(value);
      } catch (RoadmapException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads a {@code --fail-on} value: a severity, or {@code NONE}. */
  static final class FailOnConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      if (value.equalsIgnoreCase("NONE")) {
        return null;
      }
      for (Severity severity : Severity.values()) {
        if (severity.name().equalsIgnoreCase(value)) {
          return severity;
        }
      }
      throw new TypeConversionException(
          "severity must be one of FATAL, ERROR, WARNING, INFO, NONE, but was: " + RoadmapException.quote(value));
    }
  }
}
