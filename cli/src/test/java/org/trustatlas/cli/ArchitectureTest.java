package org.trustatlas.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The CLI is a thin adapter: these rules keep it from reaching past the facade and core. */
@AnalyzeClasses(packages = "org.trustatlas.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule cli_does_not_depend_on_the_web_adapter =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.web..", "io.javalin..")
          .because("the two adapters never depend on each other; 'atlas serve' finds the web adapter through "
              + "the AtlasServer service, so the CLI runs without it on the class path (DESIGN.md, Modules and "
              + "boundaries)");

  @ArchTest
  static final ArchRule cli_does_not_depend_on_the_mcp_adapter =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.mcp..", "io.modelcontextprotocol..")
          .because("'atlas mcp' finds the MCP adapter through the StdioServer service, so the CLI runs without "
              + "it on the class path, as it does without the web adapter");

  @ArchTest
  static final ArchRule cli_does_not_use_content_model_internals =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.trustatlas.content.internal..")
          .because("pack loading internals may change freely; adapters use the TrustAtlas facade, the export "
              + "and json packages and core types");

  @ArchTest
  static final ArchRule cli_does_not_parse_yaml_itself =
      noClasses().should().dependOnClassesThat().resideInAPackage("tools.jackson.dataformat..")
          .because("reading pack files is content-model's job; the CLI only writes JSON through AtlasJson");

  @ArchTest
  static final ArchRule output_depends_only_on_the_read_model_and_java = classes()
      .that().resideInAPackage("org.trustatlas.cli.output..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.trustatlas.cli.output..",
          "org.trustatlas.content.read..")
      .because("cli.output only draws: what it shows comes from the read model, so the CLI and the web give the "
          + "same answers");
}
