package org.wsis.roadmap.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Checks an Office Open XML package before Apache POI opens it, reading it as a stream in bounded
 * memory: it must be a zip (not an encrypted or legacy binary file), hold no macros, declare no DTD
 * or entity in any part, and not inflate beyond the limits (zip bombs).
 */
public final class PackageGuard {
  /** The smallest ratio of compressed to uncompressed size accepted once past {@link #RATIO_FREE_BYTES}. */
  public static final int MAX_INFLATE_RATIO = 100;

  /** The uncompressed bytes allowed before the inflate ratio is checked. */
  public static final long RATIO_FREE_BYTES = 1024 * 1024;

  /** The most entries of a package. */
  public static final int MAX_ENTRIES = 10_000;

  private static final String[] REFUSED_MARKUP = {"<!doctype", "<!entity"};

  /** Why a package is refused; the message says it in full. */
  public static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String part;

    Refusal(String message, String part) {
      super(message);
      this.part = part;
    }

    /** @return the part (zip entry) at fault, {@code ""} for the whole file */
    public String part() {
      return part;
    }
  }

  private PackageGuard() {}

  /**
   * Checks a package.
   *
   * @param bytes the whole file
   * @param what what the file should be, such as {@code "workbook (.xlsx)"}
   * @param macroPart the entry holding macros of that kind of file, such as {@code "xl/vbaProject.bin"}
   * @param maxUncompressed the most bytes all parts may inflate to
   * @throws Refusal when the file is refused
   */
  public static void check(byte[] bytes, String what, String macroPart, long maxUncompressed) throws Refusal {
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xe0) {
      throw new Refusal(what + " must be an unencrypted Office Open XML file, but was an encrypted (password-protected)"
          + " file or a legacy binary (.xls, .doc) file", "");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      throw new Refusal(what + " must be an Office Open XML (zip) file, but it does not start like a zip file", "");
    }
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (++entries > MAX_ENTRIES) {
          throw new Refusal(what + " must have at most " + MAX_ENTRIES + " parts, but has more", name);
        }
        if (name.equalsIgnoreCase(macroPart) || name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
          throw new Refusal(what + " must hold no macros, but has the part '" + name + "' (a macro-enabled file renamed?)", name);
        }
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
        String tail = "";
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > maxUncompressed) {
            throw new Refusal(what + " must inflate to at most " + maxUncompressed + " bytes (see ReadLimits), but inflates"
                + " to more (a zip bomb?)", name);
          }
          if (total > RATIO_FREE_BYTES && total > (long) bytes.length * MAX_INFLATE_RATIO) {
            throw new Refusal(what + " must inflate at most " + MAX_INFLATE_RATIO + " times its size, but inflates more"
                + " (a zip bomb?)", name);
          }
          if (xml) {
            String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String markup : REFUSED_MARKUP) {
              if (chunk.contains(markup)) {
                throw new Refusal(what + " must declare no DTD or entity in any part, but the part '" + name + "' has '"
                    + markup.toUpperCase(Locale.ROOT) + "'", name);
              }
            }
            tail = chunk.substring(Math.max(0, chunk.length() - 16));
          }
        }
        if (name.equals("[Content_Types].xml")) {
          checkContentTypes(bytes, what);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new Refusal(what + " must be a readable zip file, but " + org.wsis.roadmap.RoadmapException.quote(String.valueOf(e.getMessage())), "");
    }
    if (entries == 0) {
      throw new Refusal(what + " must be a zip file with parts, but has none", "");
    }
  }

  private static void checkContentTypes(byte[] bytes, String what) throws Refusal, IOException {
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals("[Content_Types].xml")) {
          InputStream in = zip;
          byte[] head = in.readNBytes(1 << 20);
          if (new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw new Refusal(what + " must hold no macros, but its content types declare a macro-enabled file", entry.getName());
          }
          return;
        }
      }
    }
  }
}
