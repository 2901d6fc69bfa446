package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
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

/** The options that choose how a roadmap is validated: profile and waivers. */
final class ValidationOptions {
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
    RoadmapValidator validator = RoadmapValidator.builder()
        .profile(profile)
        .waivers(waivers())
        .clock(Clock.systemUTC())
        .build();
    return validator.validate(roadmap);
  }

  /**
   * Validates a roadmap with the default profile, no waivers and the system clock.
   *
   * @param roadmap the roadmap
   * @return the report
   */
  ValidationReport validateDefault(Roadmap roadmap) {
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
