package org.wsis.roadmap.cli;

import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.query.ResolutionKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import org.wsis.roadmap.io.RoadmapFormat;

/** Converters of option values to typed values; a value that does not convert is a usage error. */
final class Converters {
  private Converters() {}

  /** An SDG goal: {@code 9}, {@code SDG 9}. */
  static final class Goal implements ITypeConverter<SdgGoal> {
    @Override
    public SdgGoal convert(String value) {
      try {
        return SdgGoal.parse(value);
      } catch (RoadmapException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An SDG target: {@code 9.c}. */
  static final class Target implements ITypeConverter<SdgTarget> {
    @Override
    public SdgTarget convert(String value) {
      try {
        return SdgTarget.parse(value);
      } catch (RoadmapException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An objective of the Global Digital Compact: {@code 3}, {@code GDC 3}. */
  static final class Gdc implements ITypeConverter<GdcObjective> {
    @Override
    public GdcObjective convert(String value) {
      try {
        return GdcObjective.parse(value);
      } catch (RoadmapException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A resolution: {@code PP 140}, {@code WTDC 45}, {@code 70/1}. */
  static final class Resolution implements ITypeConverter<ResolutionKey> {
    @Override
    public ResolutionKey convert(String value) {
      try {
        return ResolutionKey.parse(value);
      } catch (RoadmapException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * A roadmap file format by id or extension: {@code json}, {@code yaml}, {@code csv}, {@code jsonl}, {@code yml},
   * and those of the optional modules that are installed ({@code xlsx}, {@code docx}, {@code ttl}, {@code nt}).
   */
  static final class Format implements ITypeConverter<RoadmapFormat> {
    @Override
    public RoadmapFormat convert(String value) {
      return FormatNotes.byName(value);
    }
  }
}
