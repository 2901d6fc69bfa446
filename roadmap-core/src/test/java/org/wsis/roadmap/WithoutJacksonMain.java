package org.wsis.roadmap;

import java.util.Locale;

/**
 * Uses the catalogues and the cell readers with only the JDK and roadmap-core on the class path;
 * run by {@link WithoutJacksonTest} in a separate JVM. Exits with 0 when every answer is as expected.
 */
final class WithoutJacksonMain {
  private WithoutJacksonMain() {}

  public static void main(String[] args) {
    boolean ok = SdgCatalogue.targetCount() == 169
        && SdgCatalogue.indicatorEntryCount() == 248
        && SdgGoal.NINE.getShortTitle(Locale.FRENCH).equals("Industrie, innovation et infrastructure")
        && ActionLine.C5.getLeadFacilitators().contains("ITU")
        && WsisSdgMatrix.entries().size() == 18
        && WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9.c"))
        && Timing.read("2020-2025").getEntries().size() == 1
        && Reference.readAll("Council Resolution 1306").size() == 1
        && SdgCell.read("SDG 8,9").getLinks().size() == 2
        && Metric.find("over 40,000 (2023)").isPresent();
    try {
      Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      ok = false; // the class path of this check must not hold Jackson
    } catch (ClassNotFoundException expected) {
      // as intended
    }
    System.exit(ok ? 0 : 1);
  }
}
