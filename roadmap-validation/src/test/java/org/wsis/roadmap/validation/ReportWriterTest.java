package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.OutcomeId;

/** The text, JSON and SARIF reports, byte for byte, on small reports built by hand. */
final class ReportWriterTest {
  private static final Waiver UNTIL_JUNE = Waiver.builder().ruleId("WSIS-TIME-003").location("C2.GT.*").reason("Timing follows in 2025")
      .expires(LocalDate.of(2025, 6, 30)).build();
  private static final Waiver OPEN_ENDED = Waiver.builder().ruleId("WSIS-TEXT-003").location("C5.**").reason("Evidence is \"pending\"").build();

  /** One finding of each kind: on an outcome with a line, on the roadmap, waived with and without expiry, on an outcome without a line. */
  static ValidationReport sample() {
    return ValidationReport.builder()
        .libraryVersion("1.2.3")
        .catalogueVersion("2024.1")
        .profile("strict")
        .roadmapId("fixture")
        .roadmapAsOf(LocalDate.of(2024, 10, 11))
        .findings(List.of(
            Finding.builder().rule(Rule.TEXT_001).severity(Severity.ERROR).message("outcome must have a statement")
                .pointer("/actionLines/0/outcomes/0/statement").outcomeId(OutcomeId.parse("C2.GT.A")).line(10).build(),
            Finding.builder().rule(Rule.STR_007).severity(Severity.WARNING).message("facilitator was: \"UNESCO\"")
                .pointer("/facilitator").build(),
            Finding.builder().rule(Rule.TIME_003).severity(Severity.WARNING).message("outcome must have a timing")
                .pointer("/actionLines/0/outcomes/1/timing").outcomeId(OutcomeId.parse("C2.GT.B")).line(20).waiver(UNTIL_JUNE).build(),
            Finding.builder().rule(Rule.TEXT_003).severity(Severity.INFO).message("the evidence cell must be filled")
                .pointer("/actionLines/1/outcomes/0/evidence").outcomeId(OutcomeId.parse("C5.GT.A")).waiver(OPEN_ENDED).build(),
            Finding.builder().rule(Rule.VAL_002).severity(Severity.INFO).message("a waiver must match a finding").pointer("").build()))
        .build();
  }

  static ValidationReport empty() {
    return ValidationReport.builder().libraryVersion("1.2.3").catalogueVersion("2024.1").profile("default").roadmapId("undated").build();
  }

  @Test
  void text_sample_isExact() {
    assertThat(sample().toText()).isEqualTo("""
        WSIS roadmap validation report
        roadmap:  fixture (as of 2024-10-11)
        profile:  strict
        library:  1.2.3, rule catalogue 2024.1
        result:   NOT VALID: 0 fatal, 1 errors, 1 warnings, 1 infos, 2 waived

        ERROR WSIS-TEXT-001 Outcome has a statement (1)
          outcome must have a statement
            C2.GT.A (line 10) /actionLines/0/outcomes/0/statement

        WARNING WSIS-STR-007 Facilitator is the action lines' facilitator (1)
          facilitator was: "UNESCO"
            /facilitator

        INFO WSIS-VAL-002 Waivers match a finding (1)
          a waiver must match a finding
            /

        WAIVED (2)
          WARNING WSIS-TIME-003 C2.GT.B (line 20): outcome must have a timing
            waived: Timing follows in 2025 (until 2025-06-30)
          INFO WSIS-TEXT-003 C5.GT.A: the evidence cell must be filled
            waived: Evidence is "pending"
        """);
  }

  @Test
  void text_emptyUndated_isExact() {
    assertThat(empty().toText()).isEqualTo("""
        WSIS roadmap validation report
        roadmap:  undated (undated)
        profile:  default
        library:  1.2.3, rule catalogue 2024.1
        result:   VALID: 0 fatal, 0 errors, 0 warnings, 0 infos, 0 waived
        """);
  }

  @Test
  void json_sample_isExact() {
    assertThat(sample().toJson()).isEqualTo("""
        {
          "libraryVersion" : "1.2.3",
          "catalogueVersion" : "2024.1",
          "profile" : "strict",
          "roadmap" : {
            "id" : "fixture",
            "asOf" : "2024-10-11"
          },
          "valid" : false,
          "counts" : {
            "FATAL" : 0,
            "ERROR" : 1,
            "WARNING" : 1,
            "INFO" : 1,
            "WAIVED" : 2
          },
          "findings" : [
            {
              "ruleId" : "WSIS-TEXT-001",
              "severity" : "ERROR",
              "message" : "outcome must have a statement",
              "pointer" : "/actionLines/0/outcomes/0/statement",
              "outcomeId" : "C2.GT.A",
              "line" : 10
            },
            {
              "ruleId" : "WSIS-STR-007",
              "severity" : "WARNING",
              "message" : "facilitator was: \\"UNESCO\\"",
              "pointer" : "/facilitator"
            },
            {
              "ruleId" : "WSIS-TIME-003",
              "severity" : "WARNING",
              "message" : "outcome must have a timing",
              "pointer" : "/actionLines/0/outcomes/1/timing",
              "outcomeId" : "C2.GT.B",
              "line" : 20,
              "waiver" : {
                "location" : "C2.GT.*",
                "reason" : "Timing follows in 2025",
                "expires" : "2025-06-30"
              }
            },
            {
              "ruleId" : "WSIS-TEXT-003",
              "severity" : "INFO",
              "message" : "the evidence cell must be filled",
              "pointer" : "/actionLines/1/outcomes/0/evidence",
              "outcomeId" : "C5.GT.A",
              "waiver" : {
                "location" : "C5.**",
                "reason" : "Evidence is \\"pending\\""
              }
            },
            {
              "ruleId" : "WSIS-VAL-002",
              "severity" : "INFO",
              "message" : "a waiver must match a finding",
              "pointer" : ""
            }
          ]
        }
        """);
  }

