package org.wsis.roadmap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors of the library: every package that is not {@code internal} is exported,
 * nothing else is, every open package is opened to named frameworks only, and every exported package
 * declares its nullness. (module-path-test checks the same descriptors at run time.)
 */
final class ModuleDescriptorTest {
  /** The library's Maven modules and the names of their Java modules. */
  private static final Map<String, String> LIBRARY_MODULES = Map.of(
      "roadmap-core", "org.wsis.roadmap.core",
      "roadmap-io", "org.wsis.roadmap.io",
      "roadmap-validation", "org.wsis.roadmap.validation",
      "roadmap-testkit", "org.wsis.roadmap.testkit",
      "roadmap-report", "org.wsis.roadmap.report",
      "roadmap-office", "org.wsis.roadmap.office",
      "roadmap-rdf", "org.wsis.roadmap.rdf");
  private static final String CLI_MODULE = "org.wsis.roadmap.cli";
  /** The frameworks that may reflect on the library, each with the reason in the descriptor. */
  private static final Set<String> REFLECTING_FRAMEWORKS = Set.of(
      "com.fasterxml.jackson.databind", "org.hibernate.validator", "info.picocli");

  private static Map<String, ModuleDescriptor> descriptors;
  private static JavaClasses classes;

  @BeforeAll
  static void read() throws IOException {
    descriptors = new TreeMap<>();
    for (URL url : Collections.list(ModuleDescriptorTest.class.getClassLoader().getResources("module-info.class"))) {
      try (InputStream in = url.openStream()) {
        ModuleDescriptor descriptor = ModuleDescriptor.read(in);
        if (descriptor.name().startsWith("org.wsis.roadmap.")) {
          descriptors.put(descriptor.name(), descriptor);
        }
      }
    }
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.wsis.roadmap");
  }

  private static Set<String> packagesOf(String mavenModule) {
    return classes.stream()
        .filter(c -> ArchitectureTest.moduleOf(c).equals(mavenModule))
        .map(JavaClass::getPackageName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> exports(String module) {
    return descriptors.get(module).exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyLibraryModuleAndTheCommandLine_haveAnExplicitDescriptor() {
    assertThat(descriptors).containsKeys(LIBRARY_MODULES.values().toArray(String[]::new)).containsKey(CLI_MODULE);
    assertThat(descriptors.values()).noneMatch(ModuleDescriptor::isOpen).noneMatch(ModuleDescriptor::isAutomatic);
  }

  @Test
  void exports_ofEveryLibraryModule_areItsPackagesThatAreNotInternal() {
    for (Map.Entry<String, String> module : LIBRARY_MODULES.entrySet()) {
      Set<String> api = packagesOf(module.getKey()).stream()
          .filter(p -> !p.endsWith(".internal"))
          .collect(Collectors.toCollection(TreeSet::new));

      assertThat(api).as(module.getKey()).isNotEmpty();
      assertThat(exports(module.getValue())).as(module.getValue()).isEqualTo(api);
      assertThat(descriptors.get(module.getValue()).exports()).as(module.getValue())
          .noneMatch(ModuleDescriptor.Exports::isQualified);
    }
  }

  @Test
  void commandLine_exportsNothing() {
    assertThat(exports(CLI_MODULE)).isEmpty();
  }

  @Test
  void internalPackages_areNeitherExportedNorOpen() {
    for (ModuleDescriptor descriptor : descriptors.values()) {
      assertThat(descriptor.exports()).as(descriptor.name()).noneMatch(e -> e.source().endsWith(".internal"));
      assertThat(descriptor.opens()).as(descriptor.name()).noneMatch(o -> o.source().endsWith(".internal"));
    }
  }

  @Test
  void opens_areQualifiedToReflectingFrameworksOnly() {
    for (ModuleDescriptor descriptor : descriptors.values()) {
      for (ModuleDescriptor.Opens opens : descriptor.opens()) {
        assertThat(opens.targets()).as(descriptor.name() + " opens " + opens.source())
            .isNotEmpty()
            .isSubsetOf(REFLECTING_FRAMEWORKS);
      }
    }
  }

  @Test
  void exportedPackages_areNullMarked() throws ClassNotFoundException {
    for (String module : LIBRARY_MODULES.values()) {
      for (String pkg : exports(module)) {
        Class<?> packageInfo = Class.forName(pkg + ".package-info");
        assertThat(packageInfo.isAnnotationPresent(NullMarked.class)).as(pkg + " is @NullMarked").isTrue();
      }
    }
  }
}
