package org.wsis.roadmap.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.wsis.roadmap.io.RoadmapFormat;

/**
 * The formats of the optional modules in the directory {@code optional/} next to {@code roadmap.jar}
 * (the distribution's {@code lib/optional/}): found only when a format that is not built in is asked
 * for, through a class loader of their own, so that a command using the built-in formats never opens
 * those jars (Apache POI and Eclipse RDF4J with their libraries, about 26 MB).
 *
 * <p>When the command does not run from a jar (tests, an IDE), or the directory is missing, there are
 * none: the formats on the class path are those {@link RoadmapFormat#all()} finds.
 */
final class OptionalModules {
  private OptionalModules() {}

  /** The formats found, once. */
  private static final class Found {
    static final List<RoadmapFormat> FORMATS = load();
  }

  /**
   * Returns the formats of the optional modules next to the jar, loading them on the first call.
   *
   * @return the formats, in the order of the jars' names then of their service files; empty when there are none
   */
  static List<RoadmapFormat> formats() {
    return Found.FORMATS;
  }

  private static List<RoadmapFormat> load() {
    List<URL> jars = jars(directory());
    if (jars.isEmpty()) {
      return List.of();
    }
    ClassLoader parent = OptionalModules.class.getClassLoader();
    URLClassLoader loader = new URLClassLoader("roadmap-optional", jars.toArray(URL[]::new), parent);
    // RDF4J and Apache POI find their own services and types through the context class loader.
    Thread.currentThread().setContextClassLoader(loader);
    List<RoadmapFormat> formats = new ArrayList<>();
    Iterator<RoadmapFormat> providers = ServiceLoader.load(RoadmapFormat.class, loader).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        RoadmapFormat format = providers.next();
        if (format.getClass().getClassLoader() == loader) {
          formats.add(format);
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        // a jar missing or damaged: its formats are listed as not installed
      }
    }
    return List.copyOf(formats);
  }

  /** The directory {@code optional/} next to the jar this class runs from, or null when it runs from a directory. */
  static Path directory() {
    try {
      CodeSource source = OptionalModules.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(jar) && jar.getParent() != null ? jar.getParent().resolve("optional") : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static List<URL> jars(Path directory) {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      return List.of();
    }
    files.sort(null);
    List<URL> urls = new ArrayList<>();
    for (Path file : files) {
      try {
        urls.add(file.toUri().toURL());
      } catch (MalformedURLException e) {
        // not a file URL: skipped
      }
    }
    return urls;
  }
}
