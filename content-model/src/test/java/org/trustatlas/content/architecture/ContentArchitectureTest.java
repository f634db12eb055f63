package org.trustatlas.content.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of content-model, stated once (DESIGN.md, Modules and boundaries). */
@AnalyzeClasses(packages = "org.trustatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ContentArchitectureTest {

  @ArchTest
  static final ArchRule content_model_knows_no_front_end =
      noClasses().that().resideInAPackage("org.trustatlas.content..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.trustatlas.cli..", "org.trustatlas.web..", "picocli..", "io.javalin..")
          .because("front ends depend on content-model, never the other way round");

  @ArchTest
  static final ArchRule lucene_stays_behind_the_search_package =
      noClasses().that().resideOutsideOfPackage("org.trustatlas.content.search..")
          .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
          .because("search is one capability with one API; Lucene is its implementation detail");

  @ArchTest
  static final ArchRule yaml_and_schema_generation_stay_internal =
      noClasses().that().resideOutsideOfPackages("org.trustatlas.content.internal..", "org.trustatlas.content.input..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tools.jackson.dataformat.yaml..", "com.github.victools..")
          .because("text is read in one place (input's StrictTree, which the pack loader builds on), so every "
              + "problem is reported the same way");

  @ArchTest
  static final ArchRule guice_is_offered_only_through_the_module =
      noClasses().that().doNotHaveSimpleName("TrustAtlasModule")
          .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
          .because("Guice is offered, not required: embedders without Guice must never load it");

  @ArchTest
  static final ArchRule content_model_packages_are_free_of_cycles =
      slices().matching("org.trustatlas.content.(**)").should().beFreeOfCycles()
          .because("the facade builds on the loader, the loader on input: a cycle (as PackReader throwing the "
              + "facade's PackLoadException once made) ties every layer to every other");
}
