package org.wsis.roadmap;

/**
 * The bodies whose resolutions the roadmaps cite. Resolution numbers are unique only within one
 * body: PP Resolution 37 and WTDC Resolution 37 are different texts.
 *
 * <pre>{@code
 * ResolutionBody.PP.getTitle(); // "Plenipotentiary Conference"
 * }</pre>
 */
public enum ResolutionBody {
  /** The ITU Plenipotentiary Conference. */
  PP("Plenipotentiary Conference"),
  /** The World Telecommunication Development Conference. */
  WTDC("World Telecommunication Development Conference"),
  /** The World Telecommunication Standardization Assembly. */
  WTSA("World Telecommunication Standardization Assembly"),
  /** The ITU Council. */
  COUNCIL("ITU Council"),
  /** The Radiocommunication Assembly. */
  RA("Radiocommunication Assembly"),
  /** The World Radiocommunication Conference. */
  WRC("World Radiocommunication Conference"),
  /** The United Nations General Assembly. */
  UNGA("United Nations General Assembly");

  private final String title;

  ResolutionBody(String title) {
    this.title = title;
  }

  /**
   * Returns the body's full English name.
   *
   * @return the name
   */
  public String getTitle() {
    return title;
  }
}
