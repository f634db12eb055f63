package org.trustatlas.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.trustatlas.core.architecture.AdapterRules;

/** The web adapter's boundaries (DESIGN.md, "Modules and boundaries"). */
@AnalyzeClasses(packages = "org.trustatlas.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule the_web_never_builds_its_own_safety_gate_rule_condition_effect_or_decision =
      AdapterRules.neverConstructSafetyMachinery();

  @ArchTest
  static final ArchRule the_web_uses_no_yaml_lucene_or_schema_generator = AdapterRules.useNoYamlLuceneOrSchemaGenerator();

  @ArchTest
  static final ArchRule the_web_depends_on_no_other_front_end = AdapterRules.dependOnNoOtherFrontEnd("org.trustatlas.web..");

  @ArchTest
  static final ArchRule the_web_packages_are_free_of_cycles = AdapterRules.packagesFreeOfCycles();

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
  static final ArchRule the_chart_drawing_depends_only_on_the_read_model_and_java = classes()
      .that().haveNameMatching("org\\.trustatlas\\.web\\.pages\\.TrajectoryChart(\\$.*)?")
      .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.trustatlas.content.read..")
          .or(nameMatching("org\\.trustatlas\\.web\\.pages\\.TrajectoryChart(\\$.*)?")))
      .because("TrajectoryChart only draws: what the chart shows comes from the read model's SimulationChart, so "
          + "the CLI's braille chart and the web's SVG show the same series and marks");
}
