package org.wsis.roadmap.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this library, as the build wrote it into {@code library.properties}. */
public final class LibraryVersion {
  private static final String VERSION = load();

  private LibraryVersion() {}

  /**
   * Returns the version.
   *
   * @return such as {@code "0.1.0"}
   */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("/org/wsis/roadmap/io/library.properties")) {
      if (in == null) {
        throw new IllegalStateException("library.properties is missing from the roadmap-io jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new org.wsis.roadmap.RoadmapIoException("cannot read library.properties of the roadmap-io jar", null, e);
    }
  }
}
