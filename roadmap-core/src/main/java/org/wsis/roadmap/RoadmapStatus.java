package org.wsis.roadmap;

/**
 * Whether a roadmap edition is a draft or a final text.
 *
 * <pre>{@code
 * Roadmap.builder().status(RoadmapStatus.DRAFT);
 * }</pre>
 */
public enum RoadmapStatus {
  /** A draft, such as the "Draft as of 11 October 2024" edition. */
  DRAFT,
  /** A final, adopted text. */
  FINAL
}
