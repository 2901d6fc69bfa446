package org.wsis.roadmap.office.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapReader;
import org.wsis.roadmap.io.RoadmapWriter;
import org.wsis.roadmap.office.RoadmapWorkbook;

/**
 * The workbook format ({@code xlsx}, {@code .xlsx}) as a {@link RoadmapFormat} service: lossless,
 * binary, read strictly or leniently through {@link RoadmapWorkbook}. Found by {@link
 * RoadmapFormat#all()} when this module is on the class path or the module path.
 */
public final class XlsxFormat extends RoadmapFormat {
  /** Creates the format; called by {@link java.util.ServiceLoader}. */
  public XlsxFormat() {
    super("xlsx", List.of("xlsx"));
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  protected ReadResult read(InputStream in, RoadmapReader options) {
    return options.isStrict()
        ? new ReadResult(RoadmapWorkbook.read(in, options.getLimits()), List.of())
        : RoadmapWorkbook.readLenient(in, options.getLimits());
  }

  @Override
  protected ReadResult read(Path path, RoadmapReader options) {
    return options.isStrict()
        ? new ReadResult(RoadmapWorkbook.read(path, options.getLimits()), List.of())
        : RoadmapWorkbook.readLenient(path, options.getLimits());
  }

  @Override
  protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
    RoadmapWorkbook.write(roadmap, out);
  }

  @Override
  protected void write(Roadmap roadmap, Path path, RoadmapWriter options) {
    RoadmapWorkbook.write(roadmap, path);
  }
}
