package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of the library this command belongs to, from the build. */
final class Versions implements IVersionProvider {
  private static final String LIBRARY = load();

  /**
   * Returns the library version.
   *
   * @return such as {@code "0.1.0-SNAPSHOT"}
   */
  static String library() {
    return LIBRARY;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"roadmap (wsis-roadmap) " + LIBRARY, "Java " + System.getProperty("java.version")};
  }

  private static String load() {
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the roadmap-cli jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
