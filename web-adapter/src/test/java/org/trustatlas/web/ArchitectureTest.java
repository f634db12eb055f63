package org.trustatlas.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The web adapter's boundaries (DESIGN.md, "Modules and boundaries"). */
@AnalyzeClasses(packages = "org.trustatlas.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule web_does_not_depend_on_the_cli = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.cli..", "picocli..")
      .because("rule 'adapters never depend on each other': the CLI starts the web adapter through the "
          + "AtlasServer service, so either can ship, change or be removed alone");

  @ArchTest
  static final ArchRule web_does_not_depend_on_the_mcp_adapter = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.mcp..", "io.modelcontextprotocol..")
      .because("rule 'adapters never depend on each other': the web adapter mounts /mcp through the "
          + "HttpEndpoint service of content-model and knows nothing of the protocol");

  @ArchTest
  static final ArchRule web_does_not_reach_into_loader_internals = noClasses()
      .should().dependOnClassesThat().resideInAPackage("org.trustatlas.content.internal..")
      .because("rule 'adapters use the facade': pack DTOs and loader internals belong to content-model and "
          + "may change without notice; use TrustAtlas, AtlasJson and core types");

  @ArchTest
  static final ArchRule api_and_pages_are_independent = noClasses()
      .that().resideInAPackage("org.trustatlas.web.api..")
      .should().dependOnClassesThat().resideInAPackage("org.trustatlas.web.pages..")
      .because("rule 'one route group per concern': the JSON API must not render HTML, so its shapes stay "
          + "those of AtlasJson");

  @ArchTest
  static final ArchRule packages_have_no_cycles = SlicesRuleDefinition.slices()
      .matching("org.trustatlas.web.(*)..").should().beFreeOfCycles()
      .because("rule 'no package cycles': http is the shared base, api and pages build on it, the root wires them");
}
