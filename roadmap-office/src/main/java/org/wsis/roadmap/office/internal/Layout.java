package org.wsis.roadmap.office.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.io.RoadmapJson;

/**
 * The workbook layout, derived from the JSON Schema of the canonical JSON (which roadmap-io
 * generates from the model): one sheet per list, one column per scalar property (nested objects
 * flattened into dotted headers), key columns linking each row to its parent row. A property added
 * to the model appears in the schema and so in the layout, with no change here.
 */
public final class Layout {
  /** The JSON type a column holds; every cell is written as text. */
  public enum Type {
    /** A JSON string. */
    STRING,
    /** A JSON integer. */
    INTEGER,
    /** A JSON number. */
    NUMBER,
    /** A JSON boolean. */
    BOOLEAN,
    /** Marks an optional object that is present but may have no other cell filled. */
    MARKER
  }

  /** The text of a {@link Type#MARKER} cell. */
  public static final String PRESENT = "present";

  /** The header of the position column of lists without an identifier. */
  public static final String POSITION = "position";

  /** The header of the value column of lists of texts. */
  public static final String VALUE = "value";

  /** The name of the roadmap sheet (property and value per row). */
  public static final String ROADMAP_SHEET = "roadmap";

  /** The name of the read-me sheet. */
  public static final String README_SHEET = "read-me";

  /** Lists whose items carry their own identifier: the table path and the identifying property. */
  private static final Map<String, String> IDS = Map.of("actionLines", "actionLine", "actionLines.outcomes", "id");

  /** Objects that may carry extensions ({@code x-} properties): the table paths. */
  private static final Set<String> EXTENSIBLE = Set.of("", "actionLines", "actionLines.outcomes");

  /**
   * One column of a table.
   *
   * @param header the header, the dotted path of the property inside the row's object
   * @param path the property names from the row's object to the value
   * @param type what the cell holds
   * @param optionalObjects the dotted paths of the optional objects on the way (absent when they are)
   */
  public record Column(String header, List<String> path, Type type, List<String> optionalObjects) {}

  /**
   * An alternative of a list whose items have several shapes told apart by a constant property.
   *
   * @param discriminator the property holding the constant, such as {@code kind}
   * @param value the constant, such as {@code resolution}
   * @param properties the top-level properties of this shape
   */
  public record Alternative(String discriminator, String value, Set<String> properties) {}

  /** One sheet: a list of the model. */
  public static final class Table {
    final String path;
    final String sheet;
    final @Nullable Table parent;
    final List<String> arrayPath;
    final @Nullable String idProperty;
    final boolean texts;
    final boolean extensible;
    final List<String> keyHeaders = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final List<Alternative> alternatives = new ArrayList<>();
    final List<Table> children = new ArrayList<>();
    final String keyName;

    Table(String path, String sheet, @Nullable Table parent, List<String> arrayPath, boolean texts) {
      this.path = path;
      this.sheet = sheet;
      this.parent = parent;
      this.arrayPath = List.copyOf(arrayPath);
      this.idProperty = IDS.get(path);
      this.texts = texts;
      this.extensible = EXTENSIBLE.contains(path);
      String last = path.isEmpty() ? "roadmap" : path.substring(path.lastIndexOf('.') + 1);
      this.keyName = singular(last);
    }

    /** @return the sheet name */
    public String sheet() {
      return sheet;
    }

    /** @return the path of the list from the roadmap, dotted, {@code ""} for the roadmap itself */
    public String path() {
      return path;
    }

    /** @return the table of the parent rows, null for the roadmap and its own lists */
    public @Nullable Table parent() {
      return parent;
    }

    /** @return the property names from the parent row's object to the list */
    public List<String> arrayPath() {
      return arrayPath;
    }

    /** @return the property identifying an item, or null when items are identified by position */
    public @Nullable String idProperty() {
      return idProperty;
    }

    /** @return whether the list holds texts (one {@code value} column) */
    public boolean texts() {
      return texts;
    }

    /** @return whether rows may carry {@code x-} columns holding JSON text */
    public boolean extensible() {
      return extensible;
    }

    /** @return the headers of the key columns from the ancestors, outermost first */
    public List<String> keyHeaders() {
      return keyHeaders;
    }

    /** @return the columns of the row's own values */
    public List<Column> columns() {
      return columns;
    }

    /** @return the shapes of the items, told apart by a constant; empty when there is one shape */
    public List<Alternative> alternatives() {
      return alternatives;
    }

    /** @return the tables of the lists inside this table's items */
    public List<Table> children() {
      return children;
    }

    /** @return the header a child table uses for this table's key */
    public String keyName() {
      return keyName;
    }

    /** @return whether rows carry a position column */
    public boolean positioned() {
      return !path.isEmpty() && idProperty == null;
    }

    /** @return every header of the sheet in order, extensions left out */
    public List<String> headers() {
      List<String> headers = new ArrayList<>(keyHeaders);
      if (positioned()) {
        headers.add(POSITION);
      }
      for (Column column : columns) {
        headers.add(column.header());
      }
      return headers;
    }
  }

  private static final Layout INSTANCE = new Layout(RoadmapJson.schema());

  private final JsonNode defs;
  private final Table root;
  private final List<Table> tables = new ArrayList<>();
  private final Map<String, Table> bySheet = new LinkedHashMap<>();

  private Layout(String schemaText) {
    JsonNode schema;
    try {
      schema = new ObjectMapper().readTree(schemaText);
    } catch (IOException e) {
      throw new UncheckedIOException("the JSON Schema of roadmap-io cannot be read", e);
    }
    this.defs = schema.path("$defs");
    this.root = new Table("", ROADMAP_SHEET, null, List.of(), false);
    tables.add(root);
    bySheet.put(ROADMAP_SHEET, root);
    fill(root, schema, "", List.of(), new HashSet<>());
  }

