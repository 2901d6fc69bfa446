package org.wsis.roadmap.examples;

import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.office.RoadmapWordDocument;

/**
 * Publishes a roadmap as a Word document in the published layout, for a facilitator to edit and send back.
 *
 * <pre>{@code
 * WordPublicationExample.publish(WsisRoadmaps.edition2024(), Path.of("roadmaps-2024.docx"));
 * }</pre>
 */
public final class WordPublicationExample {
  private WordPublicationExample() {}

  /**
   * Publishes a roadmap: title block, introduction, one table of seven columns per action line.
   *
   * @param roadmap the roadmap
   * @param document the .docx file to create or replace
   */
  public static void publish(Roadmap roadmap, Path document) {
    // tag::publish[]
    RoadmapWordDocument.publish(roadmap, document);
    System.out.println("published " + roadmap.getActionLines().size() + " action line tables, "
        + roadmap.outcomes().size() + " outcomes to " + document.getFileName());
    // end::publish[]
  }

  /**
   * Publishes the 2024 roadmaps to the file named by the first argument.
   *
   * @param args the path of the .docx file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: WordPublicationExample DOCUMENT.docx");
      return;
    }
    publish(WsisRoadmaps.edition2024(), Path.of(args[0]));
  }
}
