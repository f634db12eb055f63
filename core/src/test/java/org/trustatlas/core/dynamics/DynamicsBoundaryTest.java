package org.trustatlas.core.dynamics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: dynamics depends on java.* and the model, nothing else in core or outside it (JSpecify's
 * nullness annotations aside, which every core package carries).
 */
class DynamicsBoundaryTest {

  private static final JavaClasses DYNAMICS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.trustatlas.core.dynamics");

  @Test
  void dynamicsDependsOnlyOnJavaTheModelAndCoreHelpers() {
    noClasses().that().resideInAPackage("org.trustatlas.core.dynamics..")
        .should().dependOnClassesThat().resideOutsideOfPackages(
            "java..", "org.jspecify.annotations..", "org.trustatlas.core.dynamics..", "org.trustatlas.core.model..",
            "org.trustatlas.core.internal..")
        .check(DYNAMICS);
  }
}
