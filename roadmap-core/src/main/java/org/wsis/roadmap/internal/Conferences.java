package org.wsis.roadmap.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wsis.roadmap.ResolutionBody;

/**
 * The ITU conferences and assemblies whose resolutions the roadmaps cite, with venue and year, so
 * that a citation such as {@code Resolution 174 (Rev. Dubai, 2018)} or {@code WTSA-20 Resolution 44}
 * tells its body. Resolutions of these bodies are cited {@code Resolution <n> (Rev. <venue>, <year>)};
 * venue and year name the conference that adopted or last revised them, and numbers are unique only
 * within one body, so the body is part of the key.
 *
 * <p>The list: Plenipotentiary Conferences PP-94 Kyoto to PP-22 Bucharest; World Telecommunication
 * Development Conferences WTDC-94 Buenos Aires to WTDC-22 Kigali; World Telecommunication
 * Standardization Assemblies WTSA-96 Geneva to WTSA-24 New Delhi (WTSA-20 met in Geneva in 2022);
 * World Radiocommunication Conferences WRC-2000 to WRC-23 and Radiocommunication Assemblies RA-19
 * and RA-23. PP-22 Bucharest, WTDC-22 Kigali and WTSA-24 New Delhi are confirmed by the sources in
 * {@code org/wsis/roadmap/catalogue/PROVENANCE.md} (section 3); the other venues and years are the
 * well-known ITU record and were not checked against a source bundled here. A venue and year shared
 * by two bodies (Dubai 2023: WRC-23 and RA-23) names no body.
 *
 * <pre>{@code
 * Conferences.bodyOf("Dubai", 2018); // Optional[PP]
 * Conferences.yearOf(ResolutionBody.WTSA, "20"); // Optional[2022]
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class Conferences {
  private static final class Conference {
    final ResolutionBody body;
    final String label;
    final String place;
    final int year;

    Conference(ResolutionBody body, String label, String place, int year) {
      this.body = body;
      this.label = label;
      this.place = place;
      this.year = year;
    }
  }

  private static final List<Conference> ALL = new ArrayList<>();

  static {
    pp("94", "Kyoto", 1994);
    pp("98", "Minneapolis", 1998);
    pp("02", "Marrakesh", 2002);
    pp("06", "Antalya", 2006);
    pp("10", "Guadalajara", 2010);
    pp("14", "Busan", 2014);
    pp("18", "Dubai", 2018);
    pp("22", "Bucharest", 2022);
    add(ResolutionBody.WTDC, "94", "Buenos Aires", 1994);
    add(ResolutionBody.WTDC, "98", "Valletta", 1998);
    add(ResolutionBody.WTDC, "02", "Istanbul", 2002);
    add(ResolutionBody.WTDC, "06", "Doha", 2006);
    add(ResolutionBody.WTDC, "10", "Hyderabad", 2010);
    add(ResolutionBody.WTDC, "14", "Dubai", 2014);
    add(ResolutionBody.WTDC, "17", "Buenos Aires", 2017);
    add(ResolutionBody.WTDC, "22", "Kigali", 2022);
    add(ResolutionBody.WTSA, "96", "Geneva", 1996);
    add(ResolutionBody.WTSA, "2000", "Montreal", 2000);
    add(ResolutionBody.WTSA, "04", "Florianópolis", 2004);
    add(ResolutionBody.WTSA, "08", "Johannesburg", 2008);
    add(ResolutionBody.WTSA, "12", "Dubai", 2012);
    add(ResolutionBody.WTSA, "16", "Hammamet", 2016);
    add(ResolutionBody.WTSA, "20", "Geneva", 2022);
    add(ResolutionBody.WTSA, "24", "New Delhi", 2024);
    add(ResolutionBody.WRC, "2000", "Istanbul", 2000);
    add(ResolutionBody.WRC, "03", "Geneva", 2003);
    add(ResolutionBody.WRC, "07", "Geneva", 2007);
    add(ResolutionBody.WRC, "12", "Geneva", 2012);
    add(ResolutionBody.WRC, "15", "Geneva", 2015);
    add(ResolutionBody.WRC, "19", "Sharm el-Sheikh", 2019);
    add(ResolutionBody.WRC, "23", "Dubai", 2023);
    add(ResolutionBody.RA, "19", "Sharm el-Sheikh", 2019);
    add(ResolutionBody.RA, "23", "Dubai", 2023);
  }

  private Conferences() {}

  private static void pp(String label, String place, int year) {
    add(ResolutionBody.PP, label, place, year);
  }

  private static void add(ResolutionBody body, String label, String place, int year) {
    ALL.add(new Conference(body, label, place, year));
  }

  /**
   * Tells which body met at a venue in a year.
   *
   * @param place the venue as cited, such as {@code "Kigali"} or {@code "Florianopolis"} (case and
   *     accents are ignored)
   * @param year the year
   * @return the body, or empty when no known conference, or more than one, matches
   */
  public static Optional<ResolutionBody> bodyOf(String place, int year) {
    String key = key(place);
    ResolutionBody found = null;
    for (Conference c : ALL) {
      if (c.year == year && key(c.place).equals(key)) {
        if (found != null && found != c.body) {
          return Optional.empty();
        }
        found = c.body;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the venues, longest first.
   *
   * @return the distinct venue names
   */
  public static List<String> venues() {
    List<String> venues = new ArrayList<>();
    for (Conference c : ALL) {
      if (!venues.contains(c.place)) {
        venues.add(c.place);
      }
    }
    venues.sort((a, b) -> b.length() - a.length());
    return venues;
  }

  /**
   * Returns the year a conference with a label met: {@code PP-14} met in 2014, {@code WTSA-20} in 2022.
   *
   * @param body the body
   * @param label the digits after the dash, two or four
   * @return the year; for a label not in the list, the label read as a year ({@code 14} as 2014)
   */
  public static Optional<Integer> yearOf(ResolutionBody body, String label) {
    for (Conference c : ALL) {
      if (c.body == body && c.label.equals(label)) {
        return Optional.of(c.year);
      }
    }
    if (label.length() == 4) {
      return Optional.of(Integer.parseInt(label));
    }
    if (label.length() == 2) {
      int yy = Integer.parseInt(label);
      return Optional.of(yy >= 50 ? 1900 + yy : 2000 + yy);
    }
    return Optional.empty();
  }

  private static String key(String place) {
    String decomposed = Normalizer.normalize(place, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT).strip();
  }
}
