package org.trustatlas.mcp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The MCP adapter's boundaries (DESIGN.md, "Modules and boundaries"). */
@AnalyzeClasses(packages = "org.trustatlas.mcp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule mcp_does_not_depend_on_other_front_ends = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.web..", "org.trustatlas.cli..",
          "io.javalin..", "picocli..", "jakarta.servlet..")
      .because("rule 'adapters never depend on each other': the CLI starts it through StdioServer and the web "
          + "adapter mounts it through HttpEndpoint, both services of content-model");

  @ArchTest
  static final ArchRule mcp_does_not_reach_into_loader_internals = noClasses()
      .should().dependOnClassesThat().resideInAPackage("org.trustatlas.content.internal..")
      .because("rule 'adapters use the facade': use TrustAtlas, AtlasJson and core types");

  @ArchTest
  static final ArchRule mcp_holds_no_domain_machinery = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("tools.jackson.dataformat..", "org.apache.lucene..")
      .orShould().dependOnClassesThat().belongToAnyOf(org.trustatlas.core.safety.SafetyGate.class)
      .because("rule 'adapters hold no domain rules': no YAML, no index and no safety gate of its own; the "
          + "facade's answers are only written out");
}
