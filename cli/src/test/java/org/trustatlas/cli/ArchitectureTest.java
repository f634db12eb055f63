package org.trustatlas.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.trustatlas.core.architecture.AdapterRules;

/** The CLI is a thin adapter: these rules keep it from reaching past the facade and core. */
@AnalyzeClasses(packages = "org.trustatlas.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule the_cli_never_builds_its_own_safety_gate_rule_condition_effect_or_decision =
      AdapterRules.neverConstructSafetyMachinery();

  @ArchTest
  static final ArchRule the_cli_uses_no_yaml_lucene_or_schema_generator = AdapterRules.useNoYamlLuceneOrSchemaGenerator();

  @ArchTest
  static final ArchRule the_cli_depends_on_no_other_front_end = AdapterRules.dependOnNoOtherFrontEnd("org.trustatlas.cli..");

  @ArchTest
  static final ArchRule the_cli_packages_are_free_of_cycles = AdapterRules.packagesFreeOfCycles();

  @ArchTest
  static final ArchRule the_cli_uses_no_internals_of_core_or_content_model = AdapterRules.useNoInternals();

  @ArchTest
  static final ArchRule output_depends_only_on_the_read_model_and_java = classes()
      .that().resideInAPackage("org.trustatlas.cli.output..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.trustatlas.cli.output..",
          "org.trustatlas.content.read..")
      .because("cli.output only draws: what it shows comes from the read model, so the CLI and the web give the "
          + "same answers");
}
