package org.wsis.roadmap.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wsis.roadmap.RoadmapException;

/**
 * Reads the tab-separated catalogue resources bundled in {@code org/wsis/roadmap/catalogue/}.
 *
 * <p>Format: UTF-8, one record per line, cells separated by a tab; lines starting with {@code #} are
 * comments (the first names the columns). In a cell, {@code \t}, {@code \n} and {@code \\} stand for
 * a tab, a line break and a backslash; lists inside a cell are separated by {@code |}.
 *
 * <pre>{@code
 * List<List<String>> rows = Tsv.read("sdg-targets.tsv", 3);
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class Tsv {
  /** The folder of the catalogue resources on the class path. */
  public static final String FOLDER = "/org/wsis/roadmap/catalogue/";

  /** The separator of list items inside one cell. */
  public static final char LIST_SEPARATOR = '|';

  private Tsv() {}

  /**
   * Reads every record of a bundled catalogue resource.
   *
   * @param name the file name in {@link #FOLDER}, such as {@code "sdg-targets.tsv"}
   * @param columns the number of cells every record must have
   * @return the records, each an unmodifiable list of cells as stored (read them with {@link #text} or {@link #list})
   * @throws RoadmapException when the resource is missing, unreadable or malformed (a broken build)
   */
  public static List<List<String>> read(String name, int columns) {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Tsv.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new RoadmapException("Bundled catalogue resource is missing from the class path: '" + FOLDER + name + "'");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new RoadmapException("Bundled catalogue resource '" + name + "' line " + number + " must have "
              + columns + " cells, but had " + cells.length + ": '" + line + "'");
        }
        rows.add(List.of(cells));
      }
    } catch (IOException e) {
      throw new RoadmapException("Bundled catalogue resource '" + name + "' could not be read", new UncheckedIOException(e));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Reads a list cell: items separated by {@link #LIST_SEPARATOR}, each escaped.
   *
   * @param cell the cell as stored; empty means an empty list
   * @return the items, unescaped
   */
  public static List<String> list(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : cell.split("\\|", -1)) {
      items.add(text(item));
    }
    return List.copyOf(items);
  }

  /**
   * Writes a list so that it fits in one cell.
   *
   * @param items the items
   * @return the escaped items joined by {@link #LIST_SEPARATOR}
   */
  public static String list(List<String> items) {
    StringBuilder out = new StringBuilder();
    for (String item : items) {
      if (out.length() > 0) {
        out.append(LIST_SEPARATOR);
      }
      out.append(escape(item));
    }
    return out.toString();
  }

  /**
   * Writes a value so that it fits in one cell.
   *
   * @param value any text
   * @return the text with backslash, tab, line breaks and the list separator escaped
   */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '|' -> out.append("\\p");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Reads a text cell: reverses {@link #escape}.
   *
   * @param cell a cell as stored
   * @return the value
   */
  public static String text(String cell) {
    if (cell.indexOf('\\') < 0) {
      return cell;
    }
    StringBuilder out = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        char n = cell.charAt(++i);
        out.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 'p' -> '|';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