  @Test
  void json_emptyUndated_isExact() {
    assertThat(empty().toJson()).isEqualTo("""
        {
          "libraryVersion" : "1.2.3",
          "catalogueVersion" : "2024.1",
          "profile" : "default",
          "roadmap" : {
            "id" : "undated"
          },
          "valid" : true,
          "counts" : {
            "FATAL" : 0,
            "ERROR" : 0,
            "WARNING" : 0,
            "INFO" : 0,
            "WAIVED" : 0
          },
          "findings" : [ ]
        }
        """);
  }

  @Test
  void sarif_sample_isExact() {
    assertThat(sample().toSarif("roadmaps/fixture.txt")).isEqualTo("""
        {
          "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
          "version" : "2.1.0",
          "runs" : [
            {
              "tool" : {
                "driver" : {
                  "name" : "wsis-roadmap-validator",
                  "version" : "1.2.3",
                  "informationUri" : "https://github.com/wsis-roadmap/wsis-roadmap",
                  "properties" : {
                    "catalogueVersion" : "2024.1",
                    "profile" : "strict"
                  },
                  "rules" : [
                    {
                      "id" : "WSIS-TIME-003",
                      "name" : "TIME_003",
                      "shortDescription" : {
                        "text" : "Outcome has a timing"
                      },
                      "fullDescription" : {
                        "text" : "The Proposed Timing column is part of every roadmap row; without it the outcome cannot be followed up."
                      },
                      "defaultConfiguration" : {
                        "level" : "warning"
                      },
                      "properties" : {
                        "family" : "TIMING",
                        "defaultSeverity" : "WARNING",
                        "since" : "0.1.0"
                      }
                    },
                    {
                      "id" : "WSIS-TEXT-001",
                      "name" : "TEXT_001",
                      "shortDescription" : {
                        "text" : "Outcome has a statement"
                      },
                      "fullDescription" : {
                        "text" : "An outcome with neither a statement nor sub-items says nothing; usually a row was split or lost."
                      },
                      "defaultConfiguration" : {
                        "level" : "error"
                      },
                      "properties" : {
                        "family" : "TEXT",
                        "defaultSeverity" : "ERROR",
                        "since" : "0.1.0"
                      }
                    },
                    {
                      "id" : "WSIS-TEXT-003",
                      "name" : "TEXT_003",
                      "shortDescription" : {
                        "text" : "Cells are filled like the rest of the action line"
                      },
                      "fullDescription" : {
                        "text" : "A column (evidence, references, COVID-19 response) left empty in one row while at least two thirds of the other rows of the action line fill it is probably a gap."
                      },
                      "defaultConfiguration" : {
                        "level" : "note"
                      },
                      "properties" : {
                        "family" : "TEXT",
                        "defaultSeverity" : "INFO",
                        "since" : "0.1.0"
                      }
                    },
                    {
                      "id" : "WSIS-STR-007",
                      "name" : "STR_007",
                      "shortDescription" : {
                        "text" : "Facilitator is the action lines' facilitator"
                      },
                      "fullDescription" : {
                        "text" : "The roadmap's facilitator should be a lead facilitator of every action line it covers, per the WSIS action line catalogue."
                      },
                      "defaultConfiguration" : {
                        "level" : "warning"
                      },
                      "properties" : {
                        "family" : "STRUCTURE",
                        "defaultSeverity" : "WARNING",
                        "since" : "0.1.0"
                      }
                    },
                    {
                      "id" : "WSIS-VAL-002",
                      "name" : "VAL_002",
                      "shortDescription" : {
                        "text" : "Waivers match a finding"
                      },
                      "fullDescription" : {
                        "text" : "A waiver that matches no finding is stale: the finding was fixed or the location changed."
                      },
                      "defaultConfiguration" : {
                        "level" : "note"
                      },
                      "properties" : {
                        "family" : "VALIDATION",
                        "defaultSeverity" : "INFO",
                        "since" : "0.1.0"
                      }
                    }
                  ]
                }
              },
              "properties" : {
                "roadmapId" : "fixture",
                "roadmapAsOf" : "2024-10-11"
              },
              "results" : [
                {
                  "ruleId" : "WSIS-TEXT-001",
                  "ruleIndex" : 1,
                  "level" : "error",
                  "message" : {
                    "text" : "outcome must have a statement"
                  },
                  "locations" : [
                    {
                      "physicalLocation" : {
                        "artifactLocation" : {
                          "uri" : "roadmaps/fixture.txt"
                        },
                        "region" : {
                          "startLine" : 10
                        }
                      },
                      "logicalLocations" : [
                        {
                          "fullyQualifiedName" : "/actionLines/0/outcomes/0/statement",
                          "name" : "C2.GT.A",
                          "kind" : "element"
                        }
                      ]
                    }
                  ],
                  "properties" : {
                    "severity" : "ERROR"
                  }
                },
                {
                  "ruleId" : "WSIS-STR-007",
                  "ruleIndex" : 3,
                  "level" : "warning",
                  "message" : {
                    "text" : "facilitator was: \\"UNESCO\\""
                  },
                  "locations" : [
                    {
                      "logicalLocations" : [
                        {
                          "fullyQualifiedName" : "/facilitator",
                          "kind" : "object"
                        }
                      ]
                    }
                  ],
                  "properties" : {
                    "severity" : "WARNING"
                  }
                },
                {
                  "ruleId" : "WSIS-TIME-003",
                  "ruleIndex" : 0,
                  "level" : "warning",
                  "message" : {
                    "text" : "outcome must have a timing"
                  },
                  "locations" : [
                    {
                      "physicalLocation" : {
                        "artifactLocation" : {
                          "uri" : "roadmaps/fixture.txt"
                        },
                        "region" : {
                          "startLine" : 20
                        }
                      },
                      "logicalLocations" : [
                        {
                          "fullyQualifiedName" : "/actionLines/0/outcomes/1/timing",
                          "name" : "C2.GT.B",
                          "kind" : "element"
                        }
                      ]
                    }
                  ],
                  "suppressions" : [
                    {
                      "kind" : "external",
                      "status" : "accepted",
                      "justification" : "Timing follows in 2025"
                    }
                  ],
                  "properties" : {
                    "severity" : "WARNING"
                  }
                },
                {
                  "ruleId" : "WSIS-TEXT-003",
                  "ruleIndex" : 2,
                  "level" : "note",
                  "message" : {
                    "text" : "the evidence cell must be filled"
                  },
                  "locations" : [
                    {
                      "logicalLocations" : [
                        {
                          "fullyQualifiedName" : "/actionLines/1/outcomes/0/evidence",
                          "name" : "C5.GT.A",
                          "kind" : "element"
                        }
                      ]
                    }
                  ],
                  "suppressions" : [
                    {
                      "kind" : "external",
                      "status" : "accepted",
                      "justification" : "Evidence is \\"pending\\""
                    }
                  ],
                  "properties" : {
                    "severity" : "INFO"
                  }
                },
                {
                  "ruleId" : "WSIS-VAL-002",
                  "ruleIndex" : 4,
                  "level" : "note",
                  "message" : {
                    "text" : "a waiver must match a finding"
                  },
                  "locations" : [
                    {
                      "logicalLocations" : [
                        {
                          "fullyQualifiedName" : "/",
                          "kind" : "object"
                        }
                      ]
                    }
                  ],
                  "properties" : {
                    "severity" : "INFO"
                  }
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void sarif_emptyUndated_isExact() {
    assertThat(empty().toSarif("r.txt")).isEqualTo("""
        {
          "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
          "version" : "2.1.0",
          "runs" : [
            {
              "tool" : {
                "driver" : {
                  "name" : "wsis-roadmap-validator",
                  "version" : "1.2.3",
                  "informationUri" : "https://github.com/wsis-roadmap/wsis-roadmap",
                  "properties" : {
                    "catalogueVersion" : "2024.1",
                    "profile" : "default"
                  },
                  "rules" : [ ]
                }
              },
              "properties" : {
                "roadmapId" : "undated"
              },
              "results" : [ ]
            }
          ]
        }
        """);
  }

  @Test
  void text_controlCharactersInValues_areEscapedButJsonKeepsThem() {
    ValidationReport report = ValidationReport.builder().libraryVersion("1.2.3").catalogueVersion("2024.1")
        .profile("default").roadmapId("r\u001b[2J")
        .findings(List.of(Finding.builder().rule(Rule.TEXT_005).severity(Severity.WARNING)
            .message("brackets must be balanced, but ')' closes nothing in: 'x) \u001b]0;PWNED\u0007\u0085\u202e'")
            .pointer("/actionLines/0/outcomes/0/statement").outcomeId(OutcomeId.parse("C2.GT.A")).build()))
        .build();

    String text = report.toText();

    assertThat(text).doesNotContain("\u001b", "\u0007", "\u0085", "\u202e")
        .contains("roadmap:  r\\u001b[2J (undated)\n")
        .contains("closes nothing in: 'x) \\u001b]0;PWNED\\u0007\\u0085\\u202e'\n");
    assertThat(report.toJson()).contains("PWNED\\u0007");
  }
}