  /**
   * Returns the layout of the model of this library version.
   *
   * @return the layout
   */
  public static Layout get() {
    return INSTANCE;
  }

  /** @return the table of the roadmap's own properties */
  public Table root() {
    return root;
  }

  /** @return every table, parents before children, the roadmap first */
  public List<Table> tables() {
    return tables;
  }

  /**
   * Returns the table of a sheet.
   *
   * @param sheet the sheet name
   * @return the table, or null when no table has that sheet name
   */
  public @Nullable Table table(String sheet) {
    return bySheet.get(sheet);
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 16 && current.has("$ref"); i++) {
      String ref = current.get("$ref").asText();
      current = defs.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return current;
  }

  /** Removes a {@code null} alternative; returns the node itself when it is not optional. */
  private JsonNode nonNull(JsonNode node) {
    if (node.has("anyOf")) {
      List<JsonNode> rest = new ArrayList<>();
      for (JsonNode alternative : node.get("anyOf")) {
        if (!"null".equals(alternative.path("type").asText())) {
          rest.add(alternative);
        }
      }
      if (rest.size() == 1) {
        return resolve(rest.get(0));
      }
    }
    return resolve(node);
  }

  private static boolean optional(JsonNode node) {
    if (node.has("anyOf")) {
      for (JsonNode alternative : node.get("anyOf")) {
        if ("null".equals(alternative.path("type").asText())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The object shapes of a node: one for an object, several for an {@code anyOf} of objects. */
  private List<JsonNode> shapes(JsonNode node) {
    JsonNode resolved = nonNull(node);
    List<JsonNode> shapes = new ArrayList<>();
    if (resolved.has("anyOf")) {
      for (JsonNode alternative : resolved.get("anyOf")) {
        JsonNode shape = resolve(alternative);
        if (shape.has("properties")) {
          shapes.add(shape);
        }
      }
    } else if (resolved.has("properties")) {
      shapes.add(resolved);
    }
    return shapes;
  }

  private static Type scalarType(JsonNode node) {
    if (node.has("anyOf")) {
      // a value with several forms (an SDG goal: its number, or its UN IRI): the first is the one the
      // writers write; a cell holding another form is read as text (see WorkbookReader)
      for (JsonNode alternative : node.get("anyOf")) {
        if (!"null".equals(alternative.path("type").asText())) {
          return scalarType(alternative);
        }
      }
    }
    switch (node.path("type").asText()) {
      case "integer":
        return Type.INTEGER;
      case "number":
        return Type.NUMBER;
      case "boolean":
        return Type.BOOLEAN;
      default:
        return Type.STRING;
    }
  }

  /** Adds the columns and child tables of the object (or objects) {@code node} to {@code table}. */
  private void fill(Table table, JsonNode node, String prefix, List<String> optionalObjects, Set<String> seen) {
    List<JsonNode> shapes = shapes(node);
    for (JsonNode shape : shapes) {
      Set<String> own = new java.util.LinkedHashSet<>();
      String discriminator = null;
      String constant = null;
      for (Map.Entry<String, JsonNode> property : shape.get("properties").properties()) {
        String name = property.getKey();
        own.add(name);
        if (property.getValue().has("const")) {
          discriminator = name;
          constant = property.getValue().get("const").asText();
        }
        String header = prefix + name;
        if (!seen.add(header)) {
          continue;
        }
        JsonNode value = nonNull(property.getValue());
        boolean optional = optional(property.getValue());
        List<String> path = new ArrayList<>(prefix.isEmpty() ? List.of() : List.of(prefix.substring(0, prefix.length() - 1).split("\\.")));
        path.add(name);
        if ("array".equals(value.path("type").asText())) {
          JsonNode items = value.path("items");
          String childPath = table.path.isEmpty() ? header : table.path + "." + header;
          String sheet = table == root || table.idProperty != null ? header : table.sheet + "." + header;
          boolean texts = shapes(items).isEmpty();
          Table child = new Table(childPath, sheet, table == root ? null : table, path, texts);
          for (Table up = child.parent; up != null; up = up.parent) {
            child.keyHeaders.add(0, up.keyName);
          }
          if (texts) {
            child.columns.add(new Column(VALUE, List.of(), scalarType(nonNull(items)), List.of()));
          }
          if (bySheet.put(sheet, child) != null || sheet.length() > 31) {
            throw new IllegalStateException("workbook layout: sheet name must be unique and at most 31 characters, but was: " + sheet);
          }
          table.children.add(child);
          tables.add(child);
          if (!texts) {
            fill(child, items, "", List.of(), new HashSet<>());
          }
        } else if (!shapes(property.getValue()).isEmpty()) {
          List<String> objects = new ArrayList<>(optionalObjects);
          if (optional) {
            objects.add(header);
            table.columns.add(new Column(header, path, Type.MARKER, List.copyOf(objects)));
          }
          fill(table, property.getValue(), header + ".", objects, seen);
        } else {
          table.columns.add(new Column(header, path, scalarType(value), List.copyOf(optionalObjects)));
        }
      }
      if (shapes.size() > 1 && discriminator != null && prefix.isEmpty()) {
        table.alternatives.add(new Alternative(discriminator, constant, own));
      }
    }
  }

  /**
   * Returns the singular of a list's name, the header its items' key takes in child sheets.
   *
   * @param name such as {@code outcomes}, {@code entries}
   * @return such as {@code outcome}, {@code entry}
   */
  static String singular(String name) {
    if (name.endsWith("ies")) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("s")) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
