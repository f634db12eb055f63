package org.trustatlas.mcp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.trustatlas.core.architecture.AdapterRules;

/** The MCP adapter's boundaries (DESIGN.md, "Modules and boundaries"). */
@AnalyzeClasses(packages = "org.trustatlas.mcp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule mcp_never_builds_its_own_safety_gate_rule_condition_effect_or_decision =
      AdapterRules.neverConstructSafetyMachinery();

  @ArchTest
  static final ArchRule mcp_uses_no_yaml_lucene_or_schema_generator = AdapterRules.useNoYamlLuceneOrSchemaGenerator();

  @ArchTest
  static final ArchRule mcp_depends_on_no_other_front_end = AdapterRules.dependOnNoOtherFrontEnd("org.trustatlas.mcp..");

  @ArchTest
  static final ArchRule mcp_packages_are_free_of_cycles = AdapterRules.packagesFreeOfCycles();

  @ArchTest
  static final ArchRule mcp_uses_no_internals_of_core_or_content_model = AdapterRules.useNoInternals();

  @ArchTest
  static final ArchRule mcp_does_not_reach_into_loader_internals = noClasses()
      .should().dependOnClassesThat().resideInAPackage("org.trustatlas.content.internal..")
      .because("rule 'adapters use the facade': use TrustAtlas, AtlasJson and core types");
}
