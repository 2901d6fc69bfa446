package org.wsis.roadmap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.architecture.fixture.v1.Api;

/**
 * The public API of every published module (the modules that roadmap-bom lists) equals its committed
 * snapshot, {@code <module>/api/public-api.txt}, so that every API change shows in review as a diff of
 * that file. After an intended change, regenerate the snapshots and review their diff:
 * {@code ./mvnw -B verify -Droadmap.regenerate=true} (or {@code -pl architecture-tests -am}).
 */
final class PublicApiTest {
  private static final String REGENERATE = "./mvnw -B -pl architecture-tests -am verify -Droadmap.regenerate=true";
  private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

  @Test
  void publishedModules_haveTheirCommittedApi() throws IOException {
    List<String> stale = new ArrayList<>();
    for (String module : publishedModules()) {
      Path classes = ROOT.resolve(module).resolve("target/classes");
      assertThat(classes.resolve("module-info.class")).as("%s is built", module).exists();
      Set<String> exports = exports(classes);
      String actual = "# The public API of " + module + ": the public types of its exported packages "
          + exports.stream().sorted().collect(Collectors.toList()) + " and their public and protected members.\n"
          + "# Checked by architecture-tests' PublicApiTest; regenerate with " + REGENERATE + "\n"
          + PublicApi.render(new ClassFileImporter().importPath(classes), exports);
      Path snapshot = ROOT.resolve(module).resolve("api/public-api.txt");
      if (Boolean.getBoolean("roadmap.regenerate")) {
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        continue;
      }
      String expected = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "";
      PublicApi.difference(expected, actual).ifPresent(diff -> stale.add(module + "/api/public-api.txt:\n" + diff));
    }
    if (!stale.isEmpty()) {
      fail("The public API differs from its committed snapshot. If the change is intended, run\n  " + REGENERATE
          + "\nand commit the snapshot with the change.\n" + String.join("\n", stale));
    }
  }

  @Test
  void publishedModules_areReadFromTheBom() throws IOException {
    assertThat(publishedModules()).contains("roadmap-core", "roadmap-io", "roadmap-validation").doesNotContain("examples");
  }

  @Test
  void difference_sameApi_isEmpty() {
    String api = PublicApi.render(fixtures(), Set.of(Api.class.getPackageName()));
    assertThat(api).contains("org.wsis.roadmap.architecture.fixture.v1.Api public final class")
        .contains("public java.util.List<java.lang.String> names(int)")
        .doesNotContain("hidden");
    assertThat(PublicApi.difference(api, PublicApi.render(fixtures(), Set.of(Api.class.getPackageName())))).isEmpty();
  }

  @Test
  void difference_changedSignature_namesTheMember() {
    String v1 = PublicApi.render(fixtures(), Set.of(Api.class.getPackageName())).replace(".v1.", ".vN.");
    String v2 = PublicApi.render(fixtures(), Set.of(org.wsis.roadmap.architecture.fixture.v2.Api.class.getPackageName()))
        .replace(".v2.", ".vN.");
    Optional<String> diff = PublicApi.difference(v1, v2);
    assertThat(diff).hasValueSatisfying(d -> assertThat(d)
        .contains("- org.wsis.roadmap.architecture.fixture.vN.Api  public java.util.List<java.lang.String> names(int)")
        .contains("+ org.wsis.roadmap.architecture.fixture.vN.Api  public java.util.List<java.lang.String> names(long)"));
  }

  private static JavaClasses fixtures() {
    return new ClassFileImporter().importPackages("org.wsis.roadmap.architecture.fixture");
  }

  /** The artifact ids that roadmap-bom/pom.xml manages: what the build publishes. */
  static List<String> publishedModules() throws IOException {
    String pom = Files.readString(ROOT.resolve("roadmap-bom/pom.xml"), StandardCharsets.UTF_8);
    String bom = pom.substring(pom.indexOf("<dependencyManagement>"));
    Matcher m = Pattern.compile("<groupId>org\\.wsis\\.roadmap</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(bom);
    List<String> modules = new ArrayList<>();
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }

  private static Set<String> exports(Path classes) {
    ModuleReference module = ModuleFinder.of(classes).findAll().iterator().next();
    return module.descriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
