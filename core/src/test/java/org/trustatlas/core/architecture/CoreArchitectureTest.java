package org.trustatlas.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture of core, in one place: what the domain may depend on, and in which direction. */
@AnalyzeClasses(packages = "org.trustatlas.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_and_jspecify_annotations =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.trustatlas.core..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              "org.trustatlas.core..", "java..", "org.jspecify.annotations..")
          .because("core is the framework-free domain that every front end and embedder shares (DESIGN.md, Modules"
              + " and boundaries): no Jackson, Guice, Lucene, Javalin, picocli, Guava or slf4j");

  @ArchTest
  static final ArchRule model_depends_on_no_other_core_package =
      noClasses().that().resideInAPackage("org.trustatlas.core.model..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.trustatlas.core.safety..", "org.trustatlas.core.repair..", "org.trustatlas.core.dynamics..",
              "org.trustatlas.core.checkin..")
          .because("the model is the base every other core package builds on; it must not know about them");

  @ArchTest
  static final ArchRule safety_does_not_depend_on_what_it_guards =
      noClasses().that().resideInAPackage("org.trustatlas.core.safety..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.trustatlas.core.repair..", "org.trustatlas.core.dynamics..", "org.trustatlas.core.checkin..")
          .because("the safety gate judges plans and content; it must not be shaped by the planner it constrains");

  @ArchTest
  static final ArchRule dynamics_stands_alone_on_the_model =
      noClasses().that().resideInAPackage("org.trustatlas.core.dynamics..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.trustatlas.core.repair..", "org.trustatlas.core.checkin..", "org.trustatlas.core.safety..")
          .because("the simulator illustrates published findings and depends on the model only");

  @ArchTest
  static final ArchRule repair_does_not_depend_on_the_check_in =
      noClasses().that().resideInAPackage("org.trustatlas.core.repair..")
          .should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.core.checkin..", "org.trustatlas.core.dynamics..")
          .because("the check-in feeds the planner, never the other way round");

  @ArchTest
  static final ArchRule core_packages_are_free_of_cycles =
      slices().matching("org.trustatlas.core.(**)").should().beFreeOfCycles()
          .because("a cycle between core packages would make the dependency rules above meaningless");
}
