package org.wsis.roadmap.validation;

import java.util.List;

/** A check listed in this module's test {@code META-INF/services}, for {@link RoadmapValidator.Builder#discoverRules}. */
public final class DiscoveredCheck implements RuleCheck {
  static final CustomRule RULE = CustomRule.of("ACME-DISC-001", Severity.INFO, "Discovered", "Found through ServiceLoader.");

  /** Creates the check. */
  public DiscoveredCheck() {}

  @Override
  public List<CustomRule> rules() {
    return List.of(RULE);
  }
}
