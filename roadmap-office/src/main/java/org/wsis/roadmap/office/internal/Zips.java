package org.wsis.roadmap.office.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Rewrites a zip package with the same entries in the same order and a fixed time on each, so that the same content gives the same bytes. */
public final class Zips {
  /** The time written on every entry: 1 January 1980, the earliest a zip entry holds. */
  private static final FileTime FIXED = FileTime.fromMillis(315_532_800_000L);

  private Zips() {}

  /**
   * Rewrites a package.
   *
   * @param bytes the package as written by POI
   * @return the package with fixed entry times
   * @throws IOException when the package is no zip
   */
  public static byte[] normalize(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false, true);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        copy.setLastModifiedTime(FIXED);
        copy.setTime(FIXED.toMillis());
        zip.putArchiveEntry(copy);
        in.transferTo(zip);
        zip.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }
}
