package org.wsis.roadmap.report.internal;

import java.util.Locale;
import org.wsis.roadmap.SdgGoal;

/**
 * The official colours of the 17 SDG goals (United Nations, SDG communication guidelines) and a text
 * colour for each that keeps the contrast ratio of WCAG 2 at 4.5 or more.
 */
public final class SdgColours {
  private static final String[] GOALS = {
    "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
    "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A"
  };

  private SdgColours() {}

  /**
   * Returns the official colour of a goal.
   *
   * @param goal the goal
   * @return such as {@code "#FD6925"} for SDG 9
   */
  public static String of(SdgGoal goal) {
    return GOALS[goal.getNumber() - 1];
  }

  /**
   * Returns black or white, whichever contrasts more with a background.
   *
   * @param background such as {@code "#FD6925"}
   * @return {@code "#000000"} or {@code "#FFFFFF"}
   */
  public static String textOn(String background) {
    double luminance = luminance(background);
    double withBlack = (luminance + 0.05) / 0.05;
    double withWhite = 1.05 / (luminance + 0.05);
    return withBlack >= withWhite ? "#000000" : "#FFFFFF";
  }

  /**
   * Returns the WCAG 2 contrast ratio of two colours.
   *
   * @param a such as {@code "#FFFFFF"}
   * @param b such as {@code "#000000"}
   * @return from 1 to 21
   */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * Mixes two colours.
   *
   * @param from the colour at 0
   * @param to the colour at 1
   * @param t from 0 to 1
   * @return the colour in between, such as {@code "#6BAED6"}
   */
  public static String mix(String from, String to, double t) {
    int[] a = rgb(from);
    int[] b = rgb(to);
    int[] c = new int[3];
    for (int i = 0; i < 3; i++) {
      c[i] = (int) Math.round(a[i] + (b[i] - a[i]) * t);
    }
    return String.format(Locale.ROOT, "#%02X%02X%02X", c[0], c[1], c[2]);
  }

  private static double luminance(String colour) {
    int[] c = rgb(colour);
    return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
  }

  private static double linear(int channel) {
    double s = channel / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  private static int[] rgb(String colour) {
    int value = Integer.parseInt(colour.substring(1), 16);
    return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
  }
}
